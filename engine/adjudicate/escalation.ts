import { COERCION_LADDER } from '../ladder.ts';
import { SIDES, type AttackTarget, type GameState } from '../types.ts';
import type { Step } from './context.ts';
import { clamp, round } from './dice.ts';

const NEW_CLASHES: readonly AttackTarget[] = ['usForces', 'japan', 'japaneseShips'];

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

  const attackedNow = (t: AttackTarget) => state.attacks[t] !== null && state.attacks[t] !== before.attacks[t];
  const casualties = SIDES.reduce((n, s) => n + i.casualties[s] - was.casualties[s], 0);
  const sunk = SIDES.reduce((n, s) => n + i.shipsLost[s] - was.shipsLost[s], 0);
  const w = state.tracks.washington;
  const mainland = w.posture === 'directIntervention' && w.mainlandStrikes === 'authorised';
  const shock =
    (attackedNow('japan') ? e.perAttackOnJapan : 0) +
    (attackedNow('usForces') ? e.perAttackOnUsForces : 0) +
    (mainland ? e.perTurnOfMainlandStrikes : 0) +
    (state.flags.nationalsHarmed && !before.flags.nationalsHarmed ? e.whenNationalsHarmed : 0) +
    (casualties / 1000) * e.perThousandCasualties +
    (sunk / 10) * e.perTenShipsSunk;
  // The level carried from last turn (or set by the facilitator before this one).
  // (Force against Taiwan that goes on, a blockade, is in the floor; a quiet turn is one with no new clash.)
  const quiet = casualties === 0 && sunk === 0 && !NEW_CLASHES.some(attackedNow);
  const floor = ladderLevel(state);
  const level = round(clamp(Math.max(floor, i.escalation + shock - (quiet ? e.reliefPerQuietTurn : 0)), 0, 10), 1);
  return level === i.escalation ? [] : [{ type: 'indicatorsChanged', changes: { escalation: level }, cause: 'escalationLadder' }];
};
