import type { Rng } from '../rng.ts';
import type { Chance, DietApproval, GameEvent } from '../types.ts';

/**
 * A yes/no roll, as the event that reports it, so the adjudication report can show the odds and the roll; its
 * `success` is the outcome. `about` names what the roll is over where the chance code alone does not (the vote,
 * the inject).
 */
export function chance(rng: Rng, what: Chance, probability: number, about?: { vote: DietApproval } | { inject: string }): RollEvent {
  const roll = rng.next();
  const success = roll < probability;
  const p = round(probability, 4);
  const r = round(roll, 4);
  // Each shape its own literal: a spread of an empty object was a twentieth of a turn, and one in the middle of a
  // literal has V8 define every property after it through its runtime.
  if (about === undefined) return { type: 'roll', chance: what, probability: p, roll: r, success };
  if ('inject' in about) return { type: 'roll', chance: what, inject: about.inject, probability: p, roll: r, success };
  return { type: 'roll', chance: what, vote: about.vote, probability: p, roll: r, success };
}

type RollEvent = Extract<GameEvent, { type: 'roll' }>;

/** A multiplier around 1 (triangular, width ±spread): day-to-day friction on a planned rate. */
export function spread(rng: Rng, width: number): number {
  return 1 + width * (rng.next() + rng.next() - 1);
}

/** A whole count whose mean is `expected`: ships and aircraft are lost one at a time. */
export function count(rng: Rng, expected: number): number {
  if (expected <= 0) return 0;
  const x = expected * (0.5 + rng.next());
  const whole = Math.floor(x);
  return whole + (rng.next() < x - whole ? 1 : 0);
}

// Powers of ten written out: ** is implementation-approximated in JavaScript, literals are exact.
const POW10 = [1, 10, 100, 1000, 10000, 100000];

/** `x` to `digits` decimals; never -0, which a JSON round trip would turn into 0. */
export function round(x: number, digits = 2): number {
  const f = POW10[digits] ?? 1e6;
  return Math.round(x * f) / f + 0;
}

export const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
