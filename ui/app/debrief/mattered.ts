import { OUTCOMES, type Actor, type Outcome, type Role } from '../../../engine/index.ts';
import { decisionLabel, listText, outcomePhrase, roleName, t, turnText } from '../../../scenarios/words/words.ts';
import { matteredPlan, playUnits, unitCount, type MatteredJob, type MatteredPlan } from '../../workers/mattered.ts';
import type { Session } from '../session.ts';
import { pct } from './futures.ts';

// "Which decisions mattered", what the page does with the workers' results: the job a session
// makes, how many seeds fit the time budget, and which decisions moved the outcome most, in words.

/**
 * Turns the page may ask the workers to play, summed over every continuation. The engine plays about
 * 20,000 turns a second on each of two cores in Chromium (docs/benchmarks.md), so this is about 4 s of
 * work on a quiet 2-core machine, leaving room under the 10 s target for a busy one.
 */
export const TURN_BUDGET = 160_000;
/** Fewer seeds than this and chance drowns most effects; more than this buys little. */
export const MIN_SEEDS = 40;
export const MAX_SEEDS = 400;
/** How many decisions the debrief lists. */
export const SHOWN = 5;
/** A change smaller than this is never listed, however steady the futures: a few futures in a hundred is not a finding. */
export const MIN_CHANGE = 0.05;

/** The job for a session: its log and seats, and a number of seeds to be set by `seedsWithin`. */
export function matteredJob(s: Session, seeds = MIN_SEEDS): MatteredJob {
  return {
    scenario: s.scenario,
    seed: s.setup.seed,
    log: s.turns.map((x) => ({ commands: x.commands, ...(x.facilitator ? { facilitator: x.facilitator } : {}) })),
    seats: { ...s.setup.seats },
    seeds,
  };
}

/**
 * The turns a plan will play, per seed: a continuation from turn k runs to about the game's own end, a
 * few turns more where the dice prolong it, so it is counted as (turns played - k + 2).
 */
export function turnsPerSeed(plan: MatteredPlan): number {
  const played = plan.job.log.length;
  return plan.variants.reduce((sum, v) => sum + Math.max(1, played - v.turn + 2), 0);
}

/** Seeds per way of playing a turn that fit the budget, between MIN_SEEDS and MAX_SEEDS. */
export function seedsWithin(plan: MatteredPlan, budget = TURN_BUDGET): number {
  const per = turnsPerSeed(plan);
  return per ? Math.max(MIN_SEEDS, Math.min(MAX_SEEDS, Math.floor(budget / per))) : MIN_SEEDS;
}

/** The plan for a session with its seeds set by the budget. */
export function budgetedPlan(s: Session, budget = TURN_BUDGET): MatteredPlan {
  const probe = matteredPlan(matteredJob(s));
  return { ...probe, job: { ...probe.job, seeds: seedsWithin(probe, budget) } };
}

/** One alternative to a decision, and how the endings of its futures differ from the decision taken's. */
export interface AlternativeEffect {
  decision: string;
  /** Futures per outcome, by OUTCOMES order. */
  counts: number[];
  /** Total variation from the decision taken: the share of futures whose ending would change. */
  change: number;
  /** The outcome whose share moved most, with its share here and under the decision taken. */
  outcome: Outcome;
  share: number;
  baseShare: number;
}

/** A decision a seat took, and what its alternatives did to the ending. */
export interface DecisionEffect {
  turn: number;
  role: Role;
  taken: string;
  by: Actor;
  /** Futures per outcome under the decisions taken that turn, by OUTCOMES order. */
  base: number[];
  /** Every alternative open then, the one that moved the ending most first. */
  alternatives: AlternativeEffect[];
  /** The largest change any alternative made. */
  change: number;
  /** Other turns in which the same seat's same alternative also moved the ending beyond chance (listed once, under its largest). */
  alsoIn: number[];
}

export interface MatteredSummary {
  seeds: number;
  /** Every decision that had an alternative, the one whose alternatives moved the ending most first. */
  decisions: DecisionEffect[];
  /**
   * The change chance alone makes with this many seeds: the total variation expected between two sets
   * of futures drawn from the same distribution, averaged over the turns.
   */
  chance: number;
  /** Changes up to this are not read as the decision's doing: twice `chance`, and at least MIN_CHANGE. */
  threshold: number;
  /**
   * The decisions whose largest change is beyond chance, at most SHOWN of them; a seat's same
   * alternative in several turns is shown once, at the turn where it moved the ending most.
   */
  shown: DecisionEffect[];
  variants: number;
  units: number;
  turns: number;
}

const countsOf = (outcomes: readonly number[], from: number, n: number): number[] => {
  const c = new Array<number>(OUTCOMES.length).fill(0);
  for (let i = from; i < from + n; i++) if (outcomes[i]! >= 0) c[outcomes[i]!]!++;
  return c;
};

/** Half the summed difference of two distributions given as counts over the same n. */
export const changeOf = (a: readonly number[], b: readonly number[], n: number): number =>
  n ? a.reduce((sum, x, o) => sum + Math.abs(x - b[o]!), 0) / (2 * n) : 0;

/**
 * The total variation expected by chance alone between two independent sets of n futures from the
 * distribution `counts`: each share's difference is about normal with variance 2p(1-p)/n, whose mean
 * absolute value is 2 sqrt(p(1-p)/(pi n)); half the sum over outcomes.
 */
