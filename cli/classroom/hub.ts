import { isValidSeed, ROLES, err, ok, type Result, type Role, type Seats } from '../../engine/index.ts';
import {
  applyIntent, classReplay, eventsFor, expireTimer, parseClassRecord, restoreClass, startClass, viewOf,
  CLASS_ID_LENGTH, SECRET_LENGTH, TEAM_KEY_LENGTH, TOKEN_LENGTH,
  type Change, type ClassEvent, type ClassSession, type ClientMessage, type Intent, type Presence, type ServerMessage, type Viewer, type WireError,
} from '../../engine/classroom/index.ts';
import { loadScenario } from '../../scenarios/catalog.ts';
import { classRefusalText, wireErrorText } from '../../scenarios/words/classroom.ts';
import type { Values } from '../../scenarios/words/words.ts';
import type { Limits } from './limits.ts';
import { randomCode, sameSecret, tokenHash } from './secrets.ts';
import type { ClassKeys, ClassStore } from './store.ts';

// The classes a server holds, live: each class's session, its connected devices and its timer. Every
// change to a class goes through applyIntent (or expireTimer), is written to the store, and only then
// is each device sent its own view. Changes to one class are taken one at a time, in arrival order.

/** One device's connection, as the hub sees it: the transport (a WebSocket) is the server's business. */
export interface Connection {
  /** The device's network address, for counting failed attempts. */
  readonly address: string;
  send(frame: string): void;
  close(code: number, reason: string): void;
}

export interface Device {
  readonly conn: Connection;
  /** The class named in the address the device connected to: it can join no other. */
  readonly classId: string;
  viewer: Viewer | null;
  /** The connection closed (possibly while its join was still being looked up). */
  gone: boolean;
}

interface LiveClass {
  id: string;
  keys: ClassKeys;
  session: ClassSession;
  devices: Set<Device>;
  /** The end of the chain of this class's pending work: each change waits for the one before. */
  queue: Promise<void>;
  wake: NodeJS.Timeout | null;
}

export interface NewClass {
  scenarioId: string;
  variant?: string;
  seed?: string;
  seats: Seats;
}

export interface ClassInfo {
  id: string;
  keys: ClassKeys;
  session: ClassSession;
}

export interface HubOptions {
  store: ClassStore;
  limits: Limits;
  clock?: () => number;
  /** Where the hub reports its own faults (a database that fails); never a device's data. */
  log?: (line: string) => void;
}

const send = (conn: Connection, message: ServerMessage) => conn.send(JSON.stringify(message));
export const wireError = (code: WireError, values: Values = {}): ServerMessage => ({ type: 'error', code, message: wireErrorText(code, values) });
const viewerKey = (v: Viewer) => (v.kind === 'team' ? `team:${v.role}` : v.kind);

export class Hub {
  private readonly live = new Map<string, LiveClass>();
  private readonly loading = new Map<string, Promise<LiveClass | null>>();
  private readonly clock: () => number;
  private devices = 0;

  constructor(private readonly options: HubOptions) {
    this.clock = options.clock ?? Date.now;
  }

  /** A new class of a shipped scenario; its keys are made here and kept with it. */
  async createClass(input: NewClass): Promise<Result<ClassInfo>> {
    const scenario = loadScenario(input.scenarioId, input.variant);
    if (typeof scenario === 'string') return err(scenario);
    const seed = input.seed ?? `class-${randomCode(8).toLowerCase()}`;
    if (!isValidSeed(seed)) return err(`bad seed ${JSON.stringify(seed.slice(0, 40))}`);
    if ((await this.options.store.openClasses()).length >= this.options.limits.classes) return err('this server holds as many classes as it may');
    const started = startClass(scenario, { scenarioId: scenario.id, variant: scenario.variant, seed, seats: input.seats });
    if (!started.ok) return err(started.error.code === 'noTeams' ? 'a class needs at least one team of people' : started.error.code);
    const id = randomCode(CLASS_ID_LENGTH);
    const keys: ClassKeys = {
      facilitator: randomCode(SECRET_LENGTH),
      projector: randomCode(TEAM_KEY_LENGTH),
      teams: Object.fromEntries(ROLES.map((r) => [r, randomCode(TEAM_KEY_LENGTH)])) as Record<Role, string>,
    };
    await this.options.store.createClass(id, keys, started.value.record, this.clock());
    const cls: LiveClass = { id, keys, session: started.value, devices: new Set(), queue: Promise.resolve(), wake: null };
    this.live.set(id, cls);
    return ok({ id, keys, session: cls.session });
  }

  /** A class by its code, loaded from the store if it is not live yet; null if there is none or it cannot be read. */
  async classInfo(id: string): Promise<ClassInfo | null> {
    const cls = await this.load(id);
    return cls && { id: cls.id, keys: cls.keys, session: cls.session };
  }

