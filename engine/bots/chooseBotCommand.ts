import { factsOf } from '../facts.ts';
import { openDecisions } from '../machines/index.ts';
import { HOLD, ofRole, trackOf } from '../tracks.ts';
import { keyedDraw } from '../rng.ts';
import { BOT } from '../seats.ts';
import type { Scenario } from '../scenario.ts';
import type { Command, GameState, PolicyTemperament, Role } from '../types.ts';
import { beijingPolicy } from './beijingPolicy.ts';
import { wish, type Policy, type Wish } from './policy.ts';
import { taipeiPolicy } from './taipeiPolicy.ts';
import { tokyoPolicy } from './tokyoPolicy.ts';
import { washingtonPolicy } from './washingtonPolicy.ts';

/** A role's bot, and the key of its hesitation draw: the key is the game's seed, this, and the turn. */
const BY_ROLE: { [R in Role]: { policy: Policy<R>; key: string } } = {
  beijing: { policy: beijingPolicy, key: '|bot|beijing|' },
  taipei: { policy: taipeiPolicy, key: '|bot|taipei|' },
  tokyo: { policy: tokyoPolicy, key: '|bot|tokyo|' },
  washington: { policy: washingtonPolicy, key: '|bot|washington|' },
};
type Bot = { policy: Policy<Role>; key: string };
// Each policy is checked against its role above; chooseBotCommand calls them with a role that is one of the four.
const BOTS = BY_ROLE as unknown as Record<Role, Bot>;

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
  const open = openDecisions(role, trackOf(state.tracks, role), facts);
  const bot = ofRole(BOTS, role);
  const hawk = temperament === 'hawkish';
  const by = hawk ? BOT.hawkish : BOT.cautious;
  const wanted = firstOpen(scenario, bot.policy({ scenario, state, facts, temperament }) as Wish[], open);
  // The cabinet's pause: a draw from the bot's own stream, only when there is something to hesitate over.
  if (!wanted || (!wanted.atOnce && keyedDraw(state.seed, bot.key, String(state.turn)) < (hawk ? HESITATION.hawkish : HESITATION.cautious))) return { turn: state.turn, role, decision: HOLD, by };
  const command: Command = { turn: state.turn, role, decision: wanted.decision, by };
  if (wanted.proposal) command.proposal = wanted.proposal;
  return command;
}
