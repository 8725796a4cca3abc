// Random mutations of real files, as bytes: a careless editor's and a careful attacker's changes
// to a replay or a scenario file, then saved in some encoding. Shared by the fuzz test (a few
// hundred inputs per run) and `npm run fuzz` (ten thousand).
import fc from 'fast-check';
import { encode } from './fixtures.ts';

/** Strings that have broken parsers and terminals: escape sequences, bidi, huge, prototype names, number-like. */
const STRINGS = [
  '\x1b[2J\x1b[Hok: 20 turns match', '\x1b]0;pwned\x07', '\u009b31m', 'abc\u202edcba', 'zero\u200bwidth', 'line\u2028break', '\u0000', '\ud800',
  'A'.repeat(100_000), `<${' '.repeat(50_000)}`, '<script>alert(1)</script>', '', ' ', '1', '-1', 'NaN', 'Infinity', '__proto__', 'constructor',
  'toString', 'golden-2', 'blockade', 'hold', '../../etc/passwd', '台湾有事', 'a'.repeat(64), 'shipping.noise', '0'.repeat(28),
];

/** Raw JSON text (or near-JSON) put where a value was. */
const VALUES = [
  '1e999', '-1e999', '1e-999', '-0', '9007199254740993', `1${'0'.repeat(400)}`, '0.1', '5', '-5', '1000000', '2.5', 'NaN', 'Infinity', 'undefined',
  'null', 'true', 'false', '[]', '{}', '"1"', '[[]]', `${'['.repeat(2000)}${']'.repeat(2000)}`, `${'['.repeat(50_000)}${']'.repeat(50_000)}`, `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`,
  '{"__proto__": {"polluted": true}}', '{"a": 1, "a": 2}', `[${'1,'.repeat(50_000)}1]`, "'single'", '"unterminated',
  ...STRINGS.map((s) => JSON.stringify(s)),
];

/** Text spliced in anywhere: JSON punctuation, controls, a BOM mid-file, surrogates, escapes. */
const SNIPPETS = ['{', '}', '[', ']', '"', '\\', ',', ':', '\x1b[2J', '\u0000', '\ufeff', '\ud83d', '\\u', '\\ud800', '\n', '\t', '\r', 'null', '"__proto__":1,', '//', '/*', 'é', '語'];

const ENCODINGS = ['utf8', 'utf8', 'utf8', 'utf8', 'utf8bom', 'utf16le', 'utf16lebom', 'utf16be', 'utf16bebom', 'utf32le', 'latin1'] as const;

type Structural = { at: number; op: 'replace' | 'delete' | 'addKey' | 'wrap' | 'duplicateKey'; value: number; key: number };
type Textual = { at: number; op: 'insert' | 'delete' | 'duplicate' | 'truncate' | 'replace'; length: number; snippet: number };
export interface Mutation {
  source: number;
  structural: readonly Structural[];
  textual: readonly Textual[];
  encoding: (typeof ENCODINGS)[number];
  flips: readonly (readonly [number, number])[];
}

const structural = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('replace', 'delete', 'addKey', 'wrap', 'duplicateKey'),
  value: fc.nat(VALUES.length - 1),
  key: fc.nat(STRINGS.length - 1),
}) as fc.Arbitrary<Structural>;
const textual = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('insert', 'delete', 'duplicate', 'truncate', 'replace'),
  length: fc.integer({ min: 1, max: 200 }),
  snippet: fc.nat(SNIPPETS.length - 1),
}) as fc.Arbitrary<Textual>;

/** A mutation of one of `sources` files; sometimes none at all, so valid files go the whole way through too. */
export const mutation = (sources: number): fc.Arbitrary<Mutation> =>
  fc.record({
    source: fc.nat(sources - 1),
    structural: fc.array(structural, { maxLength: 3 }),
    textual: fc.oneof({ weight: 2, arbitrary: fc.constant<Textual[]>([]) }, { weight: 1, arbitrary: fc.array(textual, { minLength: 1, maxLength: 3 }) }),
    encoding: fc.constantFrom(...ENCODINGS),
    flips: fc.oneof({ weight: 4, arbitrary: fc.constant<[number, number][]>([]) }, { weight: 1, arbitrary: fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 4 }) }),
  });

