import type { FromRangeWorker, ToRangeWorker } from '../../workers/serveRange.ts';
import { mergeChunks, splitRanges } from './futures.ts';
import { t } from '../../../scenarios/words/words.ts';

export interface WorkersRun<R> {
  results: R[];
  seconds: number;
  workers: number;
}

/** Ranges per worker the items are cut into: enough that the workers end together, few enough that messages cost nothing. */
const RANGES_PER_WORKER = 16;
/** Ranges kept in each worker's queue, so it never waits for the page to send the next. */
const QUEUED = 2;
/**
 * The page hears of progress at most this often: each report redraws the progress bar, and on a machine
 * that draws in software (SwiftShader) each frame cost the GPU process about 15 ms, a third of a core while
 * the workers reported every 50 ms each.
 */
const REPORT_EVERY_MS = 100;

/**
 * Play items 0 to `count - 1` of a job in web workers, one per core (at most 8). Each worker is given the
 * job once, then ranges of items dealt out in order as it finishes the ones before: items differ in cost (a
 * continuation from an early turn plays many more turns than one from a late turn), and with the items cut
 * into as many contiguous ranges as workers, the first worker had most of the work while the others waited.
 * The results come back in order whatever the split. `spawn` starts one worker (a `new Worker(new URL(...))`
 * the bundler can see). `onProgress` hears the number done as the workers report, at most every 100 ms.
 * `signal` stops the workers.
 */
export function runInWorkers<J, R>(spawn: () => Worker, job: J, count: number, onProgress: (done: number) => void, signal?: AbortSignal): Promise<WorkersRun<R>> {
  const t0 = performance.now();
  const cores = Math.max(1, Math.min(8, navigator.hardwareConcurrency || 2));
  const ranges = splitRanges(count, cores * RANGES_PER_WORKER);
  const workers: Worker[] = [];
  const stop = () => workers.forEach((w) => w.terminate());
  return new Promise<WorkersRun<R>>((resolve, reject) => {
    const chunks: { from: number; results: R[] }[] = [];
    if (signal?.aborted) return reject(new DOMException('The run was stopped.', 'AbortError'));
    if (!ranges.length) return resolve({ results: [], seconds: 0, workers: 0 });
    signal?.addEventListener('abort', () => {
      stop();
      reject(new DOMException('The run was stopped.', 'AbortError'));
    });
    let next = 0;
    let finished = 0;
    /** Per worker, the items done in the range it is playing now. */
    const partial: number[] = [];
    let reported = -Infinity;
    const report = () => {
      const now = performance.now();
      if (now - reported < REPORT_EVERY_MS && finished < count) return;
      reported = now;
      onProgress(finished + partial.reduce((a, b) => a + b, 0));
    };
    const n = Math.min(cores, ranges.length);
    for (let k = 0; k < n; k++) {
      const w = spawn();
      workers.push(w);
      partial.push(0);
      const send = (m: ToRangeWorker<J>) => w.postMessage(m);
      const deal = () => {
        if (next >= ranges.length) return;
        const [from, to] = ranges[next++]!;
        send({ type: 'run', from, to });
      };
      w.onmessage = (e: MessageEvent<FromRangeWorker<R>>) => {
        const m = e.data;
        if (m.type === 'progress') {
          partial[k] = m.done;
          report();
        } else if (m.type === 'done') {
          partial[k] = 0;
          finished += m.results.length;
          chunks.push({ from: m.from, results: m.results });
          report();
          deal();
          if (chunks.length === ranges.length) {
            stop();
            try {
              resolve({ results: mergeChunks(chunks, count), seconds: (performance.now() - t0) / 1000, workers: n });
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
      send({ type: 'job', job });
      for (let q = 0; q < QUEUED; q++) deal();
    }
  });
}
