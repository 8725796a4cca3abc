import { holds } from '../condition.ts';
import type { GameEvent } from '../types.ts';
import type { Step } from './context.ts';
import { chance } from './dice.ts';
import { effectEvent } from '../effects.ts';

/** The scenario's event deck: each inject whose condition holds is drawn with its probability. */
export const injects: Step = ({ scenario, state, rng }) => {
  const events: GameEvent[] = [];
  for (const inject of scenario.injects) {
    if (inject.once && state.injectsPlayed.includes(inject.id)) continue;
    if (!holds(inject.when, state)) continue;
    const draw = chance(rng, 'inject', inject.probability, { inject: inject.id });
    events.push(draw);
    if (!draw.success) continue;
    events.push({ type: 'injectPlayed', id: inject.id });
    for (const effect of inject.effects) events.push(effectEvent(effect, state, scenario, { cause: 'inject', inject: inject.id }));
  }
  return events;
};
