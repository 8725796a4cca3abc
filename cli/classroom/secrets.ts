import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET } from '../../engine/classroom/index.ts';

/** A random code of `length` Crockford base32 characters (5 bits each) from the system's secure generator. */
export function randomCode(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return out;
}

/** What is stored of a device token: its hash, so a copy of the database cannot be used to act as a device. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Compare a secret in constant time (both hashed first, so their lengths give nothing away). */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
