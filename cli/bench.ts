import { availableParallelism } from 'node:os';
import { allBots, playGame } from '../engine/index.ts';
import { loadScenario, scenarioFiles } from '../scenarios/catalog.ts';
import { runBatch } from './runBatch.ts';

// Prints figures; asserts nothing. Target (issue 2): 10,000 games of any shipped scenario in under 10 s on 2 cores.
const RUNS = 10_000;
console.log(`Kuroshio benchmark on ${availableParallelism()} cores, Node ${process.version}\n`);
for (const file of scenarioFiles()) {
  const scenario = loadScenario(file.id);
  if (typeof scenario === 'string') throw new Error(scenario);
  // One thread, after a warm-up so memoised machine queries and the JIT are in place.
  for (let i = 0; i < 200; i++) playGame(scenario, `warm-${i}`, allBots(i % 2 ? 'hawkish' : 'cautious'), false);
  const n = 2000;
  const t0 = performance.now();
  let turns = 0;
  for (let i = 0; i < n; i++) turns += playGame(scenario, `bench-${i}`, allBots(i % 2 ? 'hawkish' : 'cautious'), false).state.turn;
  const s = (performance.now() - t0) / 1000;
  const batch = await runBatch({ scenarioId: file.id, variant: scenario.variant, runs: RUNS, seed: 'bench', mode: 'mixed' });
  const verdict = batch.seconds < 10 ? 'meets' : 'MISSES';
  console.log(
    `${file.id.padEnd(20)} one thread: ${Math.round(n / s)} games/s (${Math.round(turns / s)} turns/s, ${(turns / n).toFixed(1)} turns/game)\n` +
      `${''.padEnd(20)} ${RUNS} game batch on ${batch.workers} workers: ${batch.seconds} s wall (${batch.gamesPerSecond} games/s): ${verdict} the 10 s target`,
  );
}
