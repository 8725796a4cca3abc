import type { RngState } from './types.ts';

/**
 * The one seeded generator. Its state lives in the game state, so a game can be stopped, printed as
 * JSON and resumed anywhere with the same sequence (alea: fast, 83-byte state; engineering.md).
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  state(): RngState;
}

/**
 * Johannes Baagøe's Alea, number for number as seedrandom 3.0.5's `alea` (a test compares them). Written
 * out because seedrandom builds five closures per generator, and the engine seeds one per bot per turn:
 * seeding was a tenth of a batch's time.
 */
class Alea implements Rng {
  constructor(
    private c: number,
    private s0: number,
    private s1: number,
    private s2: number,
  ) {}

  next(): number {
    const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10; // 2^-32
    this.s0 = this.s1;
    this.s1 = this.s2;
    return (this.s2 = t - (this.c = t | 0));
  }

  state(): RngState {
    return { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 };
  }
}

/** Baagøe's Mash: hashes `data` into the running value `n`; the result is the new `n`. */
function mash(n: number, data: string): number {
  for (let i = 0; i < data.length; i++) {
    n += data.charCodeAt(i);
    let h = 0.02519603282416938 * n;
    n = h >>> 0;
    h -= n;
    h *= n;
    n = h >>> 0;
    h -= n;
    n += h * 0x100000000; // 2^32
  }
  return n;
}

const unit = (n: number) => (n >>> 0) * 2.3283064365386963e-10; // 2^-32

// Seeding starts by mashing three spaces, the same for every seed: done once.
const SPACES: number[] = [];
let MASHED = 0xefc8249d;
for (let k = 0; k < 3; k++) SPACES.push(unit((MASHED = mash(MASHED, ' '))));

export function seedRng(seed: string): Rng {
  let n = MASHED;
  const s: number[] = [];
  for (let k = 0; k < 3; k++) {
    n = mash(n, seed);
    const x = SPACES[k]! - unit(n);
    s.push(x < 0 ? x + 1 : x);
  }
  return new Alea(1, s[0]!, s[1]!, s[2]!);
}

/** Wellons' lowbias32: every input bit flips each output bit with probability near one half. */
function avalanche(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * One uniform number in [0, 1) for the key `prefix + rest`, for a stream of which only one number is wanted
 * (a bot's hesitation each turn). Mash reads a string one character at a time, so the pass over `prefix` (a
 * game's seed, the same for every turn) is kept from the last call. Mash alone is not enough here: keys that
 * differ only in their last characters ("|bot|tokyo|7", "|8", "|9") came out as an arithmetic progression mod 1
 * through Alea's first step, so one seed's bot hesitated turn after turn and another's never did. The avalanche
 * over both halves of Mash's value makes neighbouring keys independent (tests/engine/rng.test.ts measures it).
 */
export function keyedDraw(prefix: string, rest: string, end = ''): number {
  if (prefix !== lastPrefix.text) lastPrefix = { text: prefix, n: mash(MASHED, prefix) };
  // The key's last part apart: mashing two strings in turn is mashing them joined, without a string made to join them.
  const n = mash(mash(lastPrefix.n, rest), end);
  const fraction = ((n - Math.floor(n)) * 0x100000000) >>> 0;
  return avalanche((n >>> 0) ^ avalanche(fraction)) * 2.3283064365386963e-10; // 2^-32
}

let lastPrefix = { text: '', n: MASHED };

export function restoreRng(state: RngState): Rng {
  return new Alea(state.c, state.s0, state.s1, state.s2);
}
