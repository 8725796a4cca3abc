import { parentPort, workerData } from 'node:worker_threads';
import { loadScenario } from '../scenarios/catalog.ts';
import { runGames, type PolicySeat, type SeatMode } from './batchGames.ts';

// One worker runs a slice of a batch and reports progress every 25 games.
const { scenarioId, variant, seed, mode, seat, from, to } = workerData as {
  scenarioId: string; variant: string; seed: string; mode: SeatMode; seat?: PolicySeat; from: number; to: number;
};
const scenario = loadScenario(scenarioId, variant);
if (typeof scenario === 'string') throw new Error(scenario);
const games = runGames(scenario, seed, mode, from, to, (done) => {
  if (done % 25 === 0) parentPort!.postMessage({ type: 'progress', done });
}, seat);
parentPort!.postMessage({ type: 'done', from, games });
