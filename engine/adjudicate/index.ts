import { factsOf } from '../facts.ts';
import { Draft } from '../applyEvent.ts';
import { withParameterChanges } from '../parameters.ts';
import type { Rng } from '../rng.ts';
import type { Scenario } from '../scenario.ts';
import type { Facts, GameEvent, GameState } from '../types.ts';
import type { Step, StepContext } from './context.ts';
import { checkpoint } from './checkpoint.ts';
import { economy } from './economy.ts';
import { endConditions } from './endConditions.ts';
import { energy } from './energy.ts';
import { escalation } from './escalation.ts';
import { extremes } from './extremes.ts';
import { injects } from './injects.ts';
import { invasion } from './invasion.ts';
import { politics } from './politics.ts';
import { procedures } from './procedures.ts';
import { shipping } from './shipping.ts';
import { strikes } from './strikes.ts';

/** The order in which a turn's consequences are worked out; each step sees the results of those before. */
// Injects come before politics so that news which changes the facts (an attack on Japan) moves opinion the same turn.
// Escalation comes before the tail risks, which read this turn's level.
const STEPS: Step[] = [procedures, strikes, shipping, energy, invasion, injects, economy, politics, escalation, extremes];

/** A step's view of the turn. The facts are worked out when a step reads them: most steps never do. */
class Context implements StepContext {
  constructor(readonly scenario: Scenario, readonly state: GameState, readonly before: GameState, readonly rng: Rng) {}
  get facts(): Facts {
    return factsOf(this.state, this.scenario.legal);
  }
}

/**
 * Work out what the turn's decisions lead to. The only place dice are drawn: the result is a list
 * of events, and the state they produce.
 */
export function adjudicate(base: Scenario, before: GameState, decided: GameState, rng: Rng): { state: GameState; events: GameEvent[] } {
  // Parameters the facilitator changed mid-game apply from then on.
  const scenario = withParameterChanges(base, decided.paramOverrides);
  const events: GameEvent[] = [];
  // One draft for the whole turn, so each part of the state is copied once a turn rather than once a step.
  const draft = new Draft(decided);
  let state = decided;
  for (const step of STEPS) {
    const out = step(new Context(scenario, state, before, rng));
    state = draft.apply(out);
    events.push(...out);
  }
  const tick: GameEvent = { type: 'turnEnded', turn: state.turn + 1, day: state.day + scenario.turnDays, rng: rng.state() };
  state = draft.apply([tick]);
  events.push(tick);
  const end = endConditions(new Context(scenario, state, before, rng));
  state = draft.apply(end);
  const judged = checkpoint(new Context(scenario, state, before, rng));
  return { state: draft.apply(judged), events: [...events, ...end, ...judged] };
}
