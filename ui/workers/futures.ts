// "Many futures": the same game replayed over other seeds. Pure: no DOM, no timers; the worker
// (futures.worker.ts) runs it over a range of seeds, and tests run it directly.
import {
  applyFacilitator,
  chooseBotCommand,
  createGame,
  factsOf,
  openDecisions,
  OUTCOMES,
  resolveTurn,
  ROLES,
  type Actor,
  type BotTemperament,
  type Command,
  type FacilitatorCommand,
  type GameState,
  type Role,
  type Scenario,
} from '../../engine/index.ts';

/** How the futures are played. */
export type FuturesMode =
  /** The game's recorded decisions where the rules still allow them, else the seat's bot. */
  | 'sameDecisions'
  /** Bots in every seat, each seat's bot as it sat (a team's seat: a cautious bot). */
  | 'botsEverywhere';

/** What a future replays of the game: per turn, each role's decision and who took it, and the facilitator's commands. */
export interface RecordedTurn {
  decisions: Record<Role, { decision: string; by: Actor }>;
  facilitator: FacilitatorCommand[];
}

export interface FuturesJob {
  scenario: Scenario;
  /** The game's seed; future i is played with `futureSeed(seed, i)`. */
  seed: string;
  recorded: RecordedTurn[];
  /** Who sits in each seat once the recorded turns run out. */
  seats: Record<Role, Actor>;
  mode: FuturesMode;
}

/** One future, as numbers (small to post between threads). */
export interface FutureResult {
  /** Index into OUTCOMES; -1 if the game somehow did not end. */
  outcome: number;
  turns: number;
  day: number;
  escalation: number;
  /** Recorded decisions replayed as they were, and those a bot took instead because the rules had closed them. */
  kept: number;
  replaced: number;
  /** 1 if LNG ran out. */
  lngOut: number;
  /** All sides' casualties. */
  casualties: number;
}

export const futureSeed = (seed: string, i: number): string => `${seed}#future-${i}`;

/** A team's seat is played by a cautious bot: the same policy, without the people. */
export const temperamentOf = (by: Actor): BotTemperament => (by === 'bot:hawkish' ? 'hawkish' : 'cautious');

/** A safety stop well past any scenario's horizon. */
const MAX_TURNS = 500;

/** Play future i of a job to its end. */
export function playFuture(job: FuturesJob, i: number): FutureResult {
  const { scenario } = job;
  let state: GameState = createGame(scenario, futureSeed(job.seed, i));
  let kept = 0;
  let replaced = 0;
  while (!state.outcome && state.turn < MAX_TURNS) {
    const rec = job.mode === 'sameDecisions' ? job.recorded[state.turn] : undefined;
    // The facilitator's commands of this turn, where the rules still accept them in this future.
    const white: FacilitatorCommand[] = [];
    let view = state;
    for (const c of rec?.facilitator ?? []) {
      const r = applyFacilitator(scenario, state, [...white, { ...c, turn: state.turn }]);
      if (r.ok) {
        white.push({ ...c, turn: state.turn });
        view = r.value.state;
      }
    }
    const facts = factsOf(view, scenario.legal);
    const commands: Command[] = ROLES.map((role) => {
      const wanted = rec?.decisions[role];
      if (wanted && openDecisions(role, view.tracks[role], facts).includes(wanted.decision)) {
        kept++;
        return { turn: view.turn, role, decision: wanted.decision, by: wanted.by };
      }
      if (wanted) replaced++;
      return chooseBotCommand(scenario, view, role, temperamentOf(wanted?.by ?? job.seats[role]));
    });
    const r = resolveTurn(scenario, state, commands, white);
    // Every command is open by construction, so a refusal is a bug in the engine, not bad input.
    if (!r.ok) throw new Error(`future ${i}, turn ${state.turn + 1}: ${r.error}`);
    state = r.value.state;
  }
  const c = state.indicators.casualties;
  return {
    outcome: state.outcome ? OUTCOMES.indexOf(state.outcome) : -1,
    turns: state.turn,
    day: state.day,
    escalation: state.indicators.escalation,
    kept,
    replaced,
    lngOut: state.indicators.lngExhaustedOnDay === null ? 0 : 1,
    casualties: c.prc + c.us + c.japan + c.taiwan,
  };
}

/** Futures `from` to `to - 1`, in seed order. */
export function playFutures(job: FuturesJob, from: number, to: number): FutureResult[] {
  const out: FutureResult[] = [];
  for (let i = from; i < to; i++) out.push(playFuture(job, i));
  return out;
}

/** Messages between the page and a futures worker. */
export type ToWorker = { type: 'run'; job: FuturesJob; from: number; to: number };
export type FromWorker =
  | { type: 'progress'; done: number }
  | { type: 'done'; from: number; results: FutureResult[] }
  | { type: 'error'; message: string };
