import { OUTCOMES, ROLES, type Outcome } from '../../../engine/index.ts';
import type { FutureResult, FuturesJob, FuturesMode, RecordedTurn } from '../../workers/futures.ts';
import type { Session } from '../session.ts';
import { language, outcomePhrase, t } from '../../../scenarios/words/words.ts';

// "Many futures", the pure part: the job a session makes, putting the workers' chunks back in seed
// order, and what the results say. Nothing here depends on how the seeds were split between workers.

export const FUTURES = 1000;

/** How the futures were played, as a phrase inside a sentence ("with the same decisions"); said when used. */
export const modeTitle = (m: FuturesMode): string => t(`ui.futures.mode.${m}`);

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
  const by = modeTitle(main.mode);
  const shareOf = (s: FuturesSummary, o: Outcome) => (s.n ? s.counts[o] / s.n : 0);
  if (!thisGame || main.likeThisGame === null) {
    parts.push(t('ui.futures.notEnded', { by, ending: lower(main.modal.outcome), share: pct(main.modal.share), distinct: main.distinct }));
  } else {
    const p = main.likeThisGame;
    const ending = lower(thisGame);
    const other = OUTCOMES.filter((o) => o !== thisGame).reduce((b, o) => (main.counts[o] > main.counts[b] ? o : b), OUTCOMES.find((o) => o !== thisGame)!);
    const otherShare = shareOf(main, other);
    if (p >= 0.8) parts.push(t('ui.futures.choice', { by, share: pct(p), ending }));
    else if (p <= 0.2) parts.push(t('ui.futures.chance', { by, share: pct(p), ending, otherShare: pct(otherShare), other: lower(other) }));
    else parts.push(t('ui.futures.both', { by, share: pct(p), ending, rest: pct(1 - p), other: lower(other), otherShare: pct(otherShare) }));
  }
  if (same && bots) {
    const moved = totalVariation(same, bots);
    const s = same.likeThisGame;
    const b = bots.likeThisGame;
    const points = s !== null && b !== null ? Math.abs(Math.round((s - b) * 100)) : 0;
    const odds = thisGame && s !== null && b !== null
      ? t('ui.futures.odds', { share: pct(b), ending: lower(thisGame), likely: t('ui.pointsMoreLikely', { points, more: s >= b }) })
      : '';
    parts.push(t('ui.futures.changed', { share: pct(moved), odds }));
  }
  // Japanese and Chinese sentences follow one another without a space.
  return parts.join(language() === 'en' ? ' ' : '');
}

/** Half the summed difference between two distributions: the share of futures that would change ending. */
export function totalVariation(a: FuturesSummary, b: FuturesSummary): number {
  if (!a.n || !b.n) return 0;
  return OUTCOMES.reduce((sum, o) => sum + Math.abs(a.counts[o] / a.n - b.counts[o] / b.n), 0) / 2;
}

const lower = (o: Outcome) => outcomePhrase(o);
