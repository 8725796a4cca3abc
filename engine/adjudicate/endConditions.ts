import { holds } from '../condition.ts';
import type { GameEvent } from '../types.ts';
import type { Step } from './context.ts';

/** Every game ends at its horizon: if none of the scenario's horizon outcomes holds, it is a stalemate. */
const AT_HORIZON = { id: 'horizon', outcome: 'stalemate' } as const;

/** The scenario's end conditions, in order; at the horizon its horizon outcomes, in order. */
export const endConditions: Step = ({ scenario, state }) => {
  const hit = scenario.endConditions.find((c) => holds(c.when, state)) ??
    (state.turn >= scenario.horizonTurns ? (scenario.horizonOutcomes.find((c) => holds(c.when, state)) ?? AT_HORIZON) : undefined);
  return hit ? [{ type: 'gameEnded', outcome: hit.outcome, ending: hit.id } satisfies GameEvent] : [];
};
