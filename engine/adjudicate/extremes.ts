import type { GameEvent, GameState } from '../types.ts';
import type { Step } from './context.ts';
import { chance, clamp } from './dice.ts';

/** How far escalation stands above a threshold, 0 to 1: the tail risks grow with it. */
const above = (state: GameState, from: number) => clamp((state.indicators.escalation - from) / (10 - from), 0, 1);

/**
 * Beijing facing conventional defeat: its invasion fleet mostly sunk, or its blockade being broken while US
 * forces fight it. In the CSIS nuclear excursions 7 of 8 nuclear uses were Chinese first use facing conventional
 * defeat, and strikes on the mainland did not by themselves provoke one (Confronting Armageddon, §1.7).
 */
export function beijingFacingDefeat(state: GameState): boolean {
  const coercion = state.tracks.beijing.coercion;
  if (coercion === 'amphibiousInvasion') return state.forces.amphibiousFleetPct < 30;
  // A blockade broken is a setback; with US strikes on the mainland as well, the regime's standing is at stake.
  const w = state.tracks.washington;
  return (coercion === 'blockade' || coercion === 'quarantine') && state.indicators.turnsShippingRestored > 0 &&
    w.posture === 'directIntervention' && w.mainlandStrikes === 'authorised';
}

/**
 * The tail risks, reached through a chain of decisions. The war widens to the homelands only once Washington
 * has authorised strikes on the mainland (the coalition's top rung, T4) while the PLA is firing on US forces,
 * and the more so the higher escalation has climbed (strikes on bases in Japan and Guam, losses: CSIS blockade
 * matrix C4/T4, §2.1); a war both sides keep off the homelands stays limited, as in every CSIS 2023 iteration
 * (1.1). Nuclear use needs Beijing facing defeat, and grows with escalation.
 */
export const extremes: Step = ({ scenario, state, before, facts, rng }) => {
  const c = scenario.params.combat;
  const e = scenario.params.escalation;
  const events: GameEvent[] = [];
  const w = state.tracks.washington;
  const homelandsAtStake = w.posture === 'directIntervention' && w.mainlandStrikes === 'authorised';
  if (homelandsAtStake && facts.usForcesUnderAttack && !state.flags.generalWar && above(state, e.generalWarFrom) > 0) {
    const r = chance(rng, 'generalWar', c.generalWarChance * above(state, e.generalWarFrom));
    events.push(r);
    if (r.success) events.push({ type: 'flagRaised', flag: 'generalWar', cause: 'warWidens' });
  }
  // Facing defeat since the turn began: a leadership has had a turn to take the way down (a ceasefire) first.
  if (beijingFacingDefeat(before) && beijingFacingDefeat(state) && !state.flags.nuclearUse && above(state, e.nuclearFrom) > 0) {
    const r = chance(rng, 'nuclearUse', c.nuclearUseChanceWhenLosing * above(state, e.nuclearFrom));
    events.push(r);
    if (r.success) events.push({ type: 'flagRaised', flag: 'nuclearUse', cause: 'nuclearThreshold' });
  }
  return events;
};