  /** A device opened a connection to a class's address. */
  connect(conn: Connection, classId: string): Device | null {
    if (this.devices >= this.options.limits.devices) {
      send(conn, wireError('serverFull'));
      return null;
    }
    this.devices++;
    return { conn, classId, viewer: null, gone: false };
  }

  disconnect(d: Device): void {
    d.gone = true;
    this.devices--;
    const cls = this.live.get(d.classId);
    if (cls?.devices.delete(d)) this.sendPresence(cls);
  }

  /** A frame already checked against the protocol's schema. Join failures are returned so the server can count them. */
  async receive(d: Device, m: ClientMessage): Promise<'failed' | 'ok'> {
    switch (m.type) {
      case 'join':
      case 'resume':
        return this.enter(d, m);
      case 'intent':
        await this.intent(d, m.id, m.intent);
        return 'ok';
      case 'replay':
        this.replay(d);
        return 'ok';
    }
  }

  private async enter(d: Device, m: Extract<ClientMessage, { type: 'join' | 'resume' }>): Promise<'failed' | 'ok'> {
    if (d.viewer) {
      send(d.conn, wireError('alreadyJoined'));
      return 'ok';
    }
    let cls: LiveClass | null;
    try {
      cls = await this.load(d.classId);
    } catch (e) {
      this.fault(`class ${d.classId} could not be read: ${(e as Error).message}`);
      send(d.conn, wireError('classUnreadable'));
      return 'ok';
    }
    if (cls && cls.devices.size >= this.options.limits.devicesPerClass) {
      send(d.conn, wireError('classFull'));
      return 'ok';
    }
    let viewer: Viewer | null = null;
    let token: string;
    if (m.type === 'join') {
      viewer = cls && viewerOfKey(cls.keys, m.key);
      if (!cls || !viewer) {
        send(d.conn, wireError('wrongKey'));
        return 'failed';
      }
      token = randomCode(TOKEN_LENGTH);
      await this.options.store.addDevice(tokenHash(token), cls.id, viewer, this.clock());
    } else {
      const found = await this.options.store.findDevice(tokenHash(m.token));
      if (!cls || !found || found.classId !== cls.id) {
        send(d.conn, wireError('unknownToken'));
        return 'failed';
      }
      viewer = found.viewer;
      token = m.token;
    }
    // The device may have gone while its key or token was looked up: it is not counted as present.
    if (d.gone) return 'ok';
    d.viewer = viewer;
    cls.devices.add(d);
    send(d.conn, { type: 'welcome', classId: cls.id, viewer, token });
    d.conn.send(this.viewFrame(cls, viewer, [], this.clock()));
    this.sendPresence(cls);
    return 'ok';
  }

  private async intent(d: Device, id: number, intent: Intent): Promise<void> {
    const t0 = performance.now();
    const cls = d.viewer && this.live.get(d.classId);
    if (!d.viewer || !cls) return send(d.conn, wireError('joinFirst'));
    const viewer = d.viewer;
    if (viewer.kind === 'projector') return send(d.conn, { type: 'refused', id, refusal: { code: 'notAllowed', intent: intent.kind }, message: classRefusalText({ code: 'notAllowed', intent: intent.kind }) });
    await this.serial(cls, async () => {
      const r = applyIntent(cls.session, viewer, intent, this.clock());
      if (!r.ok) return send(d.conn, { type: 'refused', id, refusal: r.error, message: classRefusalText(r.error) });
      if (!(await this.commit(cls, r.value))) return send(d.conn, wireError('storage'));
      send(d.conn, { type: 'done', id });
      if (r.value.events.some((e) => e.type === 'turnResolved')) this.timed(performance.now() - t0);
    });
  }

  private replay(d: Device): void {
    const cls = d.viewer && this.live.get(d.classId);
    if (!d.viewer || !cls) return send(d.conn, wireError('joinFirst'));
    // Private messages are in the replay: a team sees them all only once the game is over (the debrief).
    if (d.viewer.kind !== 'facilitator' && !cls.session.state.outcome) return send(d.conn, wireError('notYet'));
    send(d.conn, { type: 'replay', replay: classReplay(cls.session) });
  }

  /** Store the change, then make it the class's and tell every device; false (nothing changed) if the store failed. */
  private async commit(cls: LiveClass, change: Change): Promise<boolean> {
    const now = this.clock();
    try {
      await this.options.store.saveClass(cls.id, cls.session.record, change.session.record, change.session.state.outcome !== null, now);
    } catch (e) {
      this.fault(`class ${cls.id}: a change could not be stored: ${(e as Error).message}`);
      return false;
    }
    cls.session = change.session;
    this.arm(cls);
    this.broadcast(cls, change.events, now);
    return true;
  }

  private broadcast(cls: LiveClass, events: ClassEvent[], now: number): void {
    // Views are made once per kind of viewer, not once per device; a viewer that may see none of the
    // change's events (a message between two other teams) has nothing new to see and is not sent one.
    const frames = new Map<string, string | null>();
    for (const d of cls.devices) {
      const v = d.viewer!;
      const key = viewerKey(v);
      let frame = frames.get(key);
      if (frame === undefined) frames.set(key, (frame = eventsFor(v, events).length ? this.viewFrame(cls, v, events, now) : null));
      if (frame !== null) d.conn.send(frame);
    }
  }

