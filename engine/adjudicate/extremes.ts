import type { GameEvent } from '../types.ts';
import type { Step } from './context.ts';
import { chance } from './dice.ts';

/**
 * The tail risks. Facing conventional defeat, China teams in CSIS's nuclear excursions recommended
 * nuclear use in 7 of 15 games (Confronting Armageddon, §1.7); strikes on allied bases combined with
 * US strikes on the mainland are the rungs from which a war widens (CSIS blockade matrix C4/T4, §2.1).
 */
export const extremes: Step = ({ scenario, state, rng }) => {
  const c = scenario.params.combat;
  const events: GameEvent[] = [];
  const w = state.tracks.washington;
  const mainland = w.mainlandStrikes === 'authorised' && w.posture === 'directIntervention';
  const failingInvasion = state.tracks.beijing.coercion === 'amphibiousInvasion' && state.forces.amphibiousFleetPct < 30;
  if (failingInvasion && mainland && !state.flags.nuclearUse) {
    const r = chance(rng, 'nuclearUse', c.nuclearUseChanceWhenLosing);
    events.push(r.event);
    if (r.success) events.push({ type: 'flagRaised', flag: 'nuclearUse', cause: 'nuclearThreshold' });
  }
  if (mainland && state.tracks.beijing.missileStrikes === 'alsoOnAlliedBases' && !state.flags.generalWar) {
    const r = chance(rng, 'generalWar', c.generalWarChance);
    events.push(r.event);
    if (r.success) events.push({ type: 'flagRaised', flag: 'generalWar', cause: 'warWidens' });
  }
  return events;
};
