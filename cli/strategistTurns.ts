import { allBots, createGame, playTurns, ROLES, turnCommands, type Role, type Scenario } from '../engine/index.ts';

/** One game with a strategist in one seat and cautious bots in the others: how long each of its turns took to decide. */
export interface StrategistGame {
  role: Role;
  turns: number;
  /** Milliseconds per turn to decide the turn's commands, the strategist's look-ahead nearly all of it. */
  ms: number[];
}

/**
 * Play a game per seat with a strategist in it, timing each turn's decisions. Runs the same in Node
 * and in the browser (cli/perfStrategist.ts bundles it for Chromium).
 */
export function strategistGames(scenario: Scenario, seed: string, roles: readonly Role[] = ROLES): StrategistGame[] {
  return roles.map((role) => {
    const seats = { ...allBots('cautious'), [role]: 'bot:strategist' as const };
    const ms: number[] = [];
    const played = playTurns(scenario, createGame(scenario, seed), (state) => {
      if (state.outcome) return null;
      const t0 = performance.now();
      const commands = turnCommands(scenario, state, seats);
      ms.push(performance.now() - t0);
      return { commands };
    }, { record: false });
    return { role, turns: played.state.turn, ms };
  });
}
