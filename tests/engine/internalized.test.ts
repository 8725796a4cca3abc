import { describe, expect, it } from 'vitest';
import { playGame } from '../../engine/playGame.ts';
import { botSeats } from '../../engine/seats.ts';
import { internalized } from '../../engine/internalized.ts';
import { scenarioOf } from './support.ts';

// internalized() swaps a fresh value's texts for equal ones in place (engine/internalized.ts): whatever V8 makes of
// them, the value must read the same afterwards, and a game played from it must be the same game.
describe('internalizing a value', () => {
  it('keeps its objects and every text, number and nesting as they were', () => {
    const text = JSON.stringify({ a: 'amphibiousInvasion', b: ['x', 'a long enough text', 3, null, true, { c: 'c' }], d: { e: [[`${'y'.repeat(40)}`]] }, n: 1.5 });
    const value = JSON.parse(text) as { b: unknown[] };
    const inner = value.b;
    expect(internalized(value)).toBe(value);
    expect(value.b).toBe(inner);
    expect(JSON.stringify(value)).toBe(text);
  });

  it('leaves a scenario that came between threads playing the same games', () => {
    const scenario = scenarioOf('blockade');
    const received = internalized(structuredClone(scenario));
    for (let g = 0; g < 5; g++) {
      const seed = `internalized-${g}`;
      const seats = botSeats('mixed', seed);
      expect(playGame(received, seed, seats, false).state).toEqual(playGame(scenario, seed, seats, false).state);
    }
  });
});
