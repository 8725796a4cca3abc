// "Many futures": the same game replayed over other seeds. Pure: no DOM, no timers; the worker
// (futures.worker.ts) runs it over a range of seeds, and tests run it directly.
import {
  applyFacilitator,
  createGame,
  playTurns,
  seedRngFor,
  turnCommands,
  OUTCOMES,
  type Actor,
  type Choice,
  type FacilitatorCommand,
  type GameState,
  type Role,
  type Scenario,
  type TurnInput,
} from '../../engine/index.ts';
import type { FromRangeWorker, ToRangeWorker } from './serveRange.ts';

/** How the futures are played. */
export type FuturesMode =
  /** The game's recorded decisions where the rules still allow them, else the seat's bot. */
  | 'sameDecisions'
  /** Bots in every seat, each seat's bot as it sat (a team's seat: a cautious bot). */
  | 'botsEverywhere';

/** What a future replays of the game: per turn, each role's decision and who took it, and the facilitator's commands. */
export interface RecordedTurn {
  decisions: Record<Role, Choice>;
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

/** What a continuation is to play in a turn: some roles' decisions (bots decide the rest) and the facilitator's commands. */
export interface TurnPlan {
  decisions: Partial<Record<Role, Choice>>;
  facilitator: readonly FacilitatorCommand[];
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

/** A safety stop well past any scenario's horizon. */
const MAX_TURNS = 500;

/** The facilitator's commands of a turn that the rules still accept in this future, in order. */
function acceptedFacilitator(scenario: Scenario, state: GameState, cmds: readonly FacilitatorCommand[]): { commands: FacilitatorCommand[]; view: GameState } {
  const accepted: FacilitatorCommand[] = [];
  let view = state;
  for (const c of cmds) {
    const r = applyFacilitator(scenario, state, [...accepted, { ...c, turn: state.turn }]);
    if (!r.ok) continue;
    accepted.push({ ...c, turn: state.turn });
    view = r.value.state;
  }
  return { commands: accepted, view };
}

/** Where a continuation ended, and how many recorded decisions it could replay as they were. */
export interface PlayedOn {
  state: GameState;
  kept: number;
  replaced: number;
}

/**
 * Play on from `start` to the game's end, through the engine's one fold: in turn k, `recorded[k]`'s
 * decisions where the rules still allow them here (else the seat's bot stands in), the seats' bots for
 * the roles it has no decision for, and its facilitator commands the rules still accept; after the
 * record, the seats' bots. Many futures and "which
 * decisions mattered" both play their continuations here.
 */
export function playOn(scenario: Scenario, start: GameState, recorded: readonly (TurnPlan | undefined)[], seats: Record<Role, Actor>, label: string): PlayedOn {
  let kept = 0;
  let replaced = 0;
  const next = (state: GameState): TurnInput | null => {
    if (state.outcome) return null;
    const rec = recorded[state.turn];
    const white = acceptedFacilitator(scenario, state, rec?.facilitator ?? []);
    const choices: Partial<Record<Role, Choice>> = rec?.decisions ?? {};
    // The recorded decision where the rules still allow it here, else the seat's bot stands in.
    const commands = turnCommands(scenario, white.view, seats, choices, true);
    for (const c of commands) {
      const wanted = choices[c.role];
      if (!wanted) continue;
      if (c.decision === wanted.decision && c.by === wanted.by) kept++;
      else replaced++;
    }
    return { commands, facilitator: white.commands };
  };
  const played = playTurns(scenario, start, next, { record: false, maxTurns: MAX_TURNS });
  // Every command is open by construction, so a refusal is a bug in the engine, not bad input.
  if (played.stopped) throw new Error(`${label}: ${JSON.stringify(played.stopped)}`);
  return { state: played.state, kept, replaced };
}

/** A state as it stands, with other dice from here on: a new seed and its generator (bots draw from the seed too). */
export const withDice = (state: GameState, seed: string): GameState => ({ ...state, seed, rng: seedRngFor(seed).state() });

/** Play future i of a job to its end, through the engine's one fold. */
export function playFuture(job: FuturesJob, i: number): FutureResult {
  const { state, kept, replaced } = playOn(job.scenario, createGame(job.scenario, futureSeed(job.seed, i)), job.mode === 'sameDecisions' ? job.recorded : [], job.seats, `future ${i}`);
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
export type ToWorker = ToRangeWorker<FuturesJob>;
export type FromWorker = FromRangeWorker<FutureResult>;
