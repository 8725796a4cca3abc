import { adjudicate } from './adjudicate/index.ts';
import { applyEvents } from './applyEvent.ts';
import { factsOf } from './facts.ts';
import { decisionsOf, isOpen } from './machines/index.ts';
import { restoreRng } from './rng.ts';
import { applyFacilitator, type FacilitatorCommand } from './facilitator.ts';
import type { Scenario } from './scenario.ts';
import { err, ok, ROLES, type Command, type GameEvent, type GameState, type Result } from './types.ts';

export interface TurnResult {
  state: GameState;
  events: GameEvent[];
}

/**
 * Check a turn's commands against the rules: one per role, for this turn, each open now.
 * Messages number turns from 1, as people count; `state.turn` and `Command.turn` count from 0.
 */
export function validateCommands(scenario: Scenario, state: GameState, commands: readonly Command[]): Result<Command[]> {
  if (state.outcome) return err(`the game is over (${state.outcome}); no more turns can be played`);
  const facts = factsOf(state, scenario.legal);
  const byRole = new Map<string, Command>();
  for (const c of commands) {
    if (!ROLES.includes(c.role)) return err(`unknown role "${String(c.role)}"`);
    if (byRole.has(c.role)) return err(`two commands for ${c.role} in turn ${state.turn + 1}`);
    if (c.turn !== state.turn) return err(`${c.role}'s command is for turn ${c.turn + 1}, but this is turn ${state.turn + 1}`);
    if (c.decision !== 'hold' && !decisionsOf(c.role).includes(c.decision)) {
      return err(`"${c.decision}" is not a decision ${c.role} can ever take`);
    }
    if (!isOpen(c.role, state.tracks[c.role], c.decision, facts)) {
      return err(`${c.role} cannot "${c.decision}" in turn ${state.turn + 1}: the rules do not allow it in this situation`);
    }
    byRole.set(c.role, c);
  }
  const missing = ROLES.filter((r) => !byRole.has(r));
  if (missing.length) return err(`turn ${state.turn + 1} has no command for ${missing.join(', ')}`);
  // A fixed order, so the same commands give the same events whatever order they were sent in.
  return ok(ROLES.map((r) => byRole.get(r)!));
}

/**
 * The one path from commands to state: validate, record the decisions as events, adjudicate.
 * Decisions are simultaneous: each is judged against the facts at the start of the turn.
 */
export function resolveTurn(
  scenario: Scenario,
  state: GameState,
  commands: readonly Command[],
  facilitator: readonly FacilitatorCommand[] = [],
): Result<TurnResult> {
  if (state.outcome) return err(`the game is over (${state.outcome}); no more turns can be played`);
  // The facilitator acts first, between turns: the roles decide in the situation it leaves.
  const white = applyFacilitator(scenario, state, facilitator);
  if (!white.ok) return white;
  const start = white.value.state;
  const valid = validateCommands(scenario, start, commands);
  if (!valid.ok) return valid;
  const facts = factsOf(start, scenario.legal);
  const decisions: GameEvent[] = valid.value.map((c) => ({ type: 'decisionTaken', role: c.role, decision: c.decision, by: c.by, facts }));
  const decided = applyEvents(start, decisions);
  // `state` as the turn's 'before', so what the facilitator changed counts as news this turn (opinion moves).
  const result = adjudicate(scenario, state, decided, restoreRng(start.rng));
  return ok({ state: result.state, events: [...white.value.events, ...decisions, ...result.events] });
}
