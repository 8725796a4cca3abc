import { ROLES, TEMPERAMENTS, verdictAtCheckpoint, type BotTemperament, type Role, type Verdict } from '../engine/index.ts';
import { OUTCOME_VALUE } from './outcomeValues.ts';
import type { PolicySeats } from './batchGames.ts';
import { metricOf, playBatches } from './runBatch.ts';
import { SEAT_POLICIES } from './seatPolicies.ts';

export interface PolicyFigures {
  policy: string;
  says: string;
  outcomes: Record<string, number>;
  /** Mean of the seat's own ranking of the endings (cli/outcomeValues.ts), 0 to 1. */
  value: number;
  /** Policies this one never beats on a seed and sometimes loses to, for this seat. */
  dominatedBy: string[];
}

export interface SeatSensitivity {
  role: Role;
  /** Share of seeds whose outcome differs between the seat's cautious and hawkish bot, every other seat unchanged. */
  changedByTemperament: number;
  /** Share of seeds on which any two of the seat's policies end differently. */
  changedByAnyPolicy: number;
  policies: PolicyFigures[];
  /** A policy at least as good as every other on every seed and better on some, if there is one. */
  dominant: string | null;
}

export interface VarianceSplit {
  profiles: number;
  total: number;
  choice: number;
  chance: number;
  choiceShare: number;
}

export interface Sensitivity {
  scenario: string;
  variant: string;
  runs: number;
  seed: string;
  seats: SeatSensitivity[];
  /**
   * The outcome's variance (Gini impurity of the one-hot outcome) split into the part between profiles of the
   * seats' play (choice) and within them (chance: the dice), over two sets of profiles: the 16 of cautious and
   * hawkish bots, and every combination of the policies compared per seat (which adds holding every turn and
   * Tokyo's partial courses, the decisions a team can take that neither bot does).
   */
  variance: { temperaments: VarianceSplit; policies: VarianceSplit };
  /** Outcome shares per profile, e.g. "beijing:hawkish tokyo:cautious ...". */
  profiles: { profile: Record<Role, BotTemperament>; outcomes: Record<string, number> }[];
  seconds: number;
}

const shares = (byGame: string[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const o of byGame) out[o] = (out[o] ?? 0) + 1 / byGame.length;
  return out;
};
const gini = (p: Record<string, number>) => 1 - Object.values(p).reduce((a, x) => a + x * x, 0);

/** Every assignment of one of its policies (cli/seatPolicies.ts) to each seat: 5 x 3 x 3 x 3 = 135 profiles today. */
export function policyProfiles(): Record<Role, string>[] {
  let out: Partial<Record<Role, string>>[] = [{}];
  for (const role of ROLES) out = out.flatMap((p) => Object.keys(SEAT_POLICIES[role]).map((policy) => ({ ...p, [role]: policy })));
  return out as Record<Role, string>[];
}

const isTemperament = (policy: string): policy is BotTemperament => (TEMPERAMENTS as readonly string[]).includes(policy);

/** The pooled outcome's Gini impurity, and the mean impurity within a profile (chance); choice is the rest. */
function splitVariance(byProfile: Record<string, number>[]): VarianceSplit {
  const pooled: Record<string, number> = {};
  for (const p of byProfile) for (const [k, v] of Object.entries(p)) pooled[k] = (pooled[k] ?? 0) + v / byProfile.length;
  const total = gini(pooled);
  const chance = byProfile.reduce((a, p) => a + gini(p), 0) / byProfile.length;
  return { profiles: byProfile.length, total, choice: total - chance, chance, choiceShare: total > 0 ? (total - chance) / total : 0 };
}

/**
 * What each seat's choices change and how much of the outcome is choice rather than chance. Per seat: the same
 * seeds played under each of its policies (cli/seatPolicies.ts), the other seats as mixed bots; an option is
 * dominated when, seed by seed, it never ends better for that seat and sometimes worse. Then every combination
 * of the seats' policies over the same seeds, to split the outcome's variance into choice and chance, over all
 * of them and over the 16 where every seat is a cautious or hawkish bot.
 */
export async function sensitivity(o: { scenarioId: string; variant: string; runs: number; seed: string; workers?: number; onProgress?: (done: number, total: number) => void }): Promise<Sensitivity> {
  const started = performance.now();
  const seatJobs = ROLES.flatMap((role) => Object.keys(SEAT_POLICIES[role]).map((policy) => ({ role, policy })));
  const profileList = policyProfiles();
  const jobs: PolicySeats[] = [...seatJobs.map(({ role, policy }) => ({ [role]: policy })), ...profileList];
  const { games } = await playBatches({ scenarioId: o.scenarioId, variant: o.variant, runs: o.runs, seed: o.seed, mode: 'mixed', workers: o.workers, onProgress: o.onProgress }, jobs);
  // An invasion is judged at its checkpoint, as the published games were (engine/metrics.ts); other games by their ending.
  const outcomesOf = (j: number) => games[j]!.outcomes.map((outcome, i) => verdictAtCheckpoint(outcome, metricOf(games[j]!, 'checkpointTrend', i)));

  const seats: SeatSensitivity[] = ROLES.map((role) => {
    const played = seatJobs.flatMap((job, j) => (job.role === role ? [{ policy: job.policy, says: SEAT_POLICIES[role][job.policy]!.says, byGame: outcomesOf(j) }] : []));
    const value = OUTCOME_VALUE[role];
    const beats = (a: Verdict[], b: Verdict[]) => a.some((x, i) => value[x] > value[b[i]!]);
    const policies: PolicyFigures[] = played.map((p) => ({
      policy: p.policy,
      says: p.says,
      outcomes: shares(p.byGame),
      value: p.byGame.reduce((a, x) => a + value[x], 0) / o.runs,
      dominatedBy: played.filter((q) => q !== p && beats(q.byGame, p.byGame) && !beats(p.byGame, q.byGame)).map((q) => q.policy),
    }));
    const byName = new Map(played.map((p) => [p.policy, p.byGame]));
    const cautious = byName.get('cautious')!;
    const hawkish = byName.get('hawkish')!;
    // Dominant: every other policy is dominated by it.
    const dominant = policies.find((p) => policies.every((q) => q === p || q.dominatedBy.includes(p.policy)));
    return {
      role,
      changedByTemperament: cautious.filter((x, i) => x !== hawkish[i]).length / o.runs,
      changedByAnyPolicy: cautious.filter((_, i) => new Set(played.map((p) => p.byGame[i])).size > 1).length / o.runs,
      policies,
      dominant: dominant?.policy ?? null,
    };
  });
  const played = profileList.map((profile, k) => ({ profile, outcomes: shares(outcomesOf(seatJobs.length + k)) }));
  const profiles = played.filter((p) => ROLES.every((role) => isTemperament(p.profile[role]))) as Sensitivity['profiles'];
  return {
    scenario: o.scenarioId, variant: o.variant, runs: o.runs, seed: o.seed, seats,
    variance: { temperaments: splitVariance(profiles.map((p) => p.outcomes)), policies: splitVariance(played.map((p) => p.outcomes)) },
    profiles,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}
