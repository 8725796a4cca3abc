// Fuzzing both parsers with mutations of the real files: whatever the input, no throw, an answer
// with a message when refused, and no message with a stack trace or a raw control character.
// `npm run fuzz` runs ten thousand of each and prints the slowest; this keeps the suite fast.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { faultOf, replayDoor, scenarioDoor, type Answer } from './support/doors.ts';
import { GOLDEN_REPLAYS, recordedReplay, SCENARIO_FILES } from './support/fixtures.ts';
import { describeMutation, mutate, mutation } from './support/mutate.ts';

const RUNS = 300;

/** The golden replays, and one with facilitator commands of every kind so their fields get mutated too. */
const REPLAYS = [...GOLDEN_REPLAYS, {
  name: 'facilitated replay',
  text: JSON.stringify(recordedReplay('fuzz', [
    { kind: 'setParameter', path: 'shipping.noise', value: 0.3 },
    { kind: 'customInject', headline: 'Insurers withdraw', effects: [{ indicator: 'lngDays', add: -2 }] },
    { kind: 'setIndicator', indicator: 'dietSupport', value: 45 },
    { kind: 'raiseFlag', flag: 'japanAttacked' },
  ]), null, 2),
}];

function fuzz(door: (bytes: Uint8Array) => Answer, files: { name: string; text: string }[]): void {
  const texts = files.map((f) => f.text);
  const names = files.map((f) => f.name);
  fc.assert(fc.property(mutation(files.length), (m) => {
    let answer: Answer;
    try {
      answer = door(mutate(texts, m));
    } catch (e) {
      throw new Error(`${describeMutation(names, m)}: threw ${(e as Error).stack}`);
    }
    const fault = faultOf(answer);
    if (fault) throw new Error(`${describeMutation(names, m)}: ${fault}`);
  }), { numRuns: RUNS });
}

describe('fuzzing with mutated real files', () => {
  it('the replay door answers every mutated replay in words', () => {
    fuzz(replayDoor, REPLAYS);
  });

  it('the scenario door answers every mutated scenario file in words', () => {
    fuzz(scenarioDoor, SCENARIO_FILES);
  });

  it('unmutated files pass through their doors, so the fuzzers reach verification and resolution', () => {
    for (const f of REPLAYS) expect(replayDoor(new TextEncoder().encode(f.text)), f.name).toEqual({ ok: true, messages: [] });
    for (const f of SCENARIO_FILES) expect(scenarioDoor(new TextEncoder().encode(f.text)), f.name).toEqual({ ok: true, messages: [] });
  });
});
