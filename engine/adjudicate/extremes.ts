import { region } from '../facts.ts';
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
  const mainland = region(state.tracks.washington, 'mainlandStrikes') === 'authorised' &&
    region(state.tracks.washington, 'posture') === 'directIntervention';
  const failingInvasion = region(state.tracks.beijing, 'coercion') === 'amphibiousInvasion' && state.forces.amphibiousFleetPct < 30;
  if (failingInvasion && mainland && !state.flags.nuclearUse) {
    const r = chance(rng, 'Beijing uses a nuclear weapon to avert defeat', c.nuclearUseChanceWhenLosing);
    events.push(r.event);
    if (r.success) events.push({ type: 'flagRaised', flag: 'nuclearUse', why: 'Beijing crosses the nuclear threshold' });
  }
  if (mainland && region(state.tracks.beijing, 'missileStrikes') === 'alsoOnAlliedBases' && !state.flags.generalWar) {
    const r = chance(rng, 'the war widens beyond the theatre', c.generalWarChance);
    events.push(r.event);
    if (r.success) events.push({ type: 'flagRaised', flag: 'generalWar', why: 'strikes on both homelands spiral' });
  }
  return events;
};
