// The body of a web worker that plays a range of seeded work (futures, or the continuations of
// "which decisions mattered"): it reports progress about every 50 ms, then the results in order.

/** Messages between the page and a worker that plays items `from` to `to - 1` of a job. */
export type ToRangeWorker<J> = { type: 'run'; job: J; from: number; to: number };
export type FromRangeWorker<R> =
  | { type: 'progress'; done: number }
  | { type: 'done'; from: number; results: R[] }
  | { type: 'error'; message: string };

const PROGRESS_EVERY_MS = 50;

/** Serve one run message: `prepare` the job once, then `play` each item of the range. */
export function serveRange<J, P, R>(prepare: (job: J) => P, play: (prepared: P, i: number) => R): void {
  const scope = self as unknown as {
    postMessage(message: FromRangeWorker<R>): void;
    onmessage: ((e: MessageEvent<ToRangeWorker<J>>) => void) | null;
  };
  scope.onmessage = (e) => {
    const { job, from, to } = e.data;
    try {
      const prepared = prepare(job);
      const results: R[] = [];
      let last = performance.now();
      for (let i = from; i < to; i++) {
        results.push(play(prepared, i));
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
}
