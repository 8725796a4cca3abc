import { createGame, resolveTurn, type GameState } from '../../../engine/index.ts';
import type { Session } from '../session.ts';

/**
 * The state at the start and after every turn, re-simulated once through the engine's one path
 * (resolveTurn), so the debrief's numbers are the rules' own and not read off the screen.
 */
export function statesOf(s: Session): GameState[] {
  let state = createGame(s.scenario, s.setup.seed);
  const states = [state];
  for (const t of s.turns) {
    const r = resolveTurn(s.scenario, state, t.commands, t.facilitator ?? []);
    if (!r.ok) throw new Error(`a recorded turn no longer replays: ${r.error}`);
    state = r.value.state;
    states.push(state);
  }
  return states;
}

/** The day a turn (counted from 0) begins on. */
export const dayOfTurn = (s: Session, turn: number): number => turn * s.scenario.turnDays;

/** "day 14", or "day 3.5" for half-week turns. */
export const dayText = (day: number): string => `day ${Number.isInteger(day) ? day : day.toFixed(1)}`;
