import { draftFacts } from '../facts.ts';
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
  constructor(readonly scenario: Scenario, public state: GameState, readonly before: GameState, readonly rng: Rng, private readonly factsNow: () => Facts) {}
  get facts(): Facts {
    return this.factsNow();
  }
}

/**
 * Work out what the turn's decisions lead to. The only place dice are drawn: the result is a list
 * of events, and the state they produce. `events`, when given, are the turn's so far (its decisions): the
 * adjudication's are added to that list, which is returned.
 */
export function adjudicate(base: Scenario, before: GameState, decided: GameState, rng: Rng, draft = new Draft(decided), events: GameEvent[] = []): { state: GameState; events: GameEvent[] } {
  // Parameters the facilitator changed mid-game apply from then on.
  const scenario = withParameterChanges(base, decided.paramOverrides);
  // One draft for the whole turn (the decisions' own, when given), so the state and each of its parts are
  // copied once a turn rather than once a step. The draft changes one state in place, so its facts are kept by
  // draftFacts, which compares what they are read from, rather than by factsOf, which knows states by identity.
  let state = decided;
  const facts = draftFacts(scenario.legal);
  // One view for every step, moved on as the draft changes: the steps read it only while they run.
  const ctx = new Context(scenario, state, before, rng, () => facts(state));
  const run = (out: GameEvent[]) => {
    // An empty list is skipped, not walked: one that was never pushed to holds elements of another kind, and code
    // optimised for the lists it had met was thrown away when it met one.
    if (out.length === 0) return;
    ctx.state = state = draft.apply(out);
    for (const e of out) events.push(e);
  };
  for (const step of STEPS) run(step(ctx));
  run([{ type: 'turnEnded', turn: state.turn + 1, day: state.day + scenario.turnDays, rng: rng.state() }]);
  run(endConditions(ctx));
  run(checkpoint(ctx));
  return { state, events };
}
