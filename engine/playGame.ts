import { chooseBotCommand } from './bots/chooseBotCommand.ts';
import { createGame } from './createGame.ts';
import type { FacilitatorCommand } from './facilitator.ts';
import { resolveTurn } from './resolveTurn.ts';
import type { Scenario } from './scenario.ts';
import { stateHash } from './stateHash.ts';
import { ROLES, type BotTemperament, type Command, type GameEvent, type GameState, type Role } from './types.ts';

export interface TurnRecord {
  turn: number;
  commands: Command[];
  /** The facilitator's commands given before this turn's decisions, if any. */
  facilitator?: FacilitatorCommand[];
  events: GameEvent[];
  /** Hash of the state after the turn. */
  stateHash: string;
}

export interface PlayedGame {
  state: GameState;
  turns: TurnRecord[];
}

export type BotSeats = Record<Role, BotTemperament>;

/** A whole game with a bot in every seat; `record: false` skips events and hashes for batch speed. */
export function playGame(scenario: Scenario, seed: string, seats: BotSeats, record = true): PlayedGame {
  let state = createGame(scenario, seed);
  const turns: TurnRecord[] = [];
  while (!state.outcome) {
    const commands = ROLES.map((role) => chooseBotCommand(scenario, state, role, seats[role]));
    const result = resolveTurn(scenario, state, commands);
    // Bots choose only open decisions, so a refusal here is a bug in the engine, not bad input.
    if (!result.ok) throw new Error(`bot command refused in turn ${state.turn}: ${result.error}`);
    if (record) turns.push({ turn: state.turn, commands, events: result.value.events, stateHash: stateHash(result.value.state) });
    state = result.value.state;
  }
  return { state, turns };
}

/** Seats for a batch: every bot of one temperament, or a temperament per role. */
export const allSeats = (t: BotTemperament): BotSeats => ({ beijing: t, taipei: t, tokyo: t, washington: t });
