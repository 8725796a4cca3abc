import { parentPort } from 'node:worker_threads';
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
let batch: Extract<ToWorker, { type: 'batch' }> | null = null;
const port = parentPort!;
port.on('message', (m: ToWorker) => {
  if (m.type === 'batch') batch = m;
  else if (m.type === 'games') {
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
