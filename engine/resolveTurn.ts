import { adjudicate } from './adjudicate/index.ts';
import { Draft } from './applyEvent.ts';
import { applyFacilitator } from './facilitator.ts';
import { factsOf } from './facts.ts';
import { decisionsOf, isOpen } from './machines/index.ts';
import { plainLineRefusal } from './printable.ts';
import { restoreRng } from './rng.ts';
import type { Scenario } from './scenario.ts';
import { HOLD, trackOf } from './tracks.ts';
import { err, ok, ROLES, type Command, type FacilitatorCommand, type GameEvent, type GameState, type Refusal, type Result } from './types.ts';

export interface TurnResult {
  state: GameState;
  events: GameEvent[];
}

/** Check a turn's commands against the rules: one per role, for this turn, each open now. */
export function validateCommands(scenario: Scenario, state: GameState, commands: readonly Command[]): Result<Command[], Refusal> {
  if (state.outcome) return err({ code: 'gameOver', outcome: state.outcome });
  const facts = factsOf(state, scenario.legal);
  // Each role's command at the role's place in ROLES: a fixed order, so the same commands give the same events
  // whatever order they were sent in.
  // Lists made by pushing, here and below, rather than by map(): V8's map() makes a list of one kind of elements
  // or another depending on whether it runs optimised, and code optimised for one kind was thrown away at the other.
  const ordered: (Command | undefined)[] = [];
  for (let k = 0; k < ROLES.length; k++) ordered.push(undefined);
  for (const c of commands) {
    const k = ROLES.indexOf(c.role);
    if (k < 0) return err({ code: 'unknownRole', role: String(c.role) });
    if (ordered[k]) return err({ code: 'twoCommands', role: c.role, turn: state.turn });
    if (c.turn !== state.turn) return err({ code: 'wrongTurn', role: c.role, given: c.turn, turn: state.turn });
    // An open decision is one of the role's (the machines list no other), so the vocabulary is read only for a refusal.
    if (!isOpen(c.role, trackOf(state.tracks, c.role), c.decision, facts)) {
      if (c.decision !== HOLD && !decisionsOf(c.role).includes(c.decision)) return err({ code: 'neverADecision', role: c.role, decision: c.decision });
      return err({ code: 'closedNow', role: c.role, decision: c.decision, turn: state.turn });
    }
    const terms = proposalRefusal(scenario, c);
    if (terms) return err(terms);
    ordered[k] = c;
  }
  if (ordered.includes(undefined)) return err({ code: 'missingCommands', roles: ROLES.filter((_, k) => !ordered[k]), turn: state.turn });
  return ok(ordered as Command[]);
}

/** A proposal's note: a paragraph at most, as the replay format allows. */
export const MAX_NOTE = 500;

/** A proposal goes with proposing a settlement, and only with that; its terms are the scenario's. */
function proposalRefusal(scenario: Scenario, c: Command): Refusal | null {
  if (c.decision !== 'proposeSettlement') return c.proposal ? { code: 'proposalNotExpected', role: c.role, decision: c.decision } : null;
  if (!c.proposal || c.proposal.terms.length === 0) return { code: 'proposalNeeded', role: c.role };
  const unknown = c.proposal.terms.find((t) => !scenario.terms.some((x) => x.id === t));
  if (unknown !== undefined) return { code: 'unknownTerm', role: c.role, term: unknown };
  return plainLineRefusal('note', c.proposal.note, MAX_NOTE);
}

/**
 * The one path from commands to state: the facilitator's commands, then the roles' decisions
 * recorded as events, then adjudication. Decisions are simultaneous: each is judged against the
 * facts at the start of the turn.
 */
export function resolveTurn(
  scenario: Scenario,
  state: GameState,
  commands: readonly Command[],
  facilitator: readonly FacilitatorCommand[] = [],
): Result<TurnResult, Refusal> {
  if (state.outcome) return err({ code: 'gameOver', outcome: state.outcome });
  // The facilitator acts first, between turns: the roles decide in the situation it leaves.
  const white = applyFacilitator(scenario, state, facilitator);
  if (!white.ok) return white;
  const start = white.value.state;
  const valid = validateCommands(scenario, start, commands);
  if (!valid.ok) return valid;
  const facts = factsOf(start, scenario.legal);
  const offer = start.talks.offer;
  const decisions: GameEvent[] = [];
  for (const c of valid.value) {
    // Built without spreads (a spread of an empty object per decision was a fortieth of a batch's garbage), in one
    // shape with or without a proposal or an offer accepted: code optimised for decisions without them was thrown
    // away at the first with one. Unset, they are undefined, which JSON leaves out as it did the missing keys.
    const accepts = offer !== null && (c.decision === 'acceptSettlement' || c.decision === 'agreeSettlement');
    decisions.push({ type: 'decisionTaken', role: c.role, decision: c.decision, by: c.by, facts, proposal: c.proposal, accepted: accepts ? offer : undefined });
  }
  // The decisions and the adjudication share one draft of the state (applyEvent.ts).
  const draft = new Draft(start);
  const decided = draft.apply(decisions);
  // `state` as the turn's 'before', so what the facilitator changed counts as news this turn (opinion moves).
  // The turn's events: the facilitator's, the decisions, then what adjudication adds to the same list.
  const before = white.value.events;
  const result = adjudicate(scenario, state, decided, restoreRng(start.rng), draft, before.length ? [...before, ...decisions] : decisions);
  return ok(result);
}
