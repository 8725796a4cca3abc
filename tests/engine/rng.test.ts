import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { keyedDraw, restoreRng, seedRng } from '../../engine/rng.ts';

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

  it('draws one number per key the same whichever key came before', () => {
    const keys: [string, string][] = [];
    for (const seed of seeds) for (const at of [0, 1, seed.length >> 1, seed.length]) keys.push([seed.slice(0, at), seed.slice(at)]);
    const first = keys.map(([prefix, rest]) => keyedDraw(prefix, rest));
    // Each key again in reverse order, so the kept prefix is both reused and replaced.
    keys.reverse().forEach(([prefix, rest], i) => expect(keyedDraw(prefix, rest), `${prefix}+${rest}`).toBe(first[first.length - 1 - i]));
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it("gives a bot's turns independent draws: how often it hesitates in 12 turns follows the binomial law", () => {
    // A cautious bot waits when its draw is under 0.3. With keys that differ only in the turn number, Mash
    // alone made one game's bot hesitate nearly every turn and another's never (chi-square near 100).
    const games = 2000, turns = 12, p = 0.3;
    const seen = new Array<number>(turns + 1).fill(0);
    for (let g = 0; g < games; g++) {
      let waits = 0;
      for (let t = 0; t < turns; t++) if (keyedDraw(`p-${g}`, `|bot|washington|${t}`) < p) waits++;
      seen[waits]!++;
    }
    const binomial = (k: number) => {
      let c = 1;
      for (let i = 0; i < k; i++) c = (c * (turns - i)) / (i + 1);
      return c * p ** k * (1 - p) ** (turns - k) * games;
    };
    // Bins 0..7 and 8 or more (each expected at least 5 times); 8 degrees of freedom, 26.1 is the 0.1% point.
    const bins: [observed: number, expected: number][] = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => [seen[k]!, binomial(k)]);
    bins.push([8, 9, 10, 11, 12].reduce<[number, number]>(([o, e], k) => [o + seen[k]!, e + binomial(k)], [0, 0]));
    const chiSquare = bins.reduce((a, [o, e]) => a + (o - e) ** 2 / e, 0);
    expect(chiSquare).toBeLessThan(26.1);
  });
});
