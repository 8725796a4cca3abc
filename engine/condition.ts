import type { Comparison, Condition } from './scenario.ts';
import type { GameState } from './types.ts';

function compare(a: number, op: Comparison, b: number): boolean {
  switch (op) {
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    case '>=': return a >= b;
  }
}

/** Evaluate a scenario's condition (inject triggers, end conditions, objectives' measures) against the state. */
export function holds(c: Condition, s: GameState): boolean {
  // Loops rather than every/some: a closure per call was a twentieth of a batch's garbage.
  if ('all' in c) {
    for (const x of c.all) if (!holds(x, s)) return false;
    return true;
  }
  if ('any' in c) {
    for (const x of c.any) if (holds(x, s)) return true;
    return false;
  }
  if ('not' in c) return !holds(c.not, s);
  if ('track' in c) return c.in.includes((s.tracks[c.track] as Record<string, string>)[c.region]!);
  if ('indicator' in c) return compare(s.indicators[c.indicator], c.op, c.value);
  if ('force' in c) return compare(s.forces[c.force], c.op, c.value);
  if ('flag' in c) return s.flags[c.flag] === true;
  if ('portSeized' in c) return s.forces.portSeized === c.portSeized;
  if ('outcome' in c) return s.outcome !== null && c.outcome.includes(s.outcome);
  if ('losses' in c) return compare(s.indicators[c.losses][c.side], c.op, c.value);
  if ('gdp' in c) return compare(s.indicators.gdpImpactPct[c.gdp], c.op, c.value);
  return s.turn >= c.turnAtLeast;
}
