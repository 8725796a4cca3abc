import { parentPort } from 'node:worker_threads';
import { internalized } from '../engine/internalized.ts';
import type { Scenario } from '../engine/scenario.ts';
import { runGameColumns, type GameColumns, type PolicySeats, type SeatMode } from './batchGames.ts';
import { threadCpuSeconds } from './threadCpu.ts';

/** What the parent sends a batch worker (cli/runBatch.ts): the batch once, then ranges of games, then the end. */
export type ToWorker =
  | { type: 'batch'; scenario: Scenario; seed: string; mode: SeatMode; jobs: PolicySeats[] }
  | { type: 'games'; job: number; from: number; to: number }
  | { type: 'end' };

/** What a batch worker answers: each range's games as columns (their buffers moved, not copied), and its CPU time at the end. */
export type FromWorker =
  | ({ type: 'games'; job: number; from: number } & GameColumns)
  | { type: 'end'; cpuSeconds: number | null };

// A worker plays the ranges of games it is sent, in order; the parent keeps two in its queue, so it never waits
// for the next. It is given the scenario already resolved, so it loads no scenario files and no schemas: a fifth
// of a second less to start. It starts before the scenario is ready, so its start-up overlaps the parent's work.
// The batch's own thread imports this bundle too (cli/runBatch.ts), for the same code as its workers: it has no port.
let batch: Extract<ToWorker, { type: 'batch' }> | null = null;
const port = parentPort;
port?.on('message', (m: ToWorker) => {
  if (m.type === 'batch') {
    // Its texts made the engine's own kind (engine/internalized.ts): a message between threads leaves them apart.
    batch = { ...m, scenario: internalized(m.scenario) };
  } else if (m.type === 'games') {
    const { scenario, seed, mode, jobs } = batch!;
    const games = runGameColumns(scenario, seed, mode, m.from, m.to, jobs[m.job]);
    const answer: FromWorker = { type: 'games', job: m.job, from: m.from, ...games };
    port.postMessage(answer, [games.outcomes.buffer, games.metrics.buffer]);
  } else {
    const answer: FromWorker = { type: 'end', cpuSeconds: threadCpuSeconds() };
    port.postMessage(answer);
    port.close();
  }
});

// The batch's own thread plays from this bundle, and the bench measures a turn's cost with it (cli/bench.ts), so
// what it measures is the code batches run and that thread comes to its batch with it compiled.
export { runGameColumns };
export { measureTurnCost } from './turnCost.ts';
