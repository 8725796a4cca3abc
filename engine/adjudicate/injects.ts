import { holds } from '../condition.ts';
import type { Effect } from '../scenario.ts';
import type { GameEvent, GameState } from '../types.ts';
import type { Step } from './context.ts';
import { chance, round } from './dice.ts';

/** The scenario's event deck: each inject whose condition holds is drawn with its probability. */
export const injects: Step = ({ scenario, state, rng }) => {
  const events: GameEvent[] = [];
  for (const inject of scenario.injects) {
    if (inject.once && state.injectsPlayed.includes(inject.id)) continue;
    if (!holds(inject.when, state)) continue;
    const draw = chance(rng, `inject: ${inject.headline}`, inject.probability);
    events.push(draw.event);
    if (!draw.success) continue;
    events.push({ type: 'injectPlayed', id: inject.id, headline: inject.headline });
    for (const effect of inject.effects) events.push(effectEvent(effect, state, inject.headline));
  }
  return events;
};

export function effectEvent(effect: Effect, state: GameState, why: string): GameEvent {
  if ('indicator' in effect) {
    return { type: 'indicatorsChanged', changes: { [effect.indicator]: round(state.indicators[effect.indicator] + effect.add, 2) }, why };
  }
  if ('force' in effect) {
    return { type: 'forcesChanged', changes: { [effect.force]: round(Math.max(0, state.forces[effect.force] + effect.add), 2) }, why };
  }
  return { type: 'flagRaised', flag: effect.raiseFlag, why };
}
