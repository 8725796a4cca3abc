import { COERCION_LADDER } from '../ladder.ts';
import type { BySide, GameState } from '../types.ts';
import type { Step } from './context.ts';
import { clamp, round } from './dice.ts';

/** An attack made this turn: its day is set, and is not the day it had when the turn began. */
const attackedNow = (now: number | null, then: number | null) => now !== null && now !== then;

/**
 * What a figure by side grew by this turn, summed side by side in SIDES' order (as a sum over SIDES would), each
 * side read by name: read by a side that varies, V8's property access took its slowest path.
 */
const grown = (now: BySide, was: BySide) => 0 + now.prc - was.prc + now.us - was.us + now.japan - was.japan + now.taiwan - was.taiwan;

/** The level the tracks alone stand at: the ladder's rung for Beijing's coercion, raised by strikes and intervention (CSIS blockade matrix C1-C4, T1-T4, §2.1). */
export function ladderLevel(state: GameState): number {
  const b = state.tracks.beijing;
  const w = state.tracks.washington;
  let level = COERCION_LADDER[b.coercion].escalation;
  if (b.missileStrikes === 'onTaiwanOnly') level = Math.max(level, 6);
  if (b.missileStrikes === 'alsoOnAlliedBases') level = Math.max(level + 1, 8);
  const intervening = w.posture === 'directIntervention';
  if (intervening && level >= 5) level += 1;
  if (intervening && w.mainlandStrikes === 'authorised') level += 1;
  return Math.min(10, level);
}

/**
 * Escalation, 0 to 10: pressure that builds with what happens, not only a readout of the tracks. It never
 * falls below the tracks' level; above it, attacks on Japan and on US forces, US strikes on the mainland,
 * casualties and sinkings push it up, and each turn in which no shot is fired lets it fall back. "Any
 * blockade creates escalatory pressures that are difficult to contain" (CSIS 2025, §2.1). The odds of a wider
 * war and of nuclear use read it (extremes.ts), and so do the bots.
 */
export const escalation: Step = ({ scenario, state, before }) => {
  const e = scenario.params.escalation;
  const i = state.indicators;
  const was = before.indicators;
  if (state.flags.generalWar || state.flags.nuclearUse) return i.escalation === 10 ? [] : [{ type: 'indicatorsChanged', changes: { escalation: 10 }, cause: 'escalationLadder' }];

  const now = state.attacks;
  const then = before.attacks;
  const japanAttacked = attackedNow(now.japan, then.japan);
  const usForcesAttacked = attackedNow(now.usForces, then.usForces);
  const casualties = grown(i.casualties, was.casualties);
  const sunk = grown(i.shipsLost, was.shipsLost);
  const w = state.tracks.washington;
  const mainland = w.posture === 'directIntervention' && w.mainlandStrikes === 'authorised';
  const shock =
    (japanAttacked ? e.perAttackOnJapan : 0) +
    (usForcesAttacked ? e.perAttackOnUsForces : 0) +
    (mainland ? e.perTurnOfMainlandStrikes : 0) +
    (state.flags.nationalsHarmed && !before.flags.nationalsHarmed ? e.whenNationalsHarmed : 0) +
    (casualties / 1000) * e.perThousandCasualties +
    (sunk / 10) * e.perTenShipsSunk;
  // The level carried from last turn (or set by the facilitator before this one).
  // (Force against Taiwan that goes on, a blockade, is in the floor; a quiet turn is one with no new clash.)
  const quiet = casualties === 0 && sunk === 0 && !japanAttacked && !usForcesAttacked && !attackedNow(now.japaneseShips, then.japaneseShips);
  const floor = ladderLevel(state);
  const level = round(clamp(Math.max(floor, i.escalation + shock - (quiet ? e.reliefPerQuietTurn : 0)), 0, 10), 1);
  return level === i.escalation ? [] : [{ type: 'indicatorsChanged', changes: { escalation: level }, cause: 'escalationLadder' }];
};
