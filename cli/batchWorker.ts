import { parentPort, workerData } from 'node:worker_threads';
import { loadScenario } from '../scenarios/catalog.ts';
import { runGames, type GameSummary, type PolicySeats, type SeatMode } from './batchGames.ts';
import { threadCpuSeconds } from './threadCpu.ts';

// One worker runs a slice of the seeds for every job of a batch and reports progress every 25 games.
const { scenarioId, variant, seed, mode, jobs, from, to } = workerData as {
  scenarioId: string; variant: string; seed: string; mode: SeatMode; jobs: PolicySeats[]; from: number; to: number;
};
const scenario = loadScenario(scenarioId, variant);
if (typeof scenario === 'string') throw new Error(scenario);
const games: GameSummary[][] = [];
let before = 0;
for (const policies of jobs) {
  games.push(runGames(scenario, seed, mode, from, to, (done) => {
    if ((before + done) % 25 === 0) parentPort!.postMessage({ type: 'progress', done: before + done });
  }, policies));
  before += to - from;
}
parentPort!.postMessage({ type: 'done', from, games, cpuSeconds: threadCpuSeconds() });
