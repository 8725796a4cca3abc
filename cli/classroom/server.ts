import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { WebSocket } from 'ws';
import { printable, ROLES, type Role, type Seats } from '../../engine/index.ts';
import { z } from '../../engine/zod.ts';
import { classIdSchema, clientMessageSchema, type ServerMessage } from '../../engine/classroom/index.ts';
import { t } from '../../scenarios/words/words.ts';
import { Hub, wireError, type Connection } from './hub.ts';
import { Bucket, DEFAULT_LIMITS, FailureCounter, type Limits } from './limits.ts';
import { sameSecret } from './secrets.ts';
import type { ClassStore } from './store.ts';

// One Node process: the built app as static files, a WebSocket endpoint per class at /ws/CLASS, and
// a small HTTP API to create classes with the server's own key. Fastify and its plugins parse HTTP,
// WebSocket frames and JSON bodies; every frame's content is then checked with the protocol's zod
// schema before the hub sees it.

export interface ServerOptions {
  store: ClassStore;
  /** The built app's folder; null or missing: a page says the app is not built. */
  appDir: string | null;
  /** The address to listen on: 0.0.0.0 for the local network, 127.0.0.1 for this computer only. */
  listen?: string;
  port?: number;
  /** The server's own key: creating a class over HTTP needs it. */
  hostKey: string;
  limits?: Partial<Limits>;
  clock?: () => number;
  log?: (line: string) => void;
  /** How often dead connections are looked for (a device that slept without closing its socket). */
  heartbeatMs?: number;
  /** Behind a load balancer or reverse proxy: take a device's address from X-Forwarded-For. */
  trustProxy?: boolean;
}

export interface RunningServer {
  /** Where it listens, e.g. http://127.0.0.1:8080 (no trailing slash). */
  url: string;
  port: number;
  hub: Hub;
  close(): Promise<void>;
}

const newClassBody = z.strictObject({
  scenario: z.string().max(64),
  variant: z.string().max(64).optional(),
  seed: z.string().max(200).optional(),
  /** The roles teams of people play; bots play the rest. */
  teams: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
  bots: z.enum(['cautious', 'hawkish']).optional(),
});

export const seatsFor = (teams: readonly Role[], bots: 'cautious' | 'hawkish' = 'cautious'): Seats =>
  Object.fromEntries(ROLES.map((r) => [r, teams.includes(r) ? 'human' : `bot:${bots}`])) as Seats;

export async function startClassroomServer(o: ServerOptions): Promise<RunningServer> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...o.limits };
  const clock = o.clock ?? Date.now;
  const hub = new Hub({ store: o.store, limits, clock, log: o.log });
  const failures = new FailureCounter(limits.failuresPerMinute);
  const app: FastifyInstance = Fastify({ logger: false, bodyLimit: 16 * 1024, trustProxy: o.trustProxy ?? false });
  await app.register(fastifyWebsocket, { options: { maxPayload: limits.maxPayloadBytes } });

  app.get('/ws/:classId', { websocket: true }, (socket: WebSocket, req) => {
    const address = req.ip;
    const reply = (m: ServerMessage) => socket.readyState === socket.OPEN && socket.send(JSON.stringify(m));
    const classId = classIdSchema.safeParse((req.params as { classId?: unknown }).classId);
    if (!classId.success) {
      reply(wireError('wrongKey'));
      socket.close(1008, 'no such class');
      return;
    }
    const conn: Connection = {
      address,
      send: (frame) => {
        if (socket.readyState !== socket.OPEN) return;
        // A device that does not read what it is sent (stalled, or hostile) is cut off rather than
        // let its frames pile up in the server's memory; it can resume with its token.
        if (socket.bufferedAmount > limits.maxBufferedBytes) return socket.terminate();
        socket.send(frame);
      },
      close: (code, reason) => socket.close(code, reason),
    };
    const device = hub.connect(conn, classId.data);
    if (!device) {
      socket.close(1013, 'server full');
      return;
    }
    const bucket = new Bucket(limits.burst, limits.perSecond, clock());
    let rateRefusals = 0;
    // One device's frames are taken in the order they came.
    let chain = Promise.resolve();
    socket.on('message', (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
      const now = clock();
      if (!bucket.take(now)) {
        reply(wireError('rateLimited'));
        if (++rateRefusals > limits.maxRateRefusals) socket.close(1008, 'too many messages');
        return;
      }
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      if (bytes.length > limits.maxFrameBytes) return reply(wireError('tooLarge', { max: limits.maxFrameBytes }));
      if (isBinary) return reply(wireError('badMessage', { detail: 'binary frame' }));
      let json: unknown;
      try {
        json = JSON.parse(bytes.toString('utf8'));
      } catch {
        return reply(wireError('badJson'));
      }
      const parsed = clientMessageSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return reply(wireError('badMessage', { detail: printable(`${issue.path.join('.') || '(top level)'}: ${issue.message}`, 120) }));
      }
      const m = parsed.data;
      if ((m.type === 'join' || m.type === 'resume') && !failures.allowed(address, now)) return reply(wireError('tooManyAttempts'));
      chain = chain.then(async () => {
        try {
          if ((await hub.receive(device, m)) === 'failed') failures.record(address, clock());
        } catch (e) {
          // The store failed (a full disk, a lost database server): say so; the class is unchanged.
          (o.log ?? console.error)(`a message could not be handled: ${(e as Error).message}`);
          reply(wireError('storage'));
        }
      });
    });
    let alive = true;
    socket.on('pong', () => (alive = true));
    const beat = setInterval(() => {
      if (!alive) return socket.terminate();
      alive = false;
      socket.ping();
    }, o.heartbeatMs ?? 30_000);
    socket.on('close', () => {
      clearInterval(beat);
      hub.disconnect(device);
    });
  });

  app.post('/api/classes', async (req, res) => {
    const auth = req.headers.authorization ?? '';
    if (!sameSecret(auth.replace(/^Bearer /, ''), o.hostKey)) return res.code(401).send({ error: 'the server key is needed to create a class' });
    const body = newClassBody.safeParse(req.body);
    if (!body.success) return res.code(400).send({ error: printable(body.error.issues[0]!.message, 120) });
    const b = body.data;
    const created = await hub.createClass({ scenarioId: b.scenario, variant: b.variant, seed: b.seed, seats: seatsFor(b.teams, b.bots) });
    if (!created.ok) return res.code(400).send({ error: created.error });
    return res.code(201).send({ id: created.value.id, keys: created.value.keys });
  });

  app.get('/healthz', async () => ({ ok: true }));

  app.get('/api/stats', async (req, res) => {
    if (!sameSecret((req.headers.authorization ?? '').replace(/^Bearer /, ''), o.hostKey)) return res.code(401).send({ error: 'the server key is needed' });
    return { ...hub.stats(), memoryMb: Math.round(process.memoryUsage().rss / 1e6) };
  });

  if (o.appDir && existsSync(o.appDir)) {
    await app.register(fastifyStatic, { root: o.appDir, prefix: '/' });
  } else {
    app.get('/', async (_req, res) => res.code(503).type('text/plain; charset=utf-8').send(t('classroom.cli.noApp', { dir: o.appDir ?? 'dist' })));
  }

  await app.listen({ host: o.listen ?? '0.0.0.0', port: o.port ?? 8080 });
  const { port } = app.server.address() as AddressInfo;
  const host = o.listen && o.listen !== '0.0.0.0' ? o.listen : '127.0.0.1';
  return {
    url: `http://${host}:${port}`,
    port,
    hub,
    async close() {
      await hub.close();
      await app.close();
    },
  };
}
