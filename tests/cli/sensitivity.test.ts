import { describe, expect, it } from 'vitest';
import { runGames } from '../../cli/batchGames.ts';
import { OUTCOME_VALUE } from '../../cli/outcomeValues.ts';
import { sensitivity } from '../../cli/sensitivity.ts';
import { ROLES } from '../../engine/index.ts';
import { scenarioOf } from '../engine/support.ts';

const RUNS = 12;
const SEED = 'sensitivity-test';

describe('the sensitivity report', () => {
  const report = sensitivity({ scenarioId: 'blockade', variant: 'base', runs: RUNS, seed: SEED, workers: 1 });

  it("counts a seat's flips seed by seed, with every other seat playing as it would have", async () => {
    const r = await report;
    const scenario = scenarioOf('blockade', 'base');
    for (const role of ['beijing', 'tokyo'] as const) {
      const cautious = runGames(scenario, SEED, 'mixed', 0, RUNS, undefined, { [role]: 'cautious' }).map((g) => g.outcome);
      const hawkish = runGames(scenario, SEED, 'mixed', 0, RUNS, undefined, { [role]: 'hawkish' }).map((g) => g.outcome);
      const flips = cautious.filter((o, i) => o !== hawkish[i]).length / RUNS;
      expect(r.seats.find((s) => s.role === role)!.changedByTemperament).toBe(flips);
    }
  });

  it("values each policy by its own seat's ranking of the endings, and names only real dominance", async () => {
    const r = await report;
    expect(r.seats.map((s) => s.role)).toEqual([...ROLES]);
    for (const seat of r.seats) {
      for (const p of seat.policies) {
        const value = Object.entries(p.outcomes).reduce((a, [o, share]) => a + share * OUTCOME_VALUE[seat.role][o as keyof (typeof OUTCOME_VALUE)['tokyo']], 0);
        expect(p.value).toBeCloseTo(value, 9);
        // A dominated policy is never worth more on average than the one that dominates it.
        for (const other of p.dominatedBy) expect(seat.policies.find((q) => q.policy === other)!.value).toBeGreaterThan(p.value);
      }
      if (seat.dominant) expect(seat.policies.filter((p) => p.policy !== seat.dominant).every((p) => p.dominatedBy.includes(seat.dominant!))).toBe(true);
    }
  });

  it("splits the outcome variance into choice and chance over the bots' 16 profiles and over every combination of policies", async () => {
    const r = await report;
    expect(r.profiles).toHaveLength(16);
    expect(r.variance.temperaments.profiles).toBe(16);
    expect(r.variance.policies.profiles).toBe(5 * 3 * 3 * 3);
    for (const v of [r.variance.temperaments, r.variance.policies]) {
      expect(v.choice + v.chance).toBeCloseTo(v.total, 9);
      expect(v.chance).toBeGreaterThanOrEqual(0);
      expect(v.choiceShare).toBeGreaterThanOrEqual(0);
      expect(v.choiceShare).toBeLessThanOrEqual(1);
    }
    // The bots' split is the one over their 16 profiles' own outcomes, pooled with equal weight.
    const pooled: Record<string, number> = {};
    for (const p of r.profiles) for (const [k, v] of Object.entries(p.outcomes)) pooled[k] = (pooled[k] ?? 0) + v / 16;
    expect(r.variance.temperaments.total).toBeCloseTo(1 - Object.values(pooled).reduce((a, x) => a + x * x, 0), 9);
  });
});