  private viewFrame(cls: LiveClass, viewer: Viewer, events: ClassEvent[], now: number): string {
    const message: ServerMessage = { type: 'view', view: viewOf(cls.session, viewer, now), events: eventsFor(viewer, events), ...(viewer.kind === 'facilitator' ? { presence: presenceOf(cls) } : {}) };
    return JSON.stringify(message);
  }

  private sendPresence(cls: LiveClass): void {
    const frame = JSON.stringify({ type: 'presence', presence: presenceOf(cls) } satisfies ServerMessage);
    for (const d of cls.devices) if (d.viewer?.kind === 'facilitator') d.conn.send(frame);
  }

  /** Wake up when the turn timer reaches zero. */
  private arm(cls: LiveClass): void {
    if (cls.wake) clearTimeout(cls.wake);
    cls.wake = null;
    const t = cls.session.record.timer;
    if (!t || t.deadline === null || t.expired || cls.session.record.paused || cls.session.state.outcome) return;
    const delay = Math.min(2 ** 31 - 1, Math.max(0, t.deadline - this.clock()));
    cls.wake = setTimeout(() => void this.serial(cls, () => this.expire(cls)), delay);
  }

  private async expire(cls: LiveClass): Promise<void> {
    const r = expireTimer(cls.session, this.clock());
    if (!r) return this.arm(cls);
    if (r.ok) await this.commit(cls, r.value);
    else this.fault(`class ${cls.id}: the timer could not resolve the turn: ${r.error.code}`);
  }

  private serial(cls: LiveClass, work: () => Promise<void>): Promise<void> {
    const next = cls.queue.then(work).catch((e: unknown) => this.fault(`class ${cls.id}: ${(e as Error).message}`));
    cls.queue = next;
    return next;
  }

  /** Load a class from the store (once, however many devices ask at the same moment). */
  private load(id: string): Promise<LiveClass | null> {
    const live = this.live.get(id);
    if (live) return Promise.resolve(live);
    let loading = this.loading.get(id);
    if (!loading) {
      loading = this.read(id).finally(() => this.loading.delete(id));
      this.loading.set(id, loading);
    }
    return loading;
  }

  private async read(id: string): Promise<LiveClass | null> {
    const stored = await this.options.store.loadClass(id);
    if (!stored) return null;
    const record = parseClassRecord(stored.record);
    if (!record.ok) throw new Error(record.error);
    const scenario = loadScenario(record.value.setup.scenarioId, record.value.setup.variant);
    if (typeof scenario === 'string') throw new Error(scenario);
    const session = restoreClass(scenario, record.value);
    if (!session.ok) throw new Error(`its record does not restore: ${JSON.stringify(session.error)}`);
    const cls: LiveClass = { id, keys: stored.keys, session: session.value, devices: new Set(), queue: Promise.resolve(), wake: null };
    this.live.set(id, cls);
    // The timer may have run out while the server was down.
    await this.serial(cls, () => this.expire(cls));
    return cls;
  }

  /** How long the last turns took to resolve here: from the frame that completed them to every device's frame sent (ms). */
  private readonly resolutions: number[] = [];
  private timed(ms: number): void {
    this.resolutions.push(ms);
    if (this.resolutions.length > 10_000) this.resolutions.shift();
  }

  /** What the server holds and how fast it resolves turns: for the benchmark and an operator. */
  stats(): { classes: number; devices: number; resolutionsMs: number[] } {
    return { classes: this.live.size, devices: this.devices, resolutionsMs: [...this.resolutions] };
  }

  private fault(line: string): void {
    (this.options.log ?? console.error)(line);
  }

  /** Stop every timer and close every connection (the classes are already stored). */
  async close(): Promise<void> {
    for (const cls of this.live.values()) {
      if (cls.wake) clearTimeout(cls.wake);
      await cls.queue;
      for (const d of cls.devices) d.conn.close(1001, 'server stopping');
    }
  }
}

function viewerOfKey(keys: ClassKeys, key: string): Viewer | null {
  // Every key is compared, in constant time, whichever matches.
  let found: Viewer | null = null;
  if (sameSecret(key, keys.facilitator)) found = { kind: 'facilitator' };
  if (sameSecret(key, keys.projector)) found = { kind: 'projector' };
  for (const role of ROLES) if (sameSecret(key, keys.teams[role])) found = { kind: 'team', role };
  return found;
}

function presenceOf(cls: LiveClass): Presence {
  const p: Presence = { teams: {}, projector: 0, facilitator: 0 };
  for (const d of cls.devices) {
    const v = d.viewer!;
    if (v.kind === 'team') p.teams[v.role] = (p.teams[v.role] ?? 0) + 1;
    else p[v.kind]++;
  }
  return p;
}
