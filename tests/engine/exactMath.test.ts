import { describe, expect, it } from 'vitest';
import { exactExp } from '../../engine/exactMath.ts';

describe('exp from exact arithmetic', () => {
  it('agrees with Math.exp to within a few units in the last place over the range the engine uses', () => {
    for (let x = -30; x <= 30; x += 0.0137) {
      const want = Math.exp(x);
      expect(Math.abs(exactExp(x) - want) / want, `x = ${x}`).toBeLessThan(1e-15);
    }
  });

  it('handles the edges', () => {
    expect(exactExp(0)).toBe(1);
    expect(exactExp(800)).toBe(Infinity);
    expect(exactExp(-800)).toBe(0);
    expect(exactExp(Number.NaN)).toBeNaN();
  });
});
