/**
 * Mean and nearest-rank percentiles of the values that apply (nulls, or NaN in a column, are games where a metric
 * does not). Sorted as a typed array: a batch summarises thirty columns of 10,000 games, and a comparator sort
 * took a twentieth of the batch's time.
 */
export function summarise(values: ArrayLike<number | null>): { mean: number | null; p10: number | null; p50: number | null; p90: number | null; n: number } {
  const xs = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === 'number' && Number.isFinite(v)) xs[n++] = v;
  }
  if (!n) return { mean: null, p10: null, p50: null, p90: null, n: 0 };
  const sorted = xs.subarray(0, n).sort();
  const at = (q: number) => sorted[Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1))]!;
  const r = (x: number) => Math.round(x * 100) / 100;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  return { mean: r(sum / n), p10: r(at(0.1)), p50: r(at(0.5)), p90: r(at(0.9)), n };
}
