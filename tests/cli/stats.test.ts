import { describe, expect, it } from 'vitest';
import { summarise } from '../../cli/stats.ts';

describe('a batch metric summary', () => {
  it('gives the mean and nearest-rank percentiles of the games a metric applies to', () => {
    const values = [null, 10, 3, NaN, 7, 1, 9, 2, 8, 4, 6, 5, null];
    expect(summarise(values)).toEqual({ mean: 5.5, p10: 1, p50: 5, p90: 9, n: 10 });
    expect(summarise(Float64Array.from([2, NaN, 1]))).toEqual({ mean: 1.5, p10: 1, p50: 1, p90: 2, n: 2 });
  });

  it('says nothing of a metric no game has', () => {
    expect(summarise([null, NaN])).toEqual({ mean: null, p10: null, p50: null, p90: null, n: 0 });
  });
});
