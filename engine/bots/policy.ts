import type { Scenario } from '../scenario.ts';
import type { Decision, Role } from '../tracks.ts';
import type { Facts, GameState, PolicyTemperament, Proposal } from '../types.ts';

/** What a bot sees: the same state and facts a human player's screen shows. */
export interface BotView {
  scenario: Scenario;
  state: GameState;
  facts: Facts;
  temperament: PolicyTemperament;
}

/**
 * A decision a bot would like; a proposal carries its terms. `atOnce`: the scenario's premise is that this decision is
 * taken as soon as it may be, so the bot takes it without a cabinet's pause (chooseBotCommand).
 */
export type Wish<R extends Role = Role> = Decision<R> | { decision: Decision<R>; proposal?: Proposal; atOnce?: true };

/** A role's bot: the decisions it would like, best first. The first one the rules allow is taken. */
export type Policy<R extends Role> = (view: BotView) => Wish<R>[];

export const wish = (w: Wish): { decision: string; proposal?: Proposal; atOnce?: true } => (typeof w === 'string' ? { decision: w } : w);
