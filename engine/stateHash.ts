import { hashValue } from './hash.ts';
import type { GameState } from './types.ts';

/** The hash of a whole state, recorded per turn in replays to find where two runs part. */
export const stateHash = (s: GameState): string => hashValue(s);
