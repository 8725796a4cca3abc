import { quoted } from './printable.ts';
import { err, ok, type Result } from './types.ts';

/** Where JSON text goes wrong, in the words of a message: at line L, column C, expected X, found Y. */
export interface JsonProblem {
  /** True when the text is not JSON at all; false for JSON this reader refuses (too deep, a repeated key). */
  syntax: boolean;
  line: number;
  column: number;
  expected: string;
  found: string;
}

/** Deep enough for every real file (a scenario's conditions nest about ten deep), shallow enough that nothing after overflows a stack. */
export const MAX_JSON_DEPTH = 64;

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPES = new Set('"\\/bfnrtu');
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (ch: string) => (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');

/**
 * Parse untrusted JSON text: first one iterative pass that checks the syntax, the nesting depth,
 * and that no object repeats a key or names `__proto__` (a repeated key hides a value from whoever
 * reads the file; the parser would keep the last), then JSON.parse. A leading BOM is allowed.
 * Never recurses, never throws, and the problem says where it is and quotes the text visibly.
 */
export function readJson(text: string, maxDepth = MAX_JSON_DEPTH): Result<unknown, JsonProblem> {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const start = i;
  // One entry per open container: the keys seen so far for an object, null for an array.
  const open: (Set<string> | null)[] = [];
  const fail = (expected: string, at = i, syntax = true) => err(problemAt(text, at, expected, syntax));
  const skipSpace = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };

  /** Moves past a string starting at i; returns an expectation if it is not one. */
  const skipString = (): string | null => {
    i++;
    for (;;) {
      if (i >= n) return 'a closing double quote';
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c < 0x20) return 'no control character inside a string (write it as an escape such as \\n)';
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === undefined || !ESCAPES.has(e)) return 'an escape such as \\n, \\" or \\u0041 after the backslash';
        if (e === 'u' && !(isHex(text[i + 2] ?? '') && isHex(text[i + 3] ?? '') && isHex(text[i + 4] ?? '') && isHex(text[i + 5] ?? ''))) return 'four hex digits after \\u';
        i += e === 'u' ? 6 : 2;
      } else i++;
    }
  };

  /** Moves past a number starting at i, or returns what was expected. */
  const skipNumber = (): string | null => {
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.charCodeAt(i) === 0x30) i++;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
    else return 'a digit';
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!isDigit(text.charCodeAt(i))) return 'a digit after the decimal point';
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!isDigit(text.charCodeAt(i))) return 'a digit in the exponent';
      while (isDigit(text.charCodeAt(i))) i++;
    }
    return null;
  };

  // 'value': a value is due; 'key': a key or (if `closable`) the end of the object is due; 'after': a value just ended.
  let mode: 'value' | 'key' | 'after' = 'value';
  let closable = false;
  for (;;) {
    skipSpace();
    if (mode === 'key') {
      const c = text[i];
      if (closable && c === '}') {
        i++;
        open.pop();
        mode = 'after';
        continue;
      }
      if (c !== '"') return fail(closable ? 'a key in double quotes, or "}"' : 'a key in double quotes');
      const at = i;
      const bad = skipString();
      if (bad) return fail(bad);
      const raw = text.slice(at, i);
      const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      const keys = open[open.length - 1]!;
      if (key === '__proto__') return err({ ...problemAt(text, at, 'no key named "__proto__"', false), found: 'that key' });
      if (keys.has(key)) return err({ ...problemAt(text, at, 'each key once in an object', false), found: `${quoted(key)} a second time` });
      keys.add(key);
      skipSpace();
      if (text[i] !== ':') return fail('":" after the key');
      i++;
      mode = 'value';
      continue;
    }
    if (mode === 'value') {
      const c = text[i];
      if (c === '{' || c === '[') {
        if (open.length >= maxDepth) return fail(`objects and arrays nested at most ${maxDepth} deep`, i, false);
        i++;
        open.push(c === '{' ? new Set() : null);
        skipSpace();
        if (c === '{') {
          mode = 'key';
          closable = true;
        } else if (text[i] === ']') {
          i++;
          open.pop();
          mode = 'after';
        }
        continue;
      }
      let bad: string | null = null;
      if (c === '"') bad = skipString();
      else if (c === '-' || (c !== undefined && isDigit(c.charCodeAt(0)))) bad = skipNumber();
      else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else bad = 'a value (an object, array, string, number, true, false or null)';
      if (bad) return fail(bad);
      mode = 'after';
      continue;
    }
    // After a value: the end of the text, or a comma or the end of the enclosing container.
    if (!open.length) {
      if (i < n) return fail('the end of the text after the value');
      break;
    }
    const inObject = open[open.length - 1] !== null;
    const c = text[i];
    if (c === ',') {
      i++;
      mode = inObject ? 'key' : 'value';
      closable = false;
    } else if (c === (inObject ? '}' : ']')) {
      i++;
      open.pop();
    } else return fail(inObject ? '"," or "}"' : '"," or "]"');
  }
  return ok(JSON.parse(start ? text.slice(start) : text));
}

function problemAt(text: string, at: number, expected: string, syntax: boolean): JsonProblem {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < at; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  const found = at >= text.length ? 'the end of the text' : quoted(text.slice(at, at + 12), 16);
  return { syntax, line, column: at - lineStart + 1, expected, found };
}

/** The problem as one line: `at line 3, column 7: expected ..., found ...`. */
export const describeJsonProblem = (p: JsonProblem): string => `at line ${p.line}, column ${p.column}: expected ${p.expected}, found ${p.found}`;

/**
 * The path to the first object or array nested deeper than `maxDepth` in an already parsed value,
 * or null: the same limit for values that did not come through readJson. Iterative, so a value
 * nested thousands deep (or a cycle) is found, not overflowed on.
 */
export function tooDeep(value: unknown, maxDepth = MAX_JSON_DEPTH): (string | number)[] | null {
  const todo: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
  while (todo.length) {
    const { v, path } = todo.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (path.length >= maxDepth) return path;
    for (const [k, x] of Object.entries(v)) todo.push({ v: x, path: [...path, Array.isArray(v) ? Number(k) : k] });
  }
  return null;
}
