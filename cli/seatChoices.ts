import type { Role } from '../engine/index.ts';
import type { SeatMode } from './batchGames.ts';
import { runBatch } from './runBatch.ts';
import { SEAT_POLICIES } from './seatPolicies.ts';

export interface PolicyResult {
  policy: string;
  says: string;
  /** Share of games ending in each outcome. */
  outcomes: Record<string, number>;
  /** Share of seeds whose outcome differs from the reference policy's (the first) on the same seed. */
  changedFromReference: number;
  /** Total variation distance from the reference policy's outcome distribution (0 to 1). */
  distanceFromReference: number;
}

export interface SeatChoices {
  scenario: string;
  variant: string;
  role: Role;
  runs: number;
  seed: string;
  bots: SeatMode;
  policies: PolicyResult[];
}

/** Total variation distance between two outcome distributions given as shares. */
export function totalVariation(a: Record<string, number>, b: Record<string, number>): number {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  let d = 0;
  for (const k of keys) d += Math.abs((a[k] ?? 0) - (b[k] ?? 0));
  return d / 2;
}

/**
 * What one seat's choices change: the same seeds played with that seat under each of its policies and
 * every other seat as the bots would play it, so the only difference between two rows is the seat.
 */
export async function seatChoices(o: { scenarioId: string; variant: string; role: Role; runs: number; seed: string; mode: SeatMode; workers?: number }): Promise<SeatChoices> {
  const results: { policy: string; says: string; byGame: string[]; outcomes: Record<string, number> }[] = [];
  for (const [policy, p] of Object.entries(SEAT_POLICIES[o.role])) {
    const r = await runBatch({ scenarioId: o.scenarioId, variant: o.variant, runs: o.runs, seed: o.seed, mode: o.mode, workers: o.workers, policies: { [o.role]: policy }, perGame: true });
    const outcomes = Object.fromEntries(Object.entries(r.outcomes).filter(([, n]) => n > 0).map(([k, n]) => [k, n / o.runs]));
    results.push({ policy, says: p.says, byGame: r.outcomesByGame!, outcomes });
  }
  const ref = results[0]!;
  return {
    scenario: o.scenarioId, variant: o.variant, role: o.role, runs: o.runs, seed: o.seed, bots: o.mode,
    policies: results.map((r) => ({
      policy: r.policy,
      says: r.says,
      outcomes: r.outcomes,
      changedFromReference: r.byGame.filter((x, i) => x !== ref.byGame[i]).length / o.runs,
      distanceFromReference: totalVariation(r.outcomes, ref.outcomes),
    })),
  };
}
