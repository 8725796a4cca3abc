import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { OUTCOMES, verdictAtCheckpoint } from '../engine/index.ts';
import { loadScenario } from '../scenarios/catalog.ts';
import type { GameSummary, PolicySeats, SeatMode } from './batchGames.ts';
import { summarise } from './stats.ts';
import { workerBundle } from './workerBundle.ts';

export interface BatchOptions {
  scenarioId: string;
  variant: string;
  runs: number;
  seed: string;
  mode: SeatMode;
  /** Seats played by named policies instead of their bots (cli/seatPolicies.ts). */
  policies?: PolicySeats;
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
  workers: number;
  /** The CPU seconds of the busiest worker thread, start-up included (null where it cannot be read). */
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
  for (const g of games) outcomes[g.outcome] = (outcomes[g.outcome] ?? 0) + 1;
  const metrics: BatchReport['metrics'] = {};
  for (const key of Object.keys(games[0]?.metrics ?? {})) {
    const { n: _n, ...stats } = summarise(games.map((g) => g.metrics[key] ?? null));
    metrics[key] = stats;
  }
  let atCheckpoint: Record<string, number> | null = null;
  if (games.some((g) => g.metrics.checkpointTrend != null)) {
    atCheckpoint = {};
    for (const g of games) {
      const v = verdictAtCheckpoint(g.outcome, g.metrics.checkpointTrend);
      atCheckpoint[v] = (atCheckpoint[v] ?? 0) + 1;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    scenario: o.scenarioId, variant: o.variant, runs: o.runs, seed: o.seed, bots: o.mode,
    outcomes, atCheckpoint, metrics, ...(o.perGame ? { outcomesByGame: games.map((g) => g.outcome) } : {}), gamesPerSecond: Math.round(o.runs / seconds), seconds: Math.round(seconds * 100) / 100, workers, workerCpuSeconds,
  };
}

/**
 * The same seeds played once per job (a set of policy seats), on one pool of worker threads started once:
 * starting a worker costs more than many games, so reports that compare policies share the pool.
 */
export async function playBatches(o: Omit<BatchOptions, 'policies' | 'perGame'>, jobs: PolicySeats[]): Promise<{ workers: number; games: GameSummary[][]; workerCpuSeconds: number | null }> {
  const workers = Math.max(1, Math.min(o.workers ?? availableParallelism(), o.runs));
  const size = Math.ceil(o.runs / workers);
  const total = o.runs * jobs.length;
  const done = new Array<number>(workers).fill(0);
  const script = await workerBundle('cli/batchWorker.ts');
  const scenario = loadScenario(o.scenarioId, o.variant);
  if (typeof scenario === 'string') throw new Error(scenario);
  const slices = await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const from = w * size;
      const to = Math.min(o.runs, from + size);
      return new Promise<{ from: number; games: GameSummary[][]; cpuSeconds: number | null }>((resolve, reject) => {
        // Plain JavaScript: no TypeScript loader for the worker to inherit.
        const worker = new Worker(script, {
          execArgv: [],
          workerData: { scenario, seed: o.seed, mode: o.mode, jobs, from, to },
        });
        worker.on('message', (m: { type: 'progress'; done: number } | { type: 'done'; from: number; games: GameSummary[][]; cpuSeconds: number | null }) => {
          if (m.type === 'progress') {
            done[w] = m.done;
            o.onProgress?.(done.reduce((a, b) => a + b, 0), total);
          } else resolve(m);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => code !== 0 && reject(new Error(`batch worker ${w} stopped with code ${code}`)));
      });
    }),
  );
  slices.sort((a, b) => a.from - b.from);
  o.onProgress?.(total, total);
  const cpu = slices.map((s) => s.cpuSeconds);
  const workerCpuSeconds = cpu.every((c) => c !== null) ? Math.max(...(cpu as number[])) : null;
  return { workers, games: jobs.map((_, j) => slices.flatMap((s) => s.games[j]!)), workerCpuSeconds };
}
