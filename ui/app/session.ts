import {
  applyFacilitator,
  chooseBotCommand,
  createGame,
  createReplay,
  resolveTurn,
  ROLES,
  stateHash,
  verifyReplay,
  type Actor,
  type Command,
  type FacilitatorAction,
  type FacilitatorCommand,
  type GameEvent,
  type GameState,
  type Replay,
  type Result,
  type Role,
  type Scenario,
  type TurnRecord,
} from '../../engine/index.ts';
import { loadScenario } from '../../scenarios/catalog.ts';

/** Who sits in each seat: a person, or a bot of a temperament. */
export type Seats = Record<Role, Actor>;

export interface SessionSetup {
  scenarioId: string;
  variant: string;
  seed: string;
  seats: Seats;
}

/**
 * A game in the browser: its setup, the turns played (commands, events, hashes) and the state they
 * led to. Everything goes through the engine's one path (resolveTurn); the UI never changes state.
 */
export interface Session {
  setup: SessionSetup;
  scenario: Scenario;
  turns: TurnRecord[];
  /** The state after the last turn played. */
  state: GameState;
  /** The facilitator's commands for the coming turn, applied before its decisions; recorded when it is played. */
  pending: FacilitatorCommand[];
}

export function startSession(setup: SessionSetup): Result<Session> {
  const scenario = loadScenario(setup.scenarioId, setup.variant);
  if (typeof scenario === 'string') return { ok: false, error: scenario };
  return { ok: true, value: { setup, scenario, turns: [], state: createGame(scenario, setup.seed), pending: [] } };
}

/** The situation the teams decide in: the last turn's state with the facilitator's pending commands applied. */
export function currentView(s: Session): { state: GameState; events: GameEvent[] } {
  const r = applyFacilitator(s.scenario, s.state, s.pending);
  // Pending commands were checked when given, so this holds; fall back to the plain state if not.
  return r.ok ? r.value : { state: s.state, events: [] };
}

/** The facilitator acts: checked now by the engine (as a replay of it would be), applied to what the teams see, recorded with the turn. */
export function facilitate(s: Session, action: FacilitatorAction, reason: string): Result<Session> {
  const cmd: FacilitatorCommand = { turn: s.state.turn, action, reason: reason.trim() };
  const r = applyFacilitator(s.scenario, s.state, [...s.pending, cmd]);
  return r.ok ? { ok: true, value: { ...s, pending: [...s.pending, cmd] } } : r;
}

export const humanRoles = (s: Session): Role[] => ROLES.filter((r) => s.setup.seats[r] === 'human');

/** Play one turn: the people's decisions as given, the bots' chosen now and logged as commands. */
export function playTurn(s: Session, decisions: Partial<Record<Role, string>>): Result<Session> {
  // Bots decide in the same situation the people see: after the facilitator's commands.
  const view = currentView(s).state;
  const commands: Command[] = ROLES.map((role) => {
    const seat = s.setup.seats[role];
    if (seat === 'human') return { turn: s.state.turn, role, decision: decisions[role] ?? 'hold', by: 'human' };
    return chooseBotCommand(s.scenario, view, role, seat === 'bot:hawkish' ? 'hawkish' : 'cautious');
  });
  return applyCommands(s, commands, s.pending);
}

function applyCommands(s: Session, commands: Command[], facilitator: FacilitatorCommand[]): Result<Session> {
  const r = resolveTurn(s.scenario, s.state, commands, facilitator);
  if (!r.ok) return r;
  const record: TurnRecord = {
    turn: s.state.turn, commands, ...(facilitator.length ? { facilitator } : {}), events: r.value.events, stateHash: stateHash(r.value.state),
  };
  return { ok: true, value: { ...s, turns: [...s.turns, record], state: r.value.state, pending: [] } };
}

/** The state after the first `k` turns, re-simulated: time travel is replaying a prefix of the log. */
export function stateAfter(s: Session, k: number): GameState {
  let state = createGame(s.scenario, s.setup.seed);
  for (const t of s.turns.slice(0, k)) {
    const r = resolveTurn(s.scenario, state, t.commands, t.facilitator ?? []);
    if (!r.ok) throw new Error(`a recorded turn no longer replays: ${r.error}`);
    state = r.value.state;
  }
  return state;
}

/** A new game from turn `k` of this one, with a person taking over `role`; the first k turns are kept. */
export function branchAt(s: Session, k: number, role: Role): Session {
  const seats = { ...s.setup.seats, [role]: 'human' as const };
  return { ...s, setup: { ...s.setup, seats }, turns: s.turns.slice(0, k), state: stateAfter(s, k), pending: [] };
}

export const toReplay = (s: Session): Replay => createReplay(s.scenario, s.setup.seed, s.turns, s.state);

/** Seats as they were last played: recorded in the commands, so a replay carries them. */
function seatsFromCommands(turns: readonly { commands: readonly Command[] }[], fallback: Seats): Seats {
  const last = turns[turns.length - 1];
  if (!last) return fallback;
  return Object.fromEntries(ROLES.map((r) => [r, last.commands.find((c) => c.role === r)?.by ?? fallback[r]])) as Seats;
}

const ALL_BOTS: Seats = { beijing: 'bot:cautious', taipei: 'bot:cautious', tokyo: 'bot:cautious', washington: 'bot:cautious' };

/**
 * Rebuild a session from a replay, checking it turn by turn. A replay that does not verify is
 * refused with the reason, so nothing untrusted becomes the current game.
 */
export function sessionFromReplay(replay: Replay, knownSeats?: Seats): Result<{ session: Session; warnings: string[] }> {
  const scenario = loadScenario(replay.scenario.id, replay.scenario.variant);
  if (typeof scenario === 'string') return { ok: false, error: scenario };
  const v = verifyReplay(replay, scenario);
  if (!v.ok) return { ok: false, error: `this replay does not match the rules: it diverges at turn ${v.divergedAtTurn} (${v.reason})` };
  const setup: SessionSetup = {
    scenarioId: scenario.id, variant: scenario.variant, seed: replay.seed,
    seats: knownSeats ?? seatsFromCommands(replay.turns, ALL_BOTS),
  };
  let s: Session = { setup, scenario, turns: [], state: createGame(scenario, replay.seed), pending: [] };
  for (const t of replay.turns) {
    const r = applyCommands(s, t.commands, t.facilitator ?? []);
    if (!r.ok) return r;
    s = r.value;
  }
  return { ok: true, value: { session: s, warnings: v.warnings } };
}
