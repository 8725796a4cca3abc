import type { FromWorker, FutureResult, FuturesJob, ToWorker } from '../../workers/futures.ts';
import { mergeChunks, splitRanges } from './futures.ts';

export interface FuturesRun {
  results: FutureResult[];
  seconds: number;
  workers: number;
}

/**
 * Play `count` futures in web workers, one per core, the seeds split into contiguous ranges; the
 * results come back in seed order whatever the split. `onProgress` hears the number done as the
 * workers report (about every 50 ms each). `signal` stops the workers.
 */
export function runFutures(job: FuturesJob, count: number, onProgress: (done: number) => void, signal?: AbortSignal): Promise<FuturesRun> {
  const t0 = performance.now();
  const ranges = splitRanges(count, Math.max(1, Math.min(8, navigator.hardwareConcurrency || 2)));
  const done = new Array<number>(ranges.length).fill(0);
  const workers: Worker[] = [];
  const stop = () => workers.forEach((w) => w.terminate());
  return new Promise<FuturesRun>((resolve, reject) => {
    const chunks: { from: number; results: FutureResult[] }[] = [];
    signal?.addEventListener('abort', () => {
      stop();
      reject(new DOMException('The futures were stopped.', 'AbortError'));
    });
    ranges.forEach(([from, to], k) => {
      const w = new Worker(new URL('../../workers/futures.worker.ts', import.meta.url), { type: 'module' });
      workers.push(w);
      w.onmessage = (e: MessageEvent<FromWorker>) => {
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
        reject(new Error(e.message || 'a futures worker failed to start'));
      };
      w.postMessage({ type: 'run', job, from, to } satisfies ToWorker);
    });
  });
}
