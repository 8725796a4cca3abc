import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { OUTCOMES, verdictAtCheckpoint, type Outcome } from '../engine/index.ts';
import { loadScenario } from '../scenarios/catalog.ts';
import type { GameColumns, PolicySeats, SeatMode } from './batchGames.ts';
import type { FromWorker, ToWorker } from './batchWorker.ts';
import { summarise } from './stats.ts';
import { threadCpuSeconds } from './threadCpu.ts';
import { workerBundle } from './workerBundle.ts';

export interface BatchOptions {
  scenarioId: string;
  variant: string;
  runs: number;
  seed: string;
  mode: SeatMode;
  /** Seats played by named policies instead of their bots (cli/seatPolicies.ts). */
  policies?: PolicySeats;
  /** Threads that play the games, this one included (default: one per core). */
  workers?: number;
  /** Also report each game's outcome, in game order (to compare policies seed by seed). */
  perGame?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface BatchReport {
  scenario: string;
  variant: string;
  runs: number;
  seed: string;
  bots: SeatMode;
  outcomes: Record<string, number>;
  metrics: Record<string, { mean: number | null; p10: number | null; p50: number | null; p90: number | null }>;
  /** Games judged as the published games were, at the scenario's checkpoint (engine/metrics.ts); null without one. */
  atCheckpoint: Record<string, number> | null;
  /** Each game's outcome, in game order, when asked for. */
  outcomesByGame?: string[];
  gamesPerSecond: number;
  seconds: number;
  /** Threads that played: this one and `workers - 1` worker threads. */
  workers: number;
  /** The CPU seconds of the busiest thread that played (a worker's start-up included), null where it cannot be read. */
  workerCpuSeconds: number | null;
}

/** Run a batch on worker threads and aggregate in game order, so the figures never depend on the split. */
export async function runBatch(o: BatchOptions): Promise<BatchReport> {
  const started = performance.now();
  const played = await playBatches(o, [o.policies ?? {}]);
  const { workers, workerCpuSeconds } = played;
  const games = played.games[0]!;
  const outcomes: Record<string, number> = {};
  for (const name of OUTCOMES) outcomes[name] = 0;
  for (const outcome of games.outcomes) outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  const metrics: BatchReport['metrics'] = {};
  const k = games.metricNames.length;
  const column = (j: number) => { const c = new Float64Array(o.runs); for (let i = 0; i < o.runs; i++) c[i] = games.metrics[i * k + j]!; return c; };
  for (const [j, key] of games.metricNames.entries()) {
    const { n: _n, ...stats } = summarise(column(j));
    metrics[key] = stats;
  }
  let atCheckpoint: Record<string, number> | null = null;
  const trends = games.outcomes.map((_, i) => metricOf(games, 'checkpointTrend', i));
  if (trends.some((v) => v !== null)) {
    atCheckpoint = {};
    for (const [i, outcome] of games.outcomes.entries()) {
      const v = verdictAtCheckpoint(outcome, trends[i]);
      atCheckpoint[v] = (atCheckpoint[v] ?? 0) + 1;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    scenario: o.scenarioId, variant: o.variant, runs: o.runs, seed: o.seed, bots: o.mode,
    outcomes, atCheckpoint, metrics, ...(o.perGame ? { outcomesByGame: games.outcomes } : {}), gamesPerSecond: Math.round(o.runs / seconds), seconds: Math.round(seconds * 100) / 100, workers, workerCpuSeconds,
  };
}

/** A job's games, in game order: outcomes, and metrics as columns (NaN where a metric is null). */
export interface PlayedGames {
  outcomes: Outcome[];
  metricNames: string[];
  /** Game by game, each game's metrics in `metricNames`' order. */
  metrics: Float64Array;
}

/** Game i's metric of this name: null where it does not apply (or the batch has no such metric). */
export function metricOf(games: PlayedGames, name: string, i: number): number | null {
  const j = games.metricNames.indexOf(name);
  const v = j < 0 ? NaN : games.metrics[i * games.metricNames.length + j]!;
  return Number.isNaN(v) ? null : v;
}

/** Games a thread is given at a time at most, and at least: a range shrinks as the batch nears its end (below). */
const RANGE = 100;
const LEAST = 10;
/** Ranges kept in each worker's queue, so it never waits for the next while this thread is busy with its own. */
const QUEUED = 3;

/**
 * The batch workers' bundle, imported on this thread: a batch's own thread plays from it too, and the bench measures
 * a turn's cost with it, rather than with the engine as tsx compiled it, which keeps functions' names by defining each
 * closure's name (Object.defineProperty) as it is made: a seventh of this thread's time in a batch (perf).
 */
export const batchCode = async () => (await import(/* @vite-ignore */ (await workerBundle('cli/batchWorker.ts')).href)) as typeof import('./batchWorker.ts');

/**
 * The same seeds played once per job (a set of policy seats), on threads started once: starting a worker costs
 * more than many games, so reports that compare policies share them. This thread plays too, beside
 * `workers - 1` worker threads: it would only wait otherwise, it is already started, and in a process that has
 * played before (a report of many batches, the bench) its code is already compiled, where a new worker spends
 * its first thousand games compiling. The games are dealt out in ranges as the threads ask, so a thread slowed
 * by the machine's other work plays fewer of them rather than holding up the batch, and each game depends
 * only on its index, so the split changes nothing.
 */
export async function playBatches(o: Omit<BatchOptions, 'policies' | 'perGame'>, jobs: PolicySeats[]): Promise<{ workers: number; games: PlayedGames[]; workerCpuSeconds: number | null }> {
  const total = o.runs * jobs.length;
  const threads = Math.max(1, Math.min(o.workers ?? availableParallelism(), total));
  // Ranges are cut as threads ask, each a share of the games left, so they shrink toward the end: a worker's queue
  // then holds little when the last games are dealt, and no thread waits long for another to finish (with ranges
  // of 100 to the end, this thread sat idle for a worker's last queued ranges, about 70 ms of a batch).
  let dealt = 0;
  const more = () => dealt < total;
  const cut = () => {
    const job = Math.floor(dealt / o.runs);
    const from = dealt - job * o.runs;
    const size = Math.min(RANGE, Math.max(LEAST, Math.ceil((total - dealt) / (threads * (QUEUED + 1) * 2))));
    const to = Math.min(o.runs, from + size);
    dealt += to - from;
    return { job, from, to };
  };
  const script = await workerBundle('cli/batchWorker.ts');
  // Started before the scenario is resolved: a worker's start-up (a tenth of a second) overlaps it.
  const pool = Array.from({ length: threads - 1 }, () => new Worker(script, { execArgv: [] })); // plain JavaScript: no TypeScript loader to inherit
  const { runGameColumns } = await batchCode();
  const scenario = loadScenario(o.scenarioId, o.variant);
  if (typeof scenario === 'string') {
    await Promise.all(pool.map((w) => w.terminate()));
    throw new Error(scenario);
  }
  const outcomes = jobs.map(() => new Uint8Array(o.runs));
  let metricNames: string[] = [];
  let metrics: Float64Array[] = [];
  let done = 0;
  const store = (job: number, from: number, games: GameColumns) => {
    if (!metricNames.length) {
      metricNames = games.metricNames;
      metrics = jobs.map(() => new Float64Array(o.runs * metricNames.length));
    }
    outcomes[job]!.set(games.outcomes, from);
    metrics[job]!.set(games.metrics, from * metricNames.length);
    done += games.outcomes.length;
    o.onProgress?.(done, total);
  };
  const workersDone = pool.map((worker, w) => new Promise<number | null>((resolve, reject) => {
    let queued = 0;
    const send = (m: ToWorker) => worker.postMessage(m);
    const deal = () => {
      if (more()) {
        send({ type: 'games', ...cut() });
        queued++;
      } else if (queued === 0) send({ type: 'end' });
    };
    let ended = false;
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'end') {
        ended = true;
        resolve(m.cpuSeconds);
        return;
      }
      queued--;
      store(m.job, m.from, m);
      deal();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => !ended && reject(new Error(`batch worker ${w} stopped with code ${code}`)));
    send({ type: 'batch', scenario, seed: o.seed, mode: o.mode, jobs });
    for (let k = 0; k < QUEUED; k++) deal();
  }));
  // A worker that fails stops the batch: this thread stops dealing itself ranges, and the others are stopped.
  let failure: unknown = null;
  const workersEnd = Promise.all(workersDone).catch((e: unknown) => {
    failure ??= e;
    return [];
  });
  const cpuBefore = threadCpuSeconds();
  try {
    while (more() && failure === null) {
      const { job, from, to } = cut();
      store(job, from, runGameColumns(scenario, o.seed, o.mode, from, to, jobs[job]));
      // The workers' answers come in between this thread's ranges, and each deals its worker the next.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } catch (e) {
    failure = e;
  }
  const cpuAfter = threadCpuSeconds();
  const workerCpu = failure === null ? await workersEnd : [];
  if (failure !== null) {
    await Promise.all(pool.map((w) => w.terminate()));
    throw failure;
  }
  const cpu = [cpuBefore === null || cpuAfter === null ? null : Math.round((cpuAfter - cpuBefore) * 100) / 100, ...workerCpu];
  const workerCpuSeconds = cpu.every((c) => c !== null) ? Math.max(...(cpu as number[])) : null;
  return {
    workers: threads,
    games: jobs.map((_, j) => ({ outcomes: Array.from(outcomes[j]!, (i) => OUTCOMES[i]!), metricNames, metrics: metrics[j] ?? new Float64Array(0) })),
    workerCpuSeconds,
  };
}
