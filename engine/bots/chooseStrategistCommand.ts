import { factsOf } from '../facts.ts';
import { openDecisions } from '../machines/index.ts';
import { pairedDifference } from '../pairedDifference.ts';
import { playTurns } from '../playTurns.ts';
import { seedRng } from '../rng.ts';
import type { Scenario } from '../scenario.ts';
import { trackOf } from '../tracks.ts';
import { roleScore } from '../scorecard.ts';
import type { Seats } from '../seats.ts';
import { ROLES, type Command, type GameState, type PolicyTemperament, type Proposal, type Role } from '../types.ts';
import { BEIJING_OFFER } from './beijingPolicy.ts';
import { chooseBotCommand } from './chooseBotCommand.ts';
import { TAIPEI_OFFER } from './taipeiPolicy.ts';

/**
 * How far a strategist looks: for each open option, this many futures, each played this many turns
 * (or to the end). Every scenario ends within 24 turns, so the futures are played out: objectives judged
 * on a game still running would miss every measure that reads the ending, and favour options that end
 * the game early. 32 futures, not 16: with 16, the best of many noisy estimates was too often an option whose
 * few futures happened to miss a rare disaster (Washington striking the mainland in an invasion: no wider war
 * in 16 futures, one in five over 400), and the strategist trailed the cautious bot there. A turn stays under
 * a second in the browser (npm run perf:strategist).
 */
export const LOOKAHEAD = { futures: 32, turns: 24 } as const;

/** The only terms a strategist proposes: its side's bots' offer, as the scenario has them. */
const OFFERS: Partial<Record<Role, Proposal>> = { beijing: BEIJING_OFFER, taipei: TAIPEI_OFFER };

/** How a seat plays in a strategist's futures: as its bot, a person or another strategist as the cautious bot. */
const fixed = (by: Seats[Role]): PolicyTemperament => (by === 'bot:hawkish' ? 'hawkish' : 'cautious');

interface Option {
  decision: string;
  proposal?: Proposal;
}

/** The options open to the seat now, what its cautious bot would do first: ties go to it. */
function optionsOf(scenario: Scenario, state: GameState, role: Role, fallback: Command): Option[] {
  const open = openDecisions(role, trackOf(state.tracks, role), factsOf(state, scenario.legal));
  const offer = OFFERS[role] && { ...OFFERS[role]!, terms: OFFERS[role]!.terms.filter((t) => scenario.terms.some((x) => x.id === t)) };
  const options: Option[] = [{ decision: fallback.decision, ...(fallback.proposal ? { proposal: fallback.proposal } : {}) }];
  for (const decision of open) {
    if (decision === fallback.decision) continue;
    if (decision !== 'proposeSettlement') options.push({ decision });
    else if (offer?.terms.length) options.push({ decision, proposal: offer });
  }
  return options;
}

/**
 * Each turn of a future rolls dice seeded by the future and the turn, so the futures of two options share every turn's
 * dice even after one option's events have drawn more than the other's (common random numbers): the options are then
 * compared on the same luck, and a difference in their scores is more nearly the options' own.
 */
const diceForTurn = (s: GameState) => seedRng(`${s.seed}|${s.turn}`).state();

/** The futures that confirm a departure from the base policy: drawn apart from those that chose it. */
const CONFIRMING = '|confirming';

/**
 * Future k of a turn: the state as it stands with its own dice, from a seed derived from the game's seed, the seat, the
 * turn and the draw (the first look, or the confirming one).
 */
function future(state: GameState, role: Role, k: number, draw: string): GameState {
  const seed = `${state.seed}|strategist${draw}|${role}|${state.turn}|${k}`;
  return { ...state, seed, rng: seedRng(seed).state() };
}

/** The seat's expected score, from its objectives, if it takes `option` now and plays on as `others[role]` after. */
function expectedScore(scenario: Scenario, state: GameState, role: Role, option: Option, others: Record<Role, PolicyTemperament>): number {
  const scores = futureScores(scenario, state, role, option, others, '');
  return scores.reduce((a, x) => a + x, 0) / scores.length;
}

