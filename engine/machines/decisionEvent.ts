import type { Facts } from '../types.ts';

/** Every event a decision machine receives carries the facts of the turn, which its guards read. */
export interface DecisionEvent {
  type: string;
  facts: Facts;
}
