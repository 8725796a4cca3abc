import { availableParallelism, loadavg } from 'node:os';
import { loadScenario, scenarioFiles } from '../scenarios/catalog.ts';
import { batchCode, runBatch } from './runBatch.ts';

// Prints figures; asserts nothing. Targets (issue 11): a turn within 2x of one JSON copy of its state plus
// its dice; 10,000 games of any shipped scenario in under 2 s on 2 cores.
const RUNS = 10_000;
// A turn's cost measured with the code batches run, which a batch's own thread then comes to compiled (runBatch.ts).
const { measureTurnCost } = await batchCode();
const load = () => loadavg()[0]!.toFixed(1);
console.log(`Kuroshio benchmark on ${availableParallelism()} cores, Node ${process.version}, load average ${load()}\n`);
for (const file of scenarioFiles()) {
  const scenario = loadScenario(file.id);
  if (typeof scenario === 'string') throw new Error(scenario);
  const c = measureTurnCost(scenario);
  const perGame = c.turns / c.games;
  const ratio = c.engineUs / c.floorUs;
  const batch = await runBatch({ scenarioId: file.id, variant: scenario.variant, runs: RUNS, seed: 'bench', mode: 'mixed' });
  const meets = (yes: boolean) => (yes ? 'meets' : 'MISSES');
  console.log(
    `${file.id.padEnd(18)} one thread: ${Math.round(1e6 / (c.engineUs * perGame))} games/s, ${perGame.toFixed(1)} turns/game\n` +
      `${''.padEnd(18)} per turn: ${c.engineUs.toFixed(1)} us; floor (JSON copy of the ${Math.round(c.stateBytes)}-byte state + ${c.dicePerTurn.toFixed(1)} dice): ` +
      `${c.floorUs.toFixed(1)} us; ratio ${ratio.toFixed(2)}: ${meets(ratio <= 2)} the 2x target\n` +
      `${''.padEnd(18)} ${RUNS} games on ${batch.workers} threads (this one and ${batch.workers - 1} worker${batch.workers === 2 ? '' : 's'}): ${batch.seconds} s wall, start-up included (${batch.gamesPerSecond} games/s): ` +
      `${meets(batch.seconds < 2)} the 2 s target (load average ${load()})` +
      (batch.workerCpuSeconds === null ? '' : `; the busiest thread used ${batch.workerCpuSeconds.toFixed(2)} s of CPU`),
  );
}