/** The seat's score in each of the futures of a draw (the first look's, or the confirming one's), in order. */
function futureScores(scenario: Scenario, state: GameState, role: Role, option: Option, others: Record<Role, PolicyTemperament>, draw: string): number[] {
  const out: number[] = [];
  for (let k = 0; k < LOOKAHEAD.futures; k++) {
    const played = playTurns(scenario, future(state, role, k, draw), (s, n) => {
      if (s.outcome) return null;
      const commands = ROLES.map((r) => (r === role && n === 0 ? { turn: s.turn, role, decision: option.decision, by: 'bot:strategist' as const, ...(option.proposal ? { proposal: option.proposal } : {}) } : chooseBotCommand(scenario, s, r, others[r])));
      return { commands };
    }, { record: false, maxTurns: LOOKAHEAD.turns, diceForTurn });
    // Options are open by construction and the bots pick open decisions, so a refusal is a bug.
    if (played.stopped) throw new Error(`a strategist's future was refused: ${JSON.stringify(played.stopped)}`);
    out.push(roleScore(scenario, played.state, role));
  }
  return out;
}

/**
 * A strategist's decision: it plays each open option forward through the engine, LOOKAHEAD.futures
 * times against the other seats' bots (itself, afterwards, as the better of the fixed temperaments), and
 * takes the option with the best expected score for its role's objectives, if it beats the base policy's move again, by a
 * standard error, on another LOOKAHEAD.futures futures each. The futures' dice come from the game's seed,
 * the seat and the turn, never from the game's generator, so the choice is the same every time; and
 * like every bot's, it is recorded as an ordinary command, so a replay never runs the look-ahead again.
 */
export function chooseStrategistCommand(scenario: Scenario, state: GameState, role: Role, seats: Seats): Command {
  // The base policy is the temperament that does better from here, each played on as itself; the look-ahead then
  // departs from that temperament's move only for an option that does better still, played on the same way. Rolled out
  // only as the cautious bot, it could not see what a hawk's persistence wins, and lost to the hawk where that pays.
  const playedAs = (self: PolicyTemperament) => Object.fromEntries(ROLES.map((r) => [r, r === role ? self : fixed(seats[r])])) as Record<Role, PolicyTemperament>;
  const asBot = (self: PolicyTemperament) => {
    const move = chooseBotCommand(scenario, state, role, self);
    const option: Option = { decision: move.decision, ...(move.proposal ? { proposal: move.proposal } : {}) };
    return { self, move, score: expectedScore(scenario, state, role, option, playedAs(self)) };
  };
  // Nothing to weigh when the rules leave one option (often only holding, late in a game).
  if (openDecisions(role, trackOf(state.tracks, role), factsOf(state, scenario.legal)).length <= 1) {
    const only = chooseBotCommand(scenario, state, role, 'cautious');
    return { ...only, by: 'bot:strategist' };
  }
  const cautious = asBot('cautious');
  const hawkish = asBot('hawkish');
  const base = hawkish.score > cautious.score ? hawkish : cautious;
  const options = optionsOf(scenario, state, role, base.move);
  let best = options[0]!;
  let bestScore = base.score;
  for (const option of options.slice(1)) {
    const score = expectedScore(scenario, state, role, option, playedAs(base.self));
    if (score > bestScore) [best, bestScore] = [option, score];
  }
  best = confirmedDeparture(options[0]!, best, (option) => futureScores(scenario, state, role, option, playedAs(base.self), CONFIRMING));
  return { turn: state.turn, role, decision: best.decision, by: 'bot:strategist', ...(best.proposal ? { proposal: best.proposal } : {}) };
}

/**
 * The best of a dozen noisy estimates is biased upward: the option that won may only have had the luckiest futures. A
 * departure from the base policy's move is taken only if it wins again on futures of its own, where luck no longer chose
 * it, by at least one standard error of the difference (the two options' scores on the same futures, so paired). A gain
 * smaller than that is a change of course the dice can undo as easily as confirm: taken, it swapped the order of the
 * same decisions and lost on the real dice as often as it won. Ties go to the base move.
 */
export function confirmedDeparture<T>(baseMove: T, best: T, again: (option: T) => readonly number[]): T {
  if (best === baseMove) return baseMove;
  const base = again(baseMove);
  const gain = pairedDifference(again(best), base);
  return gain.mean > gain.se ? best : baseMove;
}
