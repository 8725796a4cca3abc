import { factsOf } from '../facts.ts';
import { openDecisions } from '../machines/index.ts';
import { HOLD } from '../tracks.ts';
import { keyedDraw } from '../rng.ts';
import type { Scenario } from '../scenario.ts';
import type { Command, GameState, PolicyTemperament, Role } from '../types.ts';
import { beijingPolicy } from './beijingPolicy.ts';
import { wish, type Policy, type Wish } from './policy.ts';
import { taipeiPolicy } from './taipeiPolicy.ts';
import { tokyoPolicy } from './tokyoPolicy.ts';
import { washingtonPolicy } from './washingtonPolicy.ts';

const POLICIES: { [R in Role]: Policy<R> } = { beijing: beijingPolicy, taipei: taipeiPolicy, tokyo: tokyoPolicy, washington: washingtonPolicy };

const BY = { cautious: 'bot:cautious', hawkish: 'bot:hawkish' } as const;
/** The key of a bot's hesitation draw is the game's seed, this, and the turn. */
const BOT_KEY: Record<Role, string> = { beijing: '|bot|beijing|', taipei: '|bot|taipei|', tokyo: '|bot|tokyo|', washington: '|bot|washington|' };

/** Chance a bot waits a turn instead of taking its preferred decision: the friction of real cabinets. */
const HESITATION: Record<PolicyTemperament, number> = { cautious: 0.3, hawkish: 0.1 };

/** A bot proposes only terms the scenario has; a proposal left with none is no wish at all. */
function withScenarioTerms(scenario: Scenario, w: ReturnType<typeof wish>): ReturnType<typeof wish> | null {
  if (!w.proposal) return w;
  const terms = w.proposal.terms.filter((t) => scenario.terms.some((x) => x.id === t));
  return terms.length ? { ...w, proposal: { ...w.proposal, terms } } : null;
}

/** The bot's most wanted decision that is open now (wishes after it are not looked at). */
function firstOpen(scenario: Scenario, wishes: readonly Wish[], open: readonly string[]): ReturnType<typeof wish> | undefined {
  for (const w of wishes) {
    // A plain decision needs no object made for it unless it is the one taken.
    if (typeof w === 'string') {
      if (open.includes(w)) return { decision: w };
      continue;
    }
    const wanted = withScenarioTerms(scenario, wish(w));
    if (wanted !== null && open.includes(wanted.decision)) return wanted;
  }
  return undefined;
}

/**
 * A bot's decision for this turn, as an ordinary command. Bots draw from their own stream, seeded
 * by game seed, role and turn, never from the game's generator: replays hold their commands and
 * never re-run them, so bots can change without breaking old replays.
 */
export function chooseBotCommand(scenario: Scenario, state: GameState, role: Role, temperament: PolicyTemperament): Command {
  const facts = factsOf(state, scenario.legal);
  const open = openDecisions(role, state.tracks[role], facts);
  const wanted = firstOpen(scenario, POLICIES[role]({ scenario, state, facts, temperament }) as Wish[], open);
  // The cabinet's pause: a draw from the bot's own stream, only when there is something to hesitate over.
  if (!wanted || (!wanted.atOnce && keyedDraw(state.seed, BOT_KEY[role], String(state.turn)) < HESITATION[temperament])) return { turn: state.turn, role, decision: HOLD, by: BY[temperament] };
  const command: Command = { turn: state.turn, role, decision: wanted.decision, by: BY[temperament] };
  if (wanted.proposal) command.proposal = wanted.proposal;
  return command;
}
