/**
 * The mean and standard error of `a - b`, item by item: two moves scored on the same futures, or two seats' bots on
 * the same seeds, so each pair shares its luck and the difference is more nearly the moves' own.
 */
export function pairedDifference(a: readonly number[], b: readonly number[]): { mean: number; se: number } {
  const d = a.map((x, i) => x - b[i]!);
  const mean = d.reduce((sum, x) => sum + x, 0) / d.length;
  const variance = d.reduce((sum, x) => sum + (x - mean) ** 2, 0) / Math.max(1, d.length - 1);
  return { mean, se: Math.sqrt(variance / d.length) };
}
