import {
  applyFacilitator,
  createGame,
  createReplay,
  fromLog,
  playTurns,
  turnCommands,
  validateCommands,
  verifyReplay,
  HOLD,
  ROLES,
  type Choice,
  type Command,
  type FacilitatorAction,
  type FacilitatorCommand,
  type GameEvent,
  type GameState,
  type Proposal,
  type Replay,
  type Result,
  type Role,
  type Scenario,
  type Seats,
  type TurnRecord,
} from '../../engine/index.ts';
import { loadScenario } from '../../scenarios/catalog.ts';
import { divergenceAtText, divergenceText, refusalText, warningText } from '../../scenarios/words/messages.ts';

export type { Seats };

export interface SessionSetup {
  scenarioId: string;
  variant: string;
  seed: string;
  seats: Seats;
  /** For a branch: how many turns it kept of the game it branched from. */
  branchedFrom?: number;
}

/**
 * A game in the browser: its setup, the turns played (commands, events, hashes) and the state after
 * each, so stepping through it is a lookup. Every turn goes through the engine's one fold; the UI
 * never changes state itself.
 */
export interface Session {
  setup: SessionSetup;
  scenario: Scenario;
  turns: TurnRecord[];
  /** `states[k]` is the state after k turns; `states[0]` the start. */
  states: GameState[];
  /** The state after the last turn played: the last of `states`. */
  state: GameState;
  /** The facilitator's commands for the coming turn, applied before its decisions; recorded when it is played. */
  pending: FacilitatorCommand[];
}

function sessionOf(setup: SessionSetup, scenario: Scenario, turns: TurnRecord[], states: GameState[]): Session {
  return { setup, scenario, turns, states, state: states[states.length - 1]!, pending: [] };
}

export function startSession(setup: SessionSetup): Result<Session> {
  const scenario = loadScenario(setup.scenarioId, setup.variant);
  if (typeof scenario === 'string') return { ok: false, error: scenario };
  return { ok: true, value: sessionOf(setup, scenario, [], [createGame(scenario, setup.seed)]) };
}

/** The situation the teams decide in: the last turn's state with the facilitator's pending commands applied. */
export function currentView(s: Session): { state: GameState; events: GameEvent[] } {
  const r = applyFacilitator(s.scenario, s.state, s.pending);
  // Pending commands were checked when given, so this holds; fall back to the plain state if not.
  return r.ok ? r.value : { state: s.state, events: [] };
}

/** The facilitator acts: checked now by the engine, applied to what the teams see, recorded with the turn. */
export function facilitate(s: Session, action: FacilitatorAction, reason: string): Result<Session> {
  const cmd: FacilitatorCommand = { turn: s.state.turn, action, reason: reason.trim() };
  const r = applyFacilitator(s.scenario, s.state, [...s.pending, cmd]);
  if (!r.ok) return { ok: false, error: refusalText(r.error) };
  return { ok: true, value: { ...s, pending: [...s.pending, cmd] } };
}

export const humanRoles = (s: Session): Role[] => ROLES.filter((r) => s.setup.seats[r] === 'human');

/**
 * What a person chose for a seat: a decision and, when the decision is to put terms on the table,
 * the terms with a note. A bare decision id is the same as `{ decision }`.
 */
export interface PersonChoice {
  decision: string;
  proposal?: Proposal;
}
export type PersonChoices = Partial<Record<Role, string | PersonChoice>>;

const asChoice = (c: string | PersonChoice): PersonChoice => (typeof c === 'string' ? { decision: c } : c);

/** A person's choice as the engine's command for this turn. */
function commandOf(s: Session, role: Role, c: PersonChoice): Command {
  return { turn: currentView(s).state.turn, role, decision: c.decision, by: 'human', ...(c.proposal ? { proposal: c.proposal } : {}) };
}

/**
 * Whether the engine would take this choice for `role` in the situation the teams see now, asked of
 * the engine itself (the other seats holding): null if it would, else its refusal in words. The
 * screens ask before a team hands the device on, so a refused proposal never waits for the turn.
 */
export function checkChoice(s: Session, role: Role, choice: string | PersonChoice): string | null {
  const view = currentView(s).state;
  const commands: Command[] = ROLES.map((r) => (r === role ? commandOf(s, r, asChoice(choice)) : { turn: view.turn, role: r, decision: HOLD, by: 'human' }));
  const r = validateCommands(s.scenario, view, commands);
  return r.ok ? null : refusalText(r.error);
}

/**
 * Play one turn: the people's choices as given (a proposal's terms with them), the bots' chosen now
 * (in the situation the people see) and logged as commands. A refusal leaves the session as it was.
 */
export function playTurn(s: Session, decisions: PersonChoices): Result<Session> {
  const choices: Partial<Record<Role, Choice>> = {};
  for (const r of humanRoles(s)) {
    const given = decisions[r];
    if (!given) continue;
    const c = asChoice(given);
    choices[r] = { decision: c.decision, by: 'human', ...(c.proposal ? { proposal: c.proposal } : {}) };
  }
  const commands = turnCommands(s.scenario, currentView(s).state, s.setup.seats, choices);
  const played = playTurns(s.scenario, s.state, fromLog([{ commands, facilitator: s.pending }]));
  if (played.stopped) return { ok: false, error: 'refusal' in played.stopped ? refusalText(played.stopped.refusal) : divergenceText(played.stopped) };
  return { ok: true, value: sessionOf(s.setup, s.scenario, [...s.turns, ...played.turns], [...s.states, ...played.states.slice(1)]) };
}

/** A new game from turn `k` of this one, with a person taking over `role`; the first k turns are kept. */
export function branchAt(s: Session, k: number, role: Role): Session {
  const seats = { ...s.setup.seats, [role]: 'human' as const };
  return sessionOf({ ...s.setup, seats, branchedFrom: k }, s.scenario, s.turns.slice(0, k), s.states.slice(0, k + 1));
}

export const toReplay = (s: Session): Replay => createReplay(s.scenario, s.setup.seed, s.turns, s.state);

/** Seats as they were last played: recorded in the commands, so a replay carries them. */
function seatsFromCommands(turns: readonly TurnRecord[], fallback: Seats): Seats {
  const last = turns[turns.length - 1];
  if (!last) return fallback;
  return Object.fromEntries(ROLES.map((r) => [r, last.commands.find((c) => c.role === r)?.by ?? fallback[r]])) as Seats;
}

const ALL_BOTS: Seats = { beijing: 'bot:cautious', taipei: 'bot:cautious', tokyo: 'bot:cautious', washington: 'bot:cautious' };

/**
 * Rebuild a session from a replay, verified turn by turn in one pass. A replay that does not verify is
 * refused with the reason, so nothing untrusted becomes the current game.
 */
export function sessionFromReplay(replay: Replay, knownSeats?: Seats): Result<{ session: Session; warnings: string[] }> {
  const scenario = loadScenario(replay.scenario.id, replay.scenario.variant);
  if (typeof scenario === 'string') return { ok: false, error: scenario };
  const v = verifyReplay(replay, scenario);
  if (!v.ok) return { ok: false, error: divergenceAtText(v.divergence) };
  const setup: SessionSetup = {
    scenarioId: scenario.id, variant: scenario.variant, seed: replay.seed,
    seats: knownSeats ?? seatsFromCommands(v.turns, ALL_BOTS),
  };
  return { ok: true, value: { session: sessionOf(setup, scenario, v.turns, v.states), warnings: v.warnings.map(warningText) } };
}