export function chanceChange(counts: readonly number[], n: number): number {
  if (!n) return 0;
  return counts.reduce((sum, c) => {
    const p = c / n;
    return sum + Math.sqrt((p * (1 - p)) / (Math.PI * n));
  }, 0);
}

/**
 * What the plan's results say: for each decision taken, each alternative's ending distribution against
 * the decision taken's (the same seeds), ranked by the largest change. `outcomes` is every unit's
 * outcome in unit order.
 */
export function summariseMattered(plan: MatteredPlan, outcomes: readonly number[]): MatteredSummary {
  const n = plan.job.seeds;
  if (outcomes.length !== unitCount(plan)) throw new Error(`expected ${unitCount(plan)} results, got ${outcomes.length}`);
  const byKey = new Map<string, DecisionEffect>();
  const baseOf = new Map<number, number[]>();
  plan.variants.forEach((v, k) => {
    const counts = countsOf(outcomes, k * n, n);
    if (!v.role || !v.decision) {
      baseOf.set(v.turn, counts);
      return;
    }
    const base = baseOf.get(v.turn)!;
    const key = `${v.turn}|${v.role}`;
    let d = byKey.get(key);
    if (!d) {
      const taken = plan.recorded[v.turn]!.decisions[v.role];
      d = { turn: v.turn, role: v.role, taken: taken?.decision ?? 'hold', by: taken?.by ?? plan.job.seats[v.role], base, alternatives: [], change: 0, alsoIn: [] };
      byKey.set(key, d);
    }
    let most = 0;
    for (let o = 1; o < OUTCOMES.length; o++) if (Math.abs(counts[o]! - base[o]!) > Math.abs(counts[most]! - base[most]!)) most = o;
    const change = changeOf(counts, base, n);
    d.alternatives.push({ decision: v.decision, counts, change, outcome: OUTCOMES[most]!, share: counts[most]! / n, baseShare: base[most]! / n });
    d.change = Math.max(d.change, change);
  });
  const decisions = [...byKey.values()];
  for (const d of decisions) d.alternatives.sort((a, b) => b.change - a.change);
  decisions.sort((a, b) => b.change - a.change || a.turn - b.turn);
  const bases = [...baseOf.values()];
  const chance = bases.length ? bases.reduce((s, b) => s + chanceChange(b, n), 0) / bases.length : 0;
  const threshold = Math.max(MIN_CHANGE, 2 * chance);
  return {
    seeds: n,
    decisions,
    chance,
    threshold,
    shown: shownOf(decisions, threshold),
    variants: plan.variants.length,
    units: outcomes.length,
    turns: baseOf.size,
  };
}

function shownOf(ranked: readonly DecisionEffect[], threshold: number): DecisionEffect[] {
  const shown: DecisionEffect[] = [];
  for (const d of ranked) {
    if (d.change <= threshold) break;
    const same = shown.find((x) => x.role === d.role && x.alternatives[0]!.decision === d.alternatives[0]!.decision);
    if (same) same.alsoIn.push(d.turn);
    else if (shown.length < SHOWN) shown.push(d);
  }
  for (const d of shown) d.alsoIn.sort((a, b) => a - b);
  return shown;
}

/** Everything in one thread: the plan's every unit played here, then summarised (tests, the CLI's measurement). */
export function whichDecisionsMattered(job: MatteredJob): MatteredSummary {
  const plan = matteredPlan(job);
  return summariseMattered(plan, playUnits(plan, 0, unitCount(plan)));
}

/** What the exports take from the section: the finding, each decision shown in words, and the timing. */
export interface MatteredExport {
  finding: string;
  decisions: { sentence: string; detail: string }[];
  timing: string;
}

/** "Had Tokyo chosen “Consent…” in turn 3 instead of “Hold”, the game would have ended with … in 71% of futures instead of 40%." */
export function matteredSentence(d: DecisionEffect): string {
  const a = d.alternatives[0]!;
  return t('ui.mattered.had', {
    role: roleName(d.role),
    alternative: decisionLabel(d.role, a.decision),
    turn: turnText(d.turn),
    taken: decisionLabel(d.role, d.taken),
    outcome: outcomePhrase(a.outcome),
    share: pct(a.share),
    baseShare: pct(a.baseShare),
  });
}

/** Who took the decision, and how much of the ending it moved. */
export function matteredDetail(d: DecisionEffect, n: number): string {
  const others = d.alternatives.slice(1, 4).map((a) => t('ui.mattered.otherAlternative', { alternative: decisionLabel(d.role, a.decision), change: pct(a.change) }));
  const detail = t('ui.mattered.detail', { by: t(`actor.${d.by}`), change: pct(d.alternatives[0]!.change), seeds: n, others: others.join('; '), more: others.length > 0 });
  return d.alsoIn.length ? `${detail} ${t('ui.mattered.alsoIn', { turns: listText(d.alsoIn.map(turnText)) })}` : detail;
}

/** What the run found, in a sentence: how many decisions moved the ending beyond chance. */
export function matteredFinding(s: MatteredSummary): string {
  if (!s.decisions.length) return t('ui.mattered.noAlternatives');
  if (!s.shown.length) return t('ui.mattered.noneBeyondChance', { seeds: s.seeds, chance: pct(s.threshold) });
  return t('ui.mattered.found', { count: s.shown.length, seeds: s.seeds, chance: pct(s.threshold) });
}
