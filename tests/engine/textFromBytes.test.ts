import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textFromBytes } from '../../engine/index.ts';
import { encode } from '../hostile/support/fixtures.ts';

const TEXT = '{"title": "台湾 — blockade 😀", "n": 1}';

describe('textFromBytes: the encodings editors save JSON in', () => {
  it.each(['utf8', 'utf8bom', 'utf16le', 'utf16lebom', 'utf16be', 'utf16bebom'] as const)('reads %s', (as) => {
    expect(textFromBytes(encode(TEXT, as))).toEqual({ ok: true, value: TEXT });
  });

  it('decodes any text written as UTF-8 exactly as the platform does', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => {
      const r = textFromBytes(new TextEncoder().encode(`{ ${s}`));
      return r.ok && r.value === `{ ${s}`;
    }), { numRuns: 300 });
  });

  it('refuses what strict UTF-8 refuses, naming the byte', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      // Two ASCII bytes first, as every JSON file has: a zero second byte would mean UTF-16.
      const b = Uint8Array.from([0x7b, 0x20, ...bytes]);
      let strict: string | null;
      try {
        strict = new TextDecoder('utf-8', { fatal: true }).decode(b);
      } catch {
        strict = null;
      }
      const r = textFromBytes(b);
      return strict === null ? !r.ok && /not UTF-8 text \(byte \d+ is 0x[0-9a-f]{2}\)/.test(r.error) : r.ok && r.value === strict;
    }), { numRuns: 1000 });
  });

  it('names UTF-32 and a UTF-16 file cut in half', () => {
    expect(textFromBytes(encode(TEXT, 'utf32le'))).toEqual({ ok: false, error: expect.stringMatching(/UTF-32/) });
    expect(textFromBytes(Uint8Array.from([0x00, 0x00, 0x00, 0x7b]))).toEqual({ ok: false, error: expect.stringMatching(/UTF-32/) });
    expect(textFromBytes(encode(TEXT, 'utf16lebom').subarray(0, 9))).toEqual({ ok: false, error: expect.stringMatching(/UTF-16LE text but has an odd number of bytes/) });
  });
});
