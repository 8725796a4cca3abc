/** Small helpers shared by the engine tests: scenarios, commands and turns, all through the public API. */
import {
  createGame,
  resolveTurn,
  ROLES,
  type Actor,
  type Command,
  type GameEvent,
  type GameState,
  type Proposal,
  type Role,
  type Scenario,
} from '../../engine/index.ts';
import { loadScenario } from '../../scenarios/catalog.ts';

export const VARIANTS = ['base', 'takaichi-reading', 'no-resupply'] as const;
export type Variant = (typeof VARIANTS)[number];

const scenarios = new Map<string, Scenario>();

/** A shipped scenario with a variant applied; a load error fails the test loudly. */
export function scenarioOf(id: string, variant?: string): Scenario {
  const key = `${id}/${variant ?? ''}`;
  let s = scenarios.get(key);
  if (!s) {
    const loaded = loadScenario(id, variant);
    if (typeof loaded === 'string') throw new Error(`cannot load ${key}: ${loaded}`);
    s = loaded;
    scenarios.set(key, s);
  }
  return s;
}

/** The shipped blockade scenario with a variant applied. */
export const blockade = (variant: Variant = 'base'): Scenario => scenarioOf('blockade', variant);

/** The terms a test proposes when it only needs a proposal on the table: one from each side, in every shipped scenario. */
export const TEST_PROPOSAL: Proposal = { terms: ['liftMeasures', 'reaffirmStatusQuo'], note: '' };

export const command = (state: GameState, role: Role, decision = 'hold', by: Actor = 'human'): Command => ({
  turn: state.turn,
  role,
  decision,
  by,
  ...(decision === 'proposeSettlement' ? { proposal: TEST_PROPOSAL } : {}),
});

/** One command per role for this turn: the named decisions, `hold` for everyone else. */
export function turnCommands(state: GameState, decisions: Partial<Record<Role, string>> = {}): Command[] {
  return ROLES.map((role) => command(state, role, decisions[role] ?? 'hold'));
}

/** Resolve a turn that must be legal; the engine's refusal becomes the test failure message. */
export function play(scenario: Scenario, state: GameState, decisions: Partial<Record<Role, string>> = {}): { state: GameState; events: GameEvent[] } {
  const r = resolveTurn(scenario, state, turnCommands(state, decisions));
  if (!r.ok) throw new Error(`turn ${state.turn} refused: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** Play a script of turns (decisions per turn, `hold` where unnamed) from a new game. */
export function playScript(scenario: Scenario, seed: string, script: Partial<Record<Role, string>>[]): GameState[] {
  const states = [createGame(scenario, seed)];
  for (const decisions of script) {
    const last = states[states.length - 1]!;
    if (last.outcome) break;
    states.push(play(scenario, last, decisions).state);
  }
  return states;
}

/** JSON-clone, to snapshot a state and later show that a call left it untouched. */
export const snapshot = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
