import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstHidden, printable, quoted } from '../../engine/index.ts';

const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

describe('printable: outside text made safe to show on one line', () => {
  it.each([
    ['\x1b[2J', '\\x1b[2J'],
    ['\x1b]0;title\x07', '\\x1b]0;title\\x07'],
    ['\u009b31m', '\\x9b31m'],
    ['a\u202eb', 'a\\u{202e}b'],
    ['zero\u200bwidth', 'zero\\u{200b}width'],
    ['one\ntwo\r\tthree', 'one\\ntwo\\r\\tthree'],
    ['sep\u2028arator', 'sep\\u{2028}arator'],
    ['bom\ufeff', 'bom\\u{feff}'],
    ['lone \ud800 surrogate', 'lone \\u{d800} surrogate'],
    ['台湾 and é stay as they are', '台湾 and é stay as they are'],
  ])('shows %j as %s', (input, shown) => {
    expect(printable(input)).toBe(shown);
  });

  it('cuts long text with an ellipsis, within the length asked for, never inside an escape or a surrogate pair', () => {
    expect(printable('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(printable('x'.repeat(10), 10)).toBe('x'.repeat(10));
    expect(printable(`${'x'.repeat(8)}\x1b[2J`, 10)).toBe(`${'x'.repeat(8)}…`);
    expect(printable(`${'x'.repeat(8)}😀😀`, 10)).toBe(`${'x'.repeat(8)}…`);
  });

  it('quotes with quotes and backslashes escaped, so a value cannot close its own quotes', () => {
    expect(quoted('say "ok" \\ done')).toBe('"say \\"ok\\" \\\\ done"');
  });

  it('never lets a hidden character through, whatever the text, and is stable when applied twice', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 2, max: 300 }), (s, max) => {
      const shown = printable(s, max);
      return !HIDDEN.test(shown) && [...shown].length <= max && printable(shown, Infinity) === shown;
    }), { numRuns: 500 });
  });

  it('finds the first hidden character', () => {
    expect(firstHidden('plain text')).toBe(-1);
    expect(firstHidden('ab\u202ecd\x1b')).toBe(2);
  });
});
