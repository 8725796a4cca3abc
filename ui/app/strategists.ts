import { stateHash } from '../../engine/index.ts';
import type { DecidedBots } from '../../engine/classroom/index.ts';
import { strategistChoices, strategistRoles, type FromStrategistWorker, type StrategistJob, type ToStrategistWorker } from '../workers/strategist.ts';

/**
 * The strategist bots' choices, worked out in a web worker while the page stays responsive: a strategist's
 * turn plays hundreds of turns of futures (up to a second), and with two of them the page froze for several
 * seconds. The same choices as the engine makes on the page (the strategist is seeded from the game), handed to
 * the turn's resolution (engine/classroom/resolve.ts). A strategist decides from the situation alone, not from
 * what the people lock in, so the page asks as soon as a turn begins and the answer is usually ready when the
 * turn is resolved; the last answer is kept by the situation it was worked out for. One worker serves the whole
 * game, so its code is compiled once. Where workers are unavailable the choices are worked out here, as before.
 */
export class Strategists {
  private worker: Worker | null = null;
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (c: DecidedBots) => void; reject: (e: Error) => void }>();
  private last: { key: string; answer: Promise<DecidedBots>; choices?: DecidedBots } | null = null;
  /** Answers the worker has given (for tests and the performance script). */
  answered = 0;

  /** Whether any seat of the game is a strategist's (nothing to work out otherwise). */
  static needed(job: Pick<StrategistJob, 'seats'>): boolean {
    return strategistRoles(job.seats).length > 0;
  }

  /** The strategists' choices for this situation: the answer kept for it, or asked of the worker. */
  decide(job: StrategistJob): Promise<DecidedBots> {
    if (!Strategists.needed(job)) return Promise.resolve({});
    const key = keyOf(job);
    if (this.last?.key === key) return this.last.answer;
    const entry: NonNullable<Strategists['last']> = { key, answer: this.ask(job) };
    entry.answer.then(
      (choices) => { entry.choices = choices; },
      () => { if (this.last === entry) this.last = null; },
    );
    this.last = entry;
    return entry.answer;
  }

  /** The choices for this situation if they have been worked out already. */
  ready(job: StrategistJob): DecidedBots | undefined {
    if (!Strategists.needed(job)) return {};
    return this.last?.key === keyOf(job) ? this.last.choices : undefined;
  }

  private ask(job: StrategistJob): Promise<DecidedBots> {
    if (typeof Worker === 'undefined') return Promise.resolve(strategistChoices(job));
    const worker = (this.worker ??= this.spawn());
    const id = this.next++;
    return new Promise<DecidedBots>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, job } satisfies ToStrategistWorker);
    });
  }


  private spawn(): Worker {
    const worker = new Worker(new URL('../workers/strategist.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<FromStrategistWorker>) => {
      const m = e.data;
      const waiting = this.waiting.get(m.id);
      if (!waiting) return;
      this.waiting.delete(m.id);
      if ('error' in m) waiting.reject(new Error(m.error));
      else {
        this.answered++;
        waiting.resolve(m.choices);
      }
    };
    worker.onerror = (e) => {
      // A worker that fails to start or throws outside a question: start a fresh one next time.
      e.preventDefault();
      this.worker?.terminate();
      this.worker = null;
      this.fail(new Error(e.message || 'the strategist worker failed'));
    };
    return worker;
  }

  private fail(error: Error): void {
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) w.reject(error);
  }
}

/** What a strategist's choice depends on: the scenario as resolved, the situation and who sits where. */
const keyOf = (job: StrategistJob): string =>
  `${job.scenario.id}|${job.scenario.variant}|${job.scenario.contentHash}|${stateHash(job.state)}|${JSON.stringify(job.seats)}`;
