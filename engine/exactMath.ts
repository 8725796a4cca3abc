/**
 * exp() from IEEE-754 arithmetic alone. JavaScript's + - * / are exactly specified, but Math.exp
 * is "implementation-approximated": engines may differ in the last bit, and a state built with
 * it could then differ between browsers. The engine uses this instead, so the same inputs give
 * the same state in every engine (design principle 1).
 */
const LN2 = 0.6931471805599453;
// ln 2 in two parts (fdlibm's): k * LN2_HI is exact for the k used here, so r keeps its precision.
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;

export function exactExp(x: number): number {
  if (x !== x) return NaN;
  if (x > 709) return Infinity;
  if (x < -745) return 0;
  // x = k ln2 + r with |r| <= ln2 / 2; e^r by its Taylor series, then scaled by 2^k.
  const k = Math.round(x / LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  let term = 1;
  let sum = 1;
  for (let n = 1; n < 24; n++) {
    term = (term * r) / n;
    sum += term;
  }
  let scale = 1;
  const two = k >= 0 ? 2 : 0.5;
  for (let i = Math.abs(k); i > 0; i--) scale *= two;
  return sum * scale;
}
