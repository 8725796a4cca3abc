import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJson } from '../../engine/index.ts';

const problem = (text: string, maxDepth?: number) => {
  const r = readJson(text, maxDepth);
  return r.ok ? 'ok' : `${r.error.line}:${r.error.column} expected ${r.error.expected}, found ${r.error.found}`;
};

describe('readJson: untrusted JSON, checked before it is parsed', () => {
  it('agrees with JSON.parse on what is JSON, for any JSON value and for arbitrary text', () => {
    fc.assert(fc.property(fc.json(), (text) => {
      const r = readJson(text);
      // The one JSON it refuses here is a "__proto__" key (fc.json nests far less than 64 deep).
      return r.ok ? JSON.stringify(r.value) === JSON.stringify(JSON.parse(text)) : !r.error.syntax && text.includes('"__proto__"');
    }), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
      let valid = true;
      try {
        JSON.parse(text.replace(/^\ufeff/, ''));
      } catch {
        valid = false;
      }
      const r = readJson(text);
      // The reader also refuses repeated keys and __proto__, which JSON.parse allows.
      return r.ok === valid || (!r.ok && !r.error.syntax);
    }), { numRuns: 500 });
  });

  it.each([
    ['', '1:1 expected a value (an object, array, string, number, true, false or null), found the end of the text'],
    ['{"a": 1,}', '1:9 expected a key in double quotes, found "}"'],
    ['[1 2]', '1:4 expected "," or "]", found "2]"'],
    ['{"a"\n  1}', '2:3 expected ":" after the key, found "1}"'],
    ['"tab\there"', '1:5 expected no control character inside a string (write it as an escape such as \\n), found "\\there\\""'],
    ['01', '1:2 expected the end of the text after the value, found "1"'],
    ['NaN', '1:1 expected a value (an object, array, string, number, true, false or null), found "NaN"'],
    ['{"a": 1, "a": 2}', '1:10 expected each key once in an object, found "a" a second time'],
    ['{"__proto__": {}}', '1:2 expected no key named "__proto__", found that key'],
    ['[[[1]]]', '1:3 expected objects and arrays nested at most 2 deep, found "[1]]]"'],
  ])('refuses %j with where and why', (text, expected) => {
    expect(problem(text, text === '[[[1]]]' ? 2 : undefined)).toBe(expected);
  });

  it('accepts a leading BOM, a repeated key in different objects, and escapes that spell the same key apart', () => {
    expect(readJson('\ufeff{"a": [{"k": 1}, {"k": 2}]}')).toEqual({ ok: true, value: { a: [{ k: 1 }, { k: 2 }] } });
    expect(problem('{"seed": 1, "\\u0073eed": 2}')).toMatch(/found "seed" a second time/);
  });

  it('reads a million-deep nesting without recursing', () => {
    expect(problem('['.repeat(1_000_000))).toMatch(/^1:65 expected objects and arrays nested at most 64 deep/);
  });
});
