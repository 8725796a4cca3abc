import { OUTCOMES, ROLES, type Outcome } from '../../../engine/index.ts';
import type { FutureResult, FuturesJob, FuturesMode, RecordedTurn } from '../../workers/futures.ts';
import type { Session } from '../session.ts';
import { outcomePhrase, t } from '../../../scenarios/words/words.ts';

// "Many futures", the pure part: the job a session makes, putting the workers' chunks back in seed
// order, and what the results say. Nothing here depends on how the seeds were split between workers.

export const FUTURES = 1000;

export const MODE_TITLE: Record<FuturesMode, string> = {
  sameDecisions: 'the same decisions',
  botsEverywhere: 'bots in every seat',
};

/** The job for a session: its recorded decisions and facilitator commands, its seats. */
export function futuresJob(s: Session, mode: FuturesMode): FuturesJob {
  const recorded: RecordedTurn[] = s.turns.map((t) => ({
    decisions: Object.fromEntries(ROLES.map((r) => {
      const c = t.commands.find((x) => x.role === r);
      return [r, { decision: c?.decision ?? 'hold', by: c?.by ?? s.setup.seats[r], ...(c?.proposal ? { proposal: c.proposal } : {}) }];
    })) as RecordedTurn['decisions'],
    facilitator: t.facilitator ?? [],
  }));
  return { scenario: s.scenario, seed: s.setup.seed, recorded, seats: { ...s.setup.seats }, mode };
}

/** Split `count` seeds into `parts` contiguous ranges [from, to), as even as can be. */
export function splitRanges(count: number, parts: number): [number, number][] {
  const n = Math.max(1, Math.min(parts, count));
  const out: [number, number][] = [];
  for (let k = 0; k < n; k++) out.push([Math.floor((k * count) / n), Math.floor(((k + 1) * count) / n)]);
  return out.filter(([a, b]) => b > a);
}

/** The workers' chunks, in whatever order they arrived, put back in seed order. */
export function mergeChunks<R>(chunks: readonly { from: number; results: readonly R[] }[], count: number): R[] {
  const out = new Array<R>(count);
  for (const c of chunks) c.results.forEach((r, k) => (out[c.from + k] = r));
  for (let i = 0; i < count; i++) if (!(i in out)) throw new Error(`future ${i} is missing from the workers' results`);
  return out;
}

export interface FuturesSummary {
  mode: FuturesMode;
  n: number;
  /** Futures per outcome, by OUTCOMES order. */
  counts: Record<Outcome, number>;
  /** Share (0-1) of futures that ended as this game did; null if this game has not ended. */
  likeThisGame: number | null;
  /** The most common outcome and its share. */
  modal: { outcome: Outcome; share: number };
  /** How many outcomes came up at all. */
  distinct: number;
  meanTurns: number;
  lngOutShare: number;
  /** Share of recorded decisions replayed as they were (the rest were closed by the rules in that future). */
  keptShare: number | null;
}

/** What a run's results say, summed in seed order. */
export function summarise(mode: FuturesMode, results: readonly FutureResult[], thisGame: Outcome | null): FuturesSummary {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  let turns = 0;
  let lngOut = 0;
  let kept = 0;
  let replaced = 0;
  for (const r of results) {
    const o = OUTCOMES[r.outcome];
    if (o) counts[o]++;
    turns += r.turns;
    lngOut += r.lngOut;
    kept += r.kept;
    replaced += r.replaced;
  }
  const n = results.length;
  const modalOutcome = OUTCOMES.reduce((best, o) => (counts[o] > counts[best] ? o : best), OUTCOMES[0]);
  return {
    mode,
    n,
    counts,
    likeThisGame: thisGame && n ? counts[thisGame] / n : null,
    modal: { outcome: modalOutcome, share: n ? counts[modalOutcome] / n : 0 },
    distinct: OUTCOMES.filter((o) => counts[o] > 0).length,
    meanTurns: n ? turns / n : 0,
    lngOutShare: n ? lngOut / n : 0,
    keptShare: kept + replaced ? kept / (kept + replaced) : null,
  };
}

/** A share as a percentage for a sentence: never "0%" or "100%" for something that did, or did not always, happen. */
export function pct(x: number): string {
  if (x > 0 && x < 0.005) return 'under 1%';
  if (x < 1 && x > 0.995) return 'over 99%';
  return `${Math.round(x * 100)}%`;
}

/**
 * How much was choice and how much chance, in a sentence or two. Chance: how far the same decisions
 * spread over other seeds. Choice: how far the class's decisions moved the odds from the bots' policy.
 */
export function choiceAndChance(thisGame: Outcome | null, same: FuturesSummary | null, bots: FuturesSummary | null): string {
  const parts: string[] = [];
  const main = same ?? bots;
  if (!main) return '';
  const by = MODE_TITLE[main.mode];
  const shareOf = (s: FuturesSummary, o: Outcome) => (s.n ? s.counts[o] / s.n : 0);
  if (!thisGame || main.likeThisGame === null) {
    parts.push(`This game has not ended yet. With ${by}, the most common ending was ${lower(main.modal.outcome)} (${pct(main.modal.share)} of futures), and ${main.distinct} different endings came up.`);
  } else {
    const p = main.likeThisGame;
    const t = lower(thisGame);
    const other = OUTCOMES.filter((o) => o !== thisGame).reduce((b, o) => (main.counts[o] > main.counts[b] ? o : b), OUTCOMES.find((o) => o !== thisGame)!);
    const otherShare = shareOf(main, other);
    if (p >= 0.8) parts.push(`Mostly choice: with ${by}, ${pct(p)} of futures ended with ${t}, as this game did; the dice rarely changed the result.`);
    else if (p <= 0.2) parts.push(`Mostly chance: with ${by}, only ${pct(p)} of futures ended with ${t} as this game did; more often (${pct(otherShare)}) they ended with ${lower(other)}.`);
    else parts.push(`Choice and chance together: with ${by}, ${pct(p)} of futures ended with ${t} as this game did, but ${pct(1 - p)} ended otherwise, most often with ${lower(other)} (${pct(otherShare)}).`);
  }
  if (same && bots) {
    const moved = totalVariation(same, bots);
    const s = same.likeThisGame;
    const b = bots.likeThisGame;
    const points = s !== null && b !== null ? Math.abs(Math.round((s - b) * 100)) : 0;
    const odds = thisGame && s !== null && b !== null
      ? ` With bots in every seat, ${pct(b)} ended with ${lower(thisGame)}: the recorded decisions made it ${t('ui.pointsMoreLikely', { points, more: s >= b })}.`
      : '';
    parts.push(`Compared with the bots' policy, the decisions changed the ending of ${pct(moved)} of futures.${odds}`);
  }
  return parts.join(' ');
}

/** Half the summed difference between two distributions: the share of futures that would change ending. */
export function totalVariation(a: FuturesSummary, b: FuturesSummary): number {
  if (!a.n || !b.n) return 0;
  return OUTCOMES.reduce((sum, o) => sum + Math.abs(a.counts[o] / a.n - b.counts[o] / b.n), 0) / 2;
}

const lower = (o: Outcome) => outcomePhrase(o);
