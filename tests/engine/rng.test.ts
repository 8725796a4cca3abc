import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { firstDraw, restoreRng, seedRng } from '../../engine/rng.ts';

// The engine's Alea must draw exactly what seedrandom's did: every recorded game depends on it.
describe('the seeded generator', () => {
  const seeds = ['', ' ', 'classroom-1', 'bench#9999|seats', 'w-1|bot|washington|12', '与那国島 🌊', 'x'.repeat(300)];

  it('draws the same numbers and states as seedrandom 3.0.5 alea', () => {
    for (const seed of seeds) {
      const ours = seedRng(seed);
      const theirs = seedrandom.alea(seed, { state: true });
      expect(ours.state(), seed).toEqual(theirs.state());
      for (let i = 0; i < 2000; i++) expect(ours.next(), `${seed} #${i}`).toBe(theirs());
      expect(JSON.stringify(ours.state())).toBe(JSON.stringify(theirs.state()));
    }
  });

  it('continues the same sequence from a state read back from JSON', () => {
    const rng = seedRng('resume');
    for (let i = 0; i < 17; i++) rng.next();
    const copy = restoreRng(JSON.parse(JSON.stringify(rng.state())));
    const theirs = seedrandom.alea('', { state: rng.state() });
    for (let i = 0; i < 500; i++) {
      const x = rng.next();
      expect(copy.next()).toBe(x);
      expect(theirs()).toBe(x);
    }
  });

  it('gives the first number of a seeded stream from a prefix and the rest, whichever prefix came before', () => {
    const splits: [string, string][] = [];
    for (const seed of seeds) for (const at of [0, 1, seed.length >> 1, seed.length]) splits.push([seed.slice(0, at), seed.slice(at)]);
    // Each split twice and interleaved, so the kept prefix is both reused and replaced.
    for (const [prefix, rest] of [...splits, ...splits.reverse()]) {
      expect(firstDraw(prefix, rest), `${prefix}+${rest}`).toBe(seedRng(prefix + rest).next());
      expect(firstDraw(prefix, rest)).toBe(seedrandom.alea(prefix + rest)());
    }
  });
});
