// The body of a web worker that plays ranges of seeded work (futures, or the continuations of "which
// decisions mattered"): it is given the job once, then ranges of it one after another, and reports
// progress about every 50 ms within a range, then the range's results in order.

/** Messages between the page and a worker that plays items of a job: the job, then ranges `from` to `to - 1` of it. */
export type ToRangeWorker<J> = { type: 'job'; job: J } | { type: 'run'; from: number; to: number };
export type FromRangeWorker<R> =
  | { type: 'progress'; done: number }
  | { type: 'done'; from: number; results: R[] }
  | { type: 'error'; message: string };

const PROGRESS_EVERY_MS = 50;

/** Serve a job: `prepare` it once, then `play` each item of each range the page sends. */
export function serveRange<J, P, R>(prepare: (job: J) => P, play: (prepared: P, i: number) => R): void {
  const scope = self as unknown as {
    postMessage(message: FromRangeWorker<R>): void;
    onmessage: ((e: MessageEvent<ToRangeWorker<J>>) => void) | null;
  };
  let prepared: { value: P } | null = null;
  scope.onmessage = (e) => {
    const m = e.data;
    try {
      if (m.type === 'job') {
        prepared = { value: prepare(m.job) };
        return;
      }
      if (!prepared) throw new Error('a range came before its job');
      const results: R[] = [];
      let last = performance.now();
      for (let i = m.from; i < m.to; i++) {
        results.push(play(prepared.value, i));
        const now = performance.now();
        if (now - last >= PROGRESS_EVERY_MS) {
          scope.postMessage({ type: 'progress', done: results.length });
          last = now;
        }
      }
      scope.postMessage({ type: 'done', from: m.from, results });
    } catch (err) {
      scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };
}
