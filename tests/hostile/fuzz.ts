// npm run fuzz [-- COUNT [SEED]]: COUNT (default 10,000) mutated inputs through each door, printing
// how many, how many were accepted, the failures (a throw, or a message no person should get) and
// the slowest input's time. Target: no failure, and no input over 1 s. A script, not a timed test.
import fc from 'fast-check';
import { faultOf, replayDoor, scenarioDoor, type Answer } from './support/doors.ts';
import { GOLDEN_REPLAYS, recordedReplay, SCENARIO_FILES } from './support/fixtures.ts';
import { describeMutation, mutate, mutation } from './support/mutate.ts';

const count = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 20261201);

const REPLAYS = [...GOLDEN_REPLAYS, {
  name: 'facilitated replay',
  text: JSON.stringify(recordedReplay('fuzz', [
    { kind: 'setParameter', path: 'shipping.noise', value: 0.3 },
    { kind: 'customInject', headline: 'Insurers withdraw', effects: [{ indicator: 'lngDays', add: -2 }] },
    { kind: 'setIndicator', indicator: 'dietSupport', value: 45 },
    { kind: 'raiseFlag', flag: 'japanAttacked' },
  ]), null, 2),
}];

function run(name: string, door: (bytes: Uint8Array) => Answer, files: { name: string; text: string }[]): boolean {
  const texts = files.map((f) => f.text);
  const names = files.map((f) => f.name);
  let done = 0;
  let accepted = 0;
  const failures: string[] = [];
  let slowest = { ms: 0, what: '' };
  const started = performance.now();
  // In batches, so ten thousand mutated files are never held at once.
  for (let batch = 0; done < count; batch++) {
    for (const m of fc.sample(mutation(files.length), { numRuns: Math.min(250, count - done), seed: seed + batch })) {
      const bytes = mutate(texts, m);
      const t0 = performance.now();
      let fault: string | null;
      try {
        const answer = door(bytes);
        if (answer.ok) accepted++;
        fault = faultOf(answer);
      } catch (e) {
        fault = `threw ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`;
      }
      const ms = performance.now() - t0;
      if (ms > slowest.ms) slowest = { ms, what: `${describeMutation(names, m)} (${bytes.length} bytes)` };
      if (fault) failures.push(`${describeMutation(names, m)}: ${fault}`);
      done++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${name}: ${done} mutated inputs in ${seconds.toFixed(1)} s, ${accepted} accepted, ${done - accepted} refused with a message, ${failures.length} failures`);
  console.log(`  slowest input: ${slowest.ms.toFixed(1)} ms (${slowest.what})`);
  for (const f of failures.slice(0, 10)) console.log(`  FAILURE: ${f}`);
  return failures.length === 0 && slowest.ms <= 1000;
}

console.log(`fuzzing with seed ${seed}`);
const replays = run('replay parser and verifier', replayDoor, REPLAYS);
const scenarios = run('scenario checker', scenarioDoor, SCENARIO_FILES);
process.exitCode = replays && scenarios ? 0 : 1;
