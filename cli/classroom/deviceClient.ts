/** A device for the tests and the benchmark: a WebSocket client (ws) that keeps every frame it receives and waits for the ones asked for. */
import { WebSocket } from 'ws';
import type { ClassView, Intent, ServerMessage } from '../../engine/classroom/index.ts';

export class Device {
  /** Every frame received, raw, in order: what a device could read. */
  readonly frames: string[] = [];
  readonly messages: ServerMessage[] = [];
  token = '';
  closed: { code: number; reason: string } | null = null;
  private waiters: { test: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }[] = [];
  private nextId = 1;
  /** How many frames are kept (all, for tests that inspect them; a few, for the benchmark's hundreds of devices). */
  static keep = Infinity;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const text = data.toString();
      this.frames.push(text);
      const m = JSON.parse(text) as ServerMessage;
      this.messages.push(m);
      if (this.frames.length > Device.keep) {
        this.frames.shift();
        this.messages.shift();
      }
      if (m.type === 'welcome') this.token = m.token;
      for (const w of [...this.waiters]) {
        if (w.test(m)) {
          clearTimeout(w.timer);
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(m);
        }
      }
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      for (const w of this.waiters.splice(0)) {
        clearTimeout(w.timer);
        w.reject(new Error(`closed (${code}) while waiting`));
      }
    });
  }

  static open(base: string, classId: string): Promise<Device> {
    const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/ws/${classId}`);
    const d = new Device(ws);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(d));
      ws.once('error', reject);
    });
  }

  /** Open, join with a key and wait for the first view. */
  static async join(base: string, classId: string, key: string): Promise<Device> {
    const d = await Device.open(base, classId);
    d.send({ type: 'join', key });
    await d.waitFor((m) => m.type === 'view' || m.type === 'error');
    return d;
  }

  static async resume(base: string, classId: string, token: string): Promise<Device> {
    const d = await Device.open(base, classId);
    d.send({ type: 'resume', token });
    await d.waitFor((m) => m.type === 'view' || m.type === 'error');
    return d;
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The next message (from now) that passes `test`. */
  waitFor(test: (m: ServerMessage) => boolean, timeoutMs = 10_000): Promise<ServerMessage> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no such message in ${timeoutMs} ms; last: ${this.frames.at(-1)?.slice(0, 300)}`)), timeoutMs);
      this.waiters.push({ test, resolve, reject, timer });
    });
  }

  /** Send an intent and wait for its answer: `done` or `refused`. */
  async intent(intent: Intent): Promise<Extract<ServerMessage, { type: 'done' | 'refused' }>> {
    const id = this.nextId++;
    const answer = this.waitFor((m) => (m.type === 'done' || m.type === 'refused') && m.id === id);
    this.send({ type: 'intent', id, intent });
    return answer as Promise<Extract<ServerMessage, { type: 'done' | 'refused' }>>;
  }

  /** A view at least as new as `seq` (already received, or the next to come). */
  async seen(seq: number): Promise<ClassView> {
    if (this.messages.some((m) => m.type === 'view' && m.view.seq >= seq)) return this.view;
    await this.waitFor((m) => m.type === 'view' && m.view.seq >= seq);
    return this.view;
  }

  /** The last view received. */
  get view(): ClassView {
    const v = [...this.messages].reverse().find((m) => m.type === 'view');
    if (!v || v.type !== 'view') throw new Error('no view yet');
    return v.view;
  }

  lastError(): Extract<ServerMessage, { type: 'error' }> | undefined {
    return [...this.messages].reverse().find((m): m is Extract<ServerMessage, { type: 'error' }> => m.type === 'error');
  }

  close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.ws.once('close', () => resolve());
      this.ws.close();
    });
  }
}
