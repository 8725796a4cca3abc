import { createGame } from './createGame.ts';
import { playTurns, type PlayedTurns } from './playTurns.ts';
import type { Scenario } from './scenario.ts';
import type { Seats } from './seats.ts';
import { turnCommands } from './turnCommands.ts';

/** A whole game with a bot in every seat; `record: false` skips events and hashes for batch speed. */
export function playGame(scenario: Scenario, seed: string, seats: Seats, record = true): PlayedTurns {
  const played = playTurns(scenario, createGame(scenario, seed), (state) => (state.outcome ? null : { commands: turnCommands(scenario, state, seats) }), { record });
  // Bots choose only open decisions, so a refusal here is a bug in the engine, not bad input.
  if (played.stopped) throw new Error(`a bot's command was refused in turn ${played.stopped.turn}: ${JSON.stringify(played.stopped)}`);
  return played;
}
