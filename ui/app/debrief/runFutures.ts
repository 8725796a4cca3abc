import type { FutureResult, FuturesJob } from '../../workers/futures.ts';
import { runInWorkers, type WorkersRun } from './runInWorkers.ts';

export type FuturesRun = WorkersRun<FutureResult>;

/**
 * Play `count` futures in web workers, one per core, the seeds split into contiguous ranges; the
 * results come back in seed order whatever the split. `onProgress` hears the number done as the
 * workers report (about every 50 ms each). `signal` stops the workers.
 */
export function runFutures(job: FuturesJob, count: number, onProgress: (done: number) => void, signal?: AbortSignal): Promise<FuturesRun> {
  return runInWorkers<FuturesJob, FutureResult>(
    () => new Worker(new URL('../../workers/futures.worker.ts', import.meta.url), { type: 'module' }), job, count, onProgress, signal);
}
