import type { Rng } from '../rng.ts';
import type { Scenario } from '../scenario.ts';
import type { Facts, GameEvent, GameState } from '../types.ts';

/** What every adjudication step sees: the state as it stands, the state before the turn, and the dice. */
export interface StepContext {
  scenario: Scenario;
  /** The state so far this turn, with the decisions and earlier steps applied. */
  state: GameState;
  /** The state at the start of the turn, to tell what changed. */
  before: GameState;
  facts: Facts;
  rng: Rng;
}

export type Step = (ctx: StepContext) => GameEvent[];
