// A futures worker: plays a range of seeds and reports progress about every 50 ms, then the results.
import { playFuture, type FromWorker, type FutureResult, type ToWorker } from './futures.ts';

const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};

const PROGRESS_EVERY_MS = 50;

scope.onmessage = (e) => {
  const { job, from, to } = e.data;
  try {
    const results: FutureResult[] = [];
    let last = performance.now();
    for (let i = from; i < to; i++) {
      results.push(playFuture(job, i));
      const now = performance.now();
      if (now - last >= PROGRESS_EVERY_MS) {
        scope.postMessage({ type: 'progress', done: results.length });
        last = now;
      }
    }
    scope.postMessage({ type: 'done', from, results });
  } catch (err) {
    scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
