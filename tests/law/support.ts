/** Scripted games for the law's tests: decisions and facilitator actions per turn, through resolveTurn. */
import {
  createGame,
  factsOf,
  openDecisions,
  resolveTurn,
  withParameterChanges,
  type FacilitatorAction,
  type GameEvent,
  type GameState,
  type Role,
  type Scenario,
} from '../../engine/index.ts';
import { command } from '../engine/support.ts';

export interface Step {
  decisions?: Partial<Record<Role, string>>;
  facilitator?: FacilitatorAction[];
}

export interface Played {
  /** The state before each turn and after the last. */
  states: GameState[];
  /** Each turn's events. */
  events: GameEvent[][];
  last: GameState;
}

/** Play steps from a new game; a refused turn fails the test with the engine's reason. */
export function playSteps(scenario: Scenario, seed: string, steps: readonly Step[], from?: GameState): Played {
  const states = [from ?? createGame(scenario, seed)];
  const events: GameEvent[][] = [];
  for (const step of steps) {
    const s = states[states.length - 1]!;
    if (s.outcome) throw new Error(`the game ended (${s.ending}) before turn ${s.turn}`);
    const commands = (['beijing', 'taipei', 'tokyo', 'washington'] as const).map((r) => command(s, r, step.decisions?.[r] ?? 'hold'));
    const facilitator = (step.facilitator ?? []).map((action) => ({ turn: s.turn, action, reason: 'scripted by the test' }));
    const r = resolveTurn(scenario, s, commands, facilitator);
    if (!r.ok) throw new Error(`turn ${s.turn} refused: ${JSON.stringify(r.error)}`);
    states.push(r.value.state);
    events.push(r.value.events);
  }
  return { states, events, last: states[states.length - 1]! };
}

/** The decisions open to a role in a state, as the engine judges them. */
export const openTo = (scenario: Scenario, s: GameState, role: Role): readonly string[] => openDecisions(role, s.tracks[role], factsOf(s, scenario.legal));

/** A scenario with some rule parameters changed, by path. */
export const withParams = (scenario: Scenario, changes: Record<string, number>): Scenario => withParameterChanges(scenario, changes);

/** Holds for `n` turns. */
export const holds = (n: number): Step[] => Array.from({ length: n }, () => ({}));

export const machineEvents = (events: readonly GameEvent[], role: Role, event: string) =>
  events.filter((e) => e.type === 'machineEvent' && e.role === role && e.event === event);
