import { resolveTurn } from './resolveTurn.ts';
import type { Scenario } from './scenario.ts';
import { stateHash } from './stateHash.ts';
import type { Command, FacilitatorCommand, GameEvent, GameState, Refusal } from './types.ts';

/** One turn's input: the roles' commands and the facilitator's commands given before them. */
export interface TurnInput {
  commands: readonly Command[];
  facilitator?: readonly FacilitatorCommand[];
}

/** A played turn: what a replay records, and the events the screens narrate. */
export interface TurnRecord {
  turn: number;
  commands: Command[];
  /** The facilitator's commands given before this turn's decisions, if any. */
  facilitator?: FacilitatorCommand[];
  events: GameEvent[];
  /** Hash of the state after the turn. */
  stateHash: string;
}

/** Where playing stopped short: the turn (counted from 1, as people do) and why. */
export type Stop =
  | { turn: number; refusal: Refusal }
  | { turn: number; hash: { found: string; recorded: string } };

export interface PlayedTurns {
  /** The state before the first turn and after each turn played: `states[k]` follows k turns. Without `record`, only the first and last. */
  states: GameState[];
  /** The turns played, with their events and state hashes (empty without `record`). */
  turns: TurnRecord[];
  /** The last state reached. */
  state: GameState;
  /** Set if a turn was refused or its hash differs from the one recorded. */
  stopped: Stop | null;
}

/** The next turn's input given the state so far and how many turns have been played; null to stop. */
export type NextTurn = (state: GameState, played: number) => TurnInput | null;

export interface PlayOptions {
  /** Keep every state, event and hash (replays, screens); off for batch speed. */
  record?: boolean;
  /** The hash recorded after each turn: playing stops at the first that differs. */
  recordedHashes?: readonly string[];
  /** A safety stop well past any scenario's horizon. */
  maxTurns?: number;
  /**
   * Dice for each turn, drawn afresh from the state before it instead of carried over from the turn before: a
   * strategist's futures of different options then share each turn's dice however many draws earlier turns took.
   */
  diceForTurn?: (state: GameState) => GameState['rng'];
}

/**
 * The one fold over a game's turns, used by every caller: replays, the CLI, the app's session, the
 * debrief, futures and bots. Each turn goes through resolveTurn, the one path from commands to state;
 * `next` says what is played, from a log, from people and bots, or a mix.
 */
export function playTurns(scenario: Scenario, start: GameState, next: NextTurn, options: PlayOptions = {}): PlayedTurns {
  const { record = true, recordedHashes, maxTurns = 1000, diceForTurn } = options;
  const states: GameState[] = [start];
  const turns: TurnRecord[] = [];
  let state = start;
  for (let played = 0; played < maxTurns; played++) {
    const input = next(state, played);
    if (!input) break;
    if (diceForTurn) state = { ...state, rng: diceForTurn(state) };
    const result = resolveTurn(scenario, state, input.commands, input.facilitator ?? []);
    if (!result.ok) return { states, turns, state, stopped: { turn: state.turn + 1, refusal: result.error } };
    const after = result.value.state;
    const hash = record || recordedHashes ? stateHash(after) : '';
    const recorded = recordedHashes?.[played];
    if (recorded !== undefined && hash !== recorded) {
      return { states, turns, state, stopped: { turn: state.turn + 1, hash: { found: hash, recorded } } };
    }
    if (record) {
      const facilitator = input.facilitator?.length ? { facilitator: [...input.facilitator] } : {};
      turns.push({ turn: state.turn, commands: [...input.commands], ...facilitator, events: result.value.events, stateHash: hash });
      states.push(after);
    }
    state = after;
  }
  if (!record && state !== start) states.push(state);
  return { states, turns, state, stopped: null };
}

/** A recorded log as the input of `playTurns`: turn k's commands and facilitator commands. */
export const fromLog = (log: readonly TurnInput[]): NextTurn => (_state, played) => log[played] ?? null;
