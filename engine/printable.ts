// Outside text (a file's content, a name typed on a command line) must never drive a terminal or
// hide what it says: every message that quotes it goes through here.

/**
 * Characters that act instead of showing: controls (C0, DEL, C1: escape sequences start here),
 * format characters (bidi overrides, zero-width, BOM), line and paragraph separators, and lone
 * surrogates. A character class with no quantifier: linear over any input.
 */
import type { FreeText, Refusal } from './types.ts';

const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text a replay records and a terminal may show: at most `max` characters, nothing hidden (the replay format refuses the same). */
export function plainLineRefusal(what: FreeText, text: string, max: number): Refusal | null {
  if (text.length > max) return { code: 'textTooLong', what, max };
  const at = firstHidden(text);
  return at === -1 ? null : { code: 'hiddenCharacter', what, at: at + 1, character: escapeOf(String.fromCodePoint(text.codePointAt(at)!)) };
}

/** How a hidden character is shown: `\x1b`, `\u202e`, `\n`. */
export function escapeOf(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.codePointAt(0)!;
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/** Where the first hidden character is (index into the string), or -1. */
export function firstHidden(text: string): number {
  const m = HIDDEN.exec(text);
  return m ? m.index : -1;
}

/**
 * Text made safe to show in one line: hidden characters written as visible escapes, and anything
 * longer than `max` characters cut with an ellipsis. Reads no more of `text` than it shows.
 */
export function printable(text: string, max = 80): string {
  return visible(text, max, false);
}

/** A value quoted for a message: `"like this"`, with quotes and backslashes inside escaped too. */
export function quoted(text: string, max = 60): string {
  return `"${visible(text, max, true)}"`;
}

function visible(text: string, max: number, inQuotes: boolean): string {
  let out = '';
  // The length of `out` at the last character boundary where an ellipsis still fits after it.
  let cut = 0;
  for (const char of text) {
    const piece = HIDDEN.test(char) ? escapeOf(char) : inQuotes && (char === '"' || char === '\\') ? `\\${char}` : char;
    if (out.length + piece.length > max) return `${out.slice(0, cut)}…`;
    out += piece;
    if (out.length < max) cut = out.length;
  }
  return out;
}
