import type { FromRangeWorker, ToRangeWorker } from '../../workers/serveRange.ts';
import { mergeChunks, splitRanges } from './futures.ts';
import { t } from '../../../scenarios/words/words.ts';

export interface WorkersRun<R> {
  results: R[];
  seconds: number;
  workers: number;
}

/**
 * Play items 0 to `count - 1` of a job in web workers, one per core (at most 8), the items split into
 * contiguous ranges; the results come back in order whatever the split. `spawn` starts one worker
 * (a `new Worker(new URL(...))` the bundler can see). `onProgress` hears the number done as the
 * workers report (about every 50 ms each). `signal` stops the workers.
 */
export function runInWorkers<J, R>(spawn: () => Worker, job: J, count: number, onProgress: (done: number) => void, signal?: AbortSignal): Promise<WorkersRun<R>> {
  const t0 = performance.now();
  const ranges = splitRanges(count, Math.max(1, Math.min(8, navigator.hardwareConcurrency || 2)));
  const done = new Array<number>(ranges.length).fill(0);
  const workers: Worker[] = [];
  const stop = () => workers.forEach((w) => w.terminate());
  return new Promise<WorkersRun<R>>((resolve, reject) => {
    const chunks: { from: number; results: R[] }[] = [];
    if (signal?.aborted) return reject(new DOMException('The run was stopped.', 'AbortError'));
    signal?.addEventListener('abort', () => {
      stop();
      reject(new DOMException('The run was stopped.', 'AbortError'));
    });
    ranges.forEach(([from, to], k) => {
      const w = spawn();
      workers.push(w);
      w.onmessage = (e: MessageEvent<FromRangeWorker<R>>) => {
        const m = e.data;
        if (m.type === 'progress') {
          done[k] = m.done;
          onProgress(done.reduce((a, b) => a + b, 0));
        } else if (m.type === 'done') {
          done[k] = m.results.length;
          chunks.push({ from: m.from, results: m.results });
          onProgress(done.reduce((a, b) => a + b, 0));
          w.terminate();
          if (chunks.length === ranges.length) {
            try {
              resolve({ results: mergeChunks(chunks, count), seconds: (performance.now() - t0) / 1000, workers: ranges.length });
            } catch (err) {
              reject(err);
            }
          }
        } else {
          stop();
          reject(new Error(m.message));
        }
      };
      w.onerror = (e) => {
        stop();
        reject(new Error(e.message || t('ui.futures.workerFailed')));
      };
      w.postMessage({ type: 'run', job, from, to } satisfies ToRangeWorker<J>);
    });
  });
}
