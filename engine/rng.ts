import seedrandom from 'seedrandom';
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

export function seedRng(seed: string): Rng {
  return wrap(seedrandom.alea(seed, { state: true }));
}

export function restoreRng(state: RngState): Rng {
  return wrap(seedrandom.alea('', { state }));
}

function wrap(prng: seedrandom.StatefulPRNG<RngState>): Rng {
  return { next: () => prng(), state: () => prng.state() };
}
