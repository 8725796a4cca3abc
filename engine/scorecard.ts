import { holds } from './condition.ts';
import type { Condition, LossKind, Objective, Scenario } from './scenario.ts';
import { ROLES, type BooleanFlag, type Economy, type GameState, type NumericForce, type NumericIndicator, type Role, type Side } from './types.ts';

/** How an objective stands: met, partly met, or missed. */
export type Grade = 'met' | 'partly' | 'missed';
export const GRADES: readonly Grade[] = ['met', 'partly', 'missed'];

/** What a grade is worth in a role's score: partly is half way. */
const WORTH: Record<Grade, number> = { met: 1, partly: 0.5, missed: 0 };

/** A figure a measure reads, named as its condition names it. */
export type FigureOf =
  | { indicator: NumericIndicator }
  | { force: NumericForce }
  | { flag: BooleanFlag }
  | { losses: LossKind; side: Side }
  | { gdp: Economy }
  | { track: Role; region: string }
  | { outcome: true }
  | { portSeized: true }
  | { turn: true };

/** A figure behind a grade, and its value in the state judged. */
export interface Figure {
  of: FigureOf;
  value: number | string | boolean | null;
}

export interface ObjectiveCard extends Objective {
  grade: Grade;
  figures: Figure[];
}

export interface RoleCard {
  role: Role;
  /** The mean worth of its objectives' grades, 0 to 1. */
  score: number;
  objectives: ObjectiveCard[];
}

export type Scorecard = Record<Role, RoleCard>;

export function gradeOf(o: Objective, s: GameState): Grade {
  if (holds(o.met, s)) return 'met';
  return o.partly && holds(o.partly, s) ? 'partly' : 'missed';
}

/** A role's score alone, 0 to 1: what a strategist compares, without the figures. */
export function roleScore(scenario: Scenario, s: GameState, role: Role): number {
  const objectives = scenario.objectives[role];
  return objectives.reduce((sum, o) => sum + WORTH[gradeOf(o, s)], 0) / objectives.length;
}

/** The figures a condition reads, each once, in the order it names them. */
function figuresOf(c: Condition): FigureOf[] {
  if ('all' in c) return c.all.flatMap(figuresOf);
  if ('any' in c) return c.any.flatMap(figuresOf);
  if ('not' in c) return figuresOf(c.not);
  if ('track' in c) return [{ track: c.track, region: c.region }];
  if ('indicator' in c) return [{ indicator: c.indicator }];
  if ('force' in c) return [{ force: c.force }];
  if ('flag' in c) return [{ flag: c.flag }];
  if ('portSeized' in c) return [{ portSeized: true }];
  if ('outcome' in c) return [{ outcome: true }];
  if ('losses' in c) return [{ losses: c.losses, side: c.side }];
  if ('gdp' in c) return [{ gdp: c.gdp }];
  return [{ turn: true }];
}

function valueOf(f: FigureOf, s: GameState): Figure['value'] {
  if ('track' in f) return (s.tracks[f.track] as Record<string, string>)[f.region] ?? null;
  if ('indicator' in f) return s.indicators[f.indicator];
  if ('force' in f) return s.forces[f.force];
  if ('flag' in f) return s.flags[f.flag];
  if ('portSeized' in f) return s.forces.portSeized;
  if ('outcome' in f) return s.outcome;
  if ('losses' in f) return s.indicators[f.losses][f.side];
  if ('gdp' in f) return s.indicators.gdpImpactPct[f.gdp];
  return s.turn;
}

function figures(o: Objective, s: GameState): Figure[] {
  const seen = new Set<string>();
  return [...figuresOf(o.met), ...(o.partly ? figuresOf(o.partly) : [])]
    .filter((f) => !seen.has(JSON.stringify(f)) && Boolean(seen.add(JSON.stringify(f))))
    .map((of) => ({ of, value: valueOf(of, s) }));
}

/**
 * How each side did against its briefing's objectives, in a finished game or one still going on:
 * each objective met, partly met or missed with the figures behind it, and a score from 0 to 1.
 */
export function scorecard(scenario: Scenario, s: GameState): Scorecard {
  return Object.fromEntries(ROLES.map((role) => {
    const objectives = scenario.objectives[role].map((o) => ({ ...o, grade: gradeOf(o, s), figures: figures(o, s) }));
    const score = objectives.reduce((sum, o) => sum + WORTH[o.grade], 0) / objectives.length;
    return [role, { role, score, objectives }];
  })) as Scorecard;
}
