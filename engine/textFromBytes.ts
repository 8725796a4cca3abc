import { err, ok, type Result } from './types.ts';

// Files reach us as bytes from the command line, a file picker or a drop. Editors save JSON as
// UTF-8 with or without a byte-order mark, and on Windows often as UTF-16: read all of those the
// same way everywhere, and name any other encoding instead of quoting its bytes as garbage.
// Decoded by hand so the engine needs no platform API (TextDecoder is not part of the language).

/** Read bytes as text: UTF-8 (a BOM is dropped) or UTF-16 (LE or BE, by BOM or by the zero bytes of ASCII). */
export function textFromBytes(bytes: Uint8Array): Result<string> {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return utf8(bytes, 3);
  // UTF-32 first: its BOM starts like UTF-16LE's, and JSON's first character is ASCII.
  const utf32be = b0 === 0 && b1 === 0 && (b2 === 0 || (b2 === 0xfe && b3 === 0xff));
  const utf32le = bytes.length >= 4 && (b0 === 0xff ? b1 === 0xfe : b1 === 0) && b2 === 0 && b3 === 0;
  if (utf32be || utf32le) {
    return err('the file is UTF-32 text; save it as UTF-8 (or UTF-16) and try again');
  }
  if (b0 === 0xff && b1 === 0xfe) return utf16(bytes, 2, true);
  if (b0 === 0xfe && b1 === 0xff) return utf16(bytes, 2, false);
  if (bytes.length >= 2 && b0 !== 0 && b1 === 0) return utf16(bytes, 0, true);
  if (bytes.length >= 2 && b0 === 0 && b1 !== 0) return utf16(bytes, 0, false);
  return utf8(bytes, 0);
}

/** Code units to a string, in slices small enough for String.fromCharCode's argument list. */
function fromUnits(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i += 8192) parts.push(String.fromCharCode(...units.subarray(i, Math.min(length, i + 8192))));
  return parts.join('');
}

function utf16(bytes: Uint8Array, start: number, littleEndian: boolean): Result<string> {
  const name = littleEndian ? 'UTF-16LE' : 'UTF-16BE';
  if ((bytes.length - start) % 2) return err(`the file looks like ${name} text but has an odd number of bytes: it may be cut short`);
  const units = new Uint16Array((bytes.length - start) / 2);
  for (let i = 0; i < units.length; i++) {
    const a = bytes[start + 2 * i]!;
    const b = bytes[start + 2 * i + 1]!;
    units[i] = littleEndian ? a | (b << 8) : (a << 8) | b;
  }
  return ok(fromUnits(units, units.length));
}

const isContinuation = (b: number | undefined) => b !== undefined && (b & 0xc0) === 0x80;

/** Strict UTF-8: overlong forms, surrogates and bytes that start nothing are refused with where they are. */
function utf8(bytes: Uint8Array, start: number): Result<string> {
  const units = new Uint16Array(bytes.length);
  let n = 0;
  for (let i = start; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      units[n++] = b;
      i += 1;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    const second = bytes[i + 1];
    const bad = need === 0
      || !isContinuation(second)
      || (need >= 2 && !isContinuation(bytes[i + 2]))
      || (need === 3 && !isContinuation(bytes[i + 3]))
      || (b === 0xe0 && second! < 0xa0) || (b === 0xed && second! > 0x9f)
      || (b === 0xf0 && second! < 0x90) || (b === 0xf4 && second! > 0x8f);
    if (bad) {
      return err(`the file is not UTF-8 text (byte ${i + 1} is 0x${b.toString(16).padStart(2, '0')}): save it as UTF-8 and try again`);
    }
    let cp = need === 1 ? b & 0x1f : need === 2 ? b & 0x0f : b & 0x07;
    for (let k = 1; k <= need; k++) cp = (cp << 6) | (bytes[i + k]! & 0x3f);
    if (cp >= 0x10000) {
      units[n++] = 0xd800 + ((cp - 0x10000) >> 10);
      units[n++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    } else units[n++] = cp;
    i += need + 1;
  }
  return ok(fromUnits(units, n));
}
