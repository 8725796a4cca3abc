/** Mean and nearest-rank percentiles of the values that apply (nulls are games where a metric does not). */
export function summarise(values: readonly (number | null)[]): { mean: number | null; p10: number | null; p50: number | null; p90: number | null; n: number } {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return { mean: null, p10: null, p50: null, p90: null, n: 0 };
  const at = (q: number) => xs[Math.min(xs.length - 1, Math.max(0, Math.ceil(q * xs.length) - 1))]!;
  const r = (x: number) => Math.round(x * 100) / 100;
  return { mean: r(xs.reduce((a, b) => a + b, 0) / xs.length), p10: r(at(0.1)), p50: r(at(0.5)), p90: r(at(0.9)), n: xs.length };
}