const MARK = '"@@mutated@@"';

/** Paths to values in a JSON document, root first: the first 20,000, no deeper than 100 (the mutator's own bounds). */
function paths(value: unknown): (string | number)[][] {
  const out: (string | number)[][] = [];
  const todo: [unknown, (string | number)[]][] = [[value, []]];
  while (todo.length && out.length < 20_000) {
    const [v, path] = todo.pop()!;
    out.push(path);
    if (v && typeof v === 'object' && path.length < 100) for (const [k, x] of Object.entries(v)) todo.push([x, [...path, Array.isArray(v) ? Number(k) : k]]);
  }
  return out;
}

function applyStructural(text: string, m: Structural): string {
  const doc = JSON.parse(text) as unknown;
  const all = paths(doc);
  const path = all[m.at % all.length]!;
  if (!path.length) return m.op === 'wrap' ? `[${text}]` : VALUES[m.value]!;
  const parent = path.slice(0, -1).reduce<any>((node, k) => node[k], doc);
  const key = path[path.length - 1]!;
  let raw = VALUES[m.value]!;
  switch (m.op) {
    case 'replace': parent[key] = MARK.slice(1, -1); break;
    case 'delete': if (Array.isArray(parent)) parent.splice(Number(key), 1); else delete parent[key]; return JSON.stringify(doc, null, 2);
    case 'wrap': raw = JSON.stringify([parent[key]]); parent[key] = MARK.slice(1, -1); break;
    case 'addKey':
      if (Array.isArray(parent) || !parent || typeof parent !== 'object') return JSON.stringify(doc, null, 2);
      parent[MARK.slice(1, -1)] = 0;
      return JSON.stringify(doc, null, 2).replace(`${MARK}: 0`, `${JSON.stringify(STRINGS[m.key])}: ${raw}`);
    case 'duplicateKey':
      if (Array.isArray(parent)) return JSON.stringify(doc, null, 2);
      parent[MARK.slice(1, -1)] = 0;
      return JSON.stringify(doc, null, 2).replace(`${MARK}: 0`, `${JSON.stringify(String(key))}: ${raw}`);
  }
  return JSON.stringify(doc, null, 2).replace(MARK, raw);
}

function applyTextual(text: string, m: Textual): string {
  const at = m.at % (text.length + 1);
  switch (m.op) {
    case 'insert': return text.slice(0, at) + SNIPPETS[m.snippet] + text.slice(at);
    case 'delete': return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate': return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case 'truncate': return text.slice(0, at);
    case 'replace': return text.slice(0, at) + SNIPPETS[m.snippet] + text.slice(at + 1);
  }
}

/** The mutated file's bytes. Structural changes apply while the text is still JSON; after that, text changes. */
export function mutate(sources: readonly string[], m: Mutation): Uint8Array {
  let text = sources[m.source]!;
  for (const s of m.structural) {
    try {
      text = applyStructural(text, s);
    } catch {
      // No longer JSON (or too deep for JSON.stringify after an earlier change): text changes only from here.
      break;
    }
  }
  for (const t of m.textual) text = applyTextual(text, t);
  const bytes = m.encoding === 'latin1' ? Buffer.from(text, 'latin1') : encode(text, m.encoding);
  const out = Uint8Array.from(bytes);
  for (const [at, value] of m.flips) if (out.length) out[at % out.length] = value;
  return out;
}

/** A short account of a mutation, for a failure report. */
export const describeMutation = (names: readonly string[], m: Mutation) =>
  `${names[m.source]}: ${[...m.structural.map((s) => `${s.op} #${s.at} ${s.op === 'replace' ? VALUES[s.value]?.slice(0, 30) : ''}`), ...m.textual.map((t) => `${t.op}@${t.at}`)].join(', ') || 'unchanged'}; ${m.encoding}${m.flips.length ? `; ${m.flips.length} bytes flipped` : ''}`;
