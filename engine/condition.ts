import type { Comparison, Condition } from './scenario.ts';
import { trackOf } from './tracks.ts';
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
  let test = tests.get(c);
  if (!test) tests.set(c, (test = testOf(c)));
  return test(s);
}

// Each condition is turned into a function once: asking which kind a condition is, `in` after `in` on objects of
// a dozen shapes, was most of evaluating it, and a turn evaluates every inject's and end condition's. The
// function reads the condition's fields when it runs, as `holds` did; one that combines others holds their
// functions, rather than looking each up again every time it runs.
const tests = new WeakMap<Condition, (s: GameState) => boolean>();

function testOf(c: Condition): (s: GameState) => boolean {
  if ('all' in c) {
    const parts = c.all.map(testOf);
    return (s) => {
      for (const t of parts) if (!t(s)) return false;
      return true;
    };
  }
  if ('any' in c) {
    const parts = c.any.map(testOf);
    return (s) => {
      for (const t of parts) if (t(s)) return true;
      return false;
    };
  }
  if ('not' in c) {
    const part = testOf(c.not);
    return (s) => !part(s);
  }
  if ('track' in c) return (s) => c.in.includes((trackOf(s.tracks, c.track) as Record<string, string>)[c.region]!);
  if ('indicator' in c) return (s) => compare(s.indicators[c.indicator], c.op, c.value);
  if ('force' in c) return (s) => compare(s.forces[c.force], c.op, c.value);
  if ('flag' in c) return (s) => s.flags[c.flag] === true;
  if ('portSeized' in c) return (s) => s.forces.portSeized === c.portSeized;
  if ('outcome' in c) return (s) => s.outcome !== null && c.outcome.includes(s.outcome);
  if ('losses' in c) return (s) => compare(s.indicators[c.losses][c.side], c.op, c.value);
  if ('gdp' in c) return (s) => compare(s.indicators.gdpImpactPct[c.gdp], c.op, c.value);
  return (s) => s.turn >= c.turnAtLeast;
}
