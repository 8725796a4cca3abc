import { describe, expect, it } from 'vitest';
import { describeBounds, PARAMETER_BOUNDS, type Bounds } from '../../engine/index.ts';
import { defaults } from '../../scenarios/catalog.ts';
import { paramsSchema } from '../../scenarios/schema.ts';

/** Every numeric leaf of the defaults, by path. */
function leaves(v: unknown, path = ''): [string, number][] {
  if (typeof v === 'number') return [[path, v]];
  return Object.entries(v as object).flatMap(([k, x]) => leaves(x, path ? `${path}.${k}` : k));
}

const withValue = (path: string, value: number) => {
  const params = structuredClone(defaults().params) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce((node, k) => node[k] as Record<string, unknown>, params);
  parent[keys[keys.length - 1]!] = value;
  return params;
};

describe('one table of parameter bounds', () => {
  it('names every parameter the game has, and nothing else', () => {
    expect(Object.keys(PARAMETER_BOUNDS).sort()).toEqual(leaves(defaults().params).map(([p]) => p).sort());
  });

  it('is the scenario format\'s range for every parameter: its ends accepted, just outside them refused', () => {
    for (const [path, b] of Object.entries(PARAMETER_BOUNDS) as [string, Bounds][]) {
      expect(paramsSchema.safeParse(withValue(path, b.min)).success, `${path} = ${b.min}`).toBe(true);
      expect(paramsSchema.safeParse(withValue(path, b.max)).success, `${path} = ${b.max}`).toBe(true);
      expect(paramsSchema.safeParse(withValue(path, b.min - 0.01)).success, `${path} below`).toBe(false);
      expect(paramsSchema.safeParse(withValue(path, b.max + 0.01)).success, `${path} above`).toBe(false);
    }
  });

  it('says a range in words', () => {
    expect(describeBounds(PARAMETER_BOUNDS['shipping.noise'])).toBe('a number from 0 to 1');
    expect(describeBounds(PARAMETER_BOUNDS['politics.warPowersDays'])).toBe('a whole number from 1 to 3650');
  });
});
