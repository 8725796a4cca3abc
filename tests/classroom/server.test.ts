// The networked classroom over real WebSockets on loopback: four team devices, a facilitator and a
// projector play a class through the server, which keeps it in SQLite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionsOf, parseReplay, verifyReplay, HOLD, ROLES, type Role } from '../../engine/index.ts';
import { checkViewLog, type ClassView, type FacilitatorView, type ServerMessage, type TeamView } from '../../engine/classroom/index.ts';
import { loadScenario } from '../../scenarios/catalog.ts';
import { Device } from '../../cli/classroom/deviceClient.ts';
import { removeDir, startTestServer, type TestServer } from './serverSupport.ts';
import { fixtures } from './support.ts';

const { open: FIRST, closed: CLOSED, inject: INJECT, otherInject: OTHER_INJECT, terms: TERMS } = fixtures();

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(async () => {
  await ts.stop();
  removeDir(ts.dir);
});

async function joinAll(id: string, keys: { facilitator: string; projector: string; teams: Record<Role, string> }) {
  const teams = Object.fromEntries(await Promise.all(ROLES.map(async (r) => [r, await Device.join(ts.base, id, keys.teams[r])] as const))) as Record<Role, Device>;
  const facilitator = await Device.join(ts.base, id, keys.facilitator);
  const projector = await Device.join(ts.base, id, keys.projector);
  return { teams, facilitator, projector, all: [...Object.values(teams), facilitator, projector] };
}

const turnResolved = (turn: number) => (m: ServerMessage) => m.type === 'view' && m.events.some((e) => e.type === 'turnResolved' && e.turn === turn);

/** What a device checks after a turn: the log it was sent, played through the engine, gives the state hash it was sent. */
function checkHash(view: ClassView): boolean {
  const scenario = loadScenario(view.setup.scenarioId, view.setup.variant);
  return typeof scenario !== 'string' && checkViewLog(scenario, view);
}

describe('a class over the network', () => {
  it('plays a game to a negotiated settlement: a statement, a private message, a draft proposal, an inject, a device that reconnects, terms on a command', async () => {
    const { id, keys } = await ts.createClass();
    const { teams, facilitator, projector, all } = await joinAll(id, keys);
    expect(teams.tokyo.messages[0]).toMatchObject({ type: 'welcome', classId: id, viewer: { kind: 'team', role: 'tokyo' } });
    expect(facilitator.messages[0]).toMatchObject({ type: 'welcome', viewer: { kind: 'facilitator' } });
    const open = (role: Role, decision: string) => (teams[role].view as TeamView).options.some((o) => o.decision === decision && o.openness.open);
    const lockAll = async (turn: number, choices: Partial<Record<Role, { decision: string; proposal?: { terms: string[]; note: string } }>>) => {
      const resolved = Object.values(teams).concat([facilitator, projector]).map((d) => d.waitFor(turnResolved(turn)));
      for (const r of ROLES) expect(await teams[r].intent({ kind: 'lock', decision: HOLD, ...choices[r] })).toMatchObject({ type: 'done' });
      await Promise.all(resolved);
    };

    // Turn 1: talk, a draft proposal accepted, an inject; Beijing interferes with shipping.
    expect(await teams.tokyo.intent({ kind: 'statement', text: 'Japan calls on all sides to keep the sea lanes open.' })).toMatchObject({ type: 'done' });
    expect(await teams.tokyo.intent({ kind: 'message', to: 'washington', text: 'Will you consult us before operating from Okinawa?' })).toMatchObject({ type: 'done' });
    const draft = [TERMS.taipei, TERMS.beijing];
    expect(await teams.taipei.intent({ kind: 'propose', to: 'beijing', terms: draft, note: 'Ships first.' })).toMatchObject({ type: 'done' });
    const offer = (teams.beijing.view as TeamView).proposals[0]!;
    expect(offer).toMatchObject({ from: 'taipei', status: 'open', terms: draft });
    expect(await teams.beijing.intent({ kind: 'answer', proposal: offer.id, accept: true })).toMatchObject({ type: 'done' });
    expect(await facilitator.intent({ kind: 'facilitate', action: { kind: 'inject', injectId: INJECT }, reason: 'Raise the stakes' })).toMatchObject({ type: 'done' });
    // Everyone sees the statement and the inject now; the message and the draft only their two teams and the facilitator.
    for (const d of all) {
      await d.seen(facilitator.view.seq);
      expect(d.view.statements.map((x) => x.from)).toEqual(['tokyo']);
      expect(d.view.news[0]).toEqual({ type: 'injectPlayed', id: INJECT });
    }
    const saw = (text: string) => (d: Device) => d.frames.some((f) => f.includes(text));
    expect([teams.tokyo, teams.washington, facilitator].map(saw('consult us before operating'))).toEqual([true, true, true]);
    expect([teams.beijing, teams.taipei, projector].map(saw('consult us before operating'))).toEqual([false, false, false]);
    expect([teams.taipei, teams.beijing, facilitator].map(saw('Ships first'))).toEqual([true, true, true]);
    expect([teams.tokyo, teams.washington, projector].map(saw('Ships first'))).toEqual([false, false, false]);
    expect(projector.frames.some((f) => f.includes('Raise the stakes'))).toBe(false);
    const coercion = ['declareBlockade', 'declareQuarantine'].find((d) => open('beijing', d))!;
    await lockAll(0, { beijing: { decision: coercion } });
    for (const d of all) {
      expect(d.view.turn).toBe(1);
      expect(checkHash(d.view)).toBe(true);
    }
    expect(projector.view.lastTurn?.events.find((e) => e.type === 'decisionTaken' && e.role === 'beijing')).toMatchObject({ decision: coercion });

    // Turn 2: Taipei opens talks; Tokyo locks in, its device drops (sleep, Wi-Fi), comes back with its token, and finds its choice.
    expect(await teams.tokyo.intent({ kind: 'lock', decision: HOLD })).toMatchObject({ type: 'done' });
    const token = teams.tokyo.token;
    await teams.tokyo.close();
    const presence = await facilitator.waitFor((m) => m.type === 'presence' && !m.presence.teams.tokyo);
    expect(presence).toMatchObject({ type: 'presence', presence: { teams: { beijing: 1, taipei: 1, washington: 1 }, projector: 1, facilitator: 1 } });
    teams.tokyo = await Device.resume(ts.base, id, token);
    expect(teams.tokyo.messages[0]).toMatchObject({ type: 'welcome', viewer: { kind: 'team', role: 'tokyo' }, token });
    expect((teams.tokyo.view as TeamView).locked?.decision).toBe(HOLD);
    expect((teams.tokyo.view as TeamView).messages).toHaveLength(1);
    expect(open('taipei', 'openNegotiations')).toBe(true);
    await lockAll(1, { taipei: { decision: 'openNegotiations' } });

    // Turn 3: Taipei puts its terms on the table with its decision; the facilitator resolves with Beijing undecided.
    const terms = { terms: [TERMS.taipei, TERMS.beijing], note: 'Ships first, then talks.' };
    expect(await teams.taipei.intent({ kind: 'lock', decision: 'proposeSettlement', proposal: terms })).toMatchObject({ type: 'done' });
    expect(teams.beijing.frames.some((f) => f.includes('Ships first, then talks.'))).toBe(false);
    const resolved3 = [...Object.values(teams), facilitator, projector].map((d) => d.waitFor(turnResolved(2)));
    expect(await facilitator.intent({ kind: 'resolve' })).toMatchObject({ type: 'done' });
    await Promise.all(resolved3);
    expect(projector.view.state.talks.offer).toMatchObject({ by: 'taipei', ...terms });

    // Turn 4: Beijing agrees; the game ends in a negotiated settlement with those terms.
    expect(open('beijing', 'agreeSettlement')).toBe(true);
    await lockAll(3, { beijing: { decision: 'agreeSettlement' } });
    const devices = [...Object.values(teams), facilitator, projector];
    for (const d of devices) {
      expect(d.view.outcome).toBe('negotiatedSettlement');
      expect(d.view.state.talks.agreed).toMatchObject({ by: 'taipei', ...terms });
      expect(d.view.log).toHaveLength(4);
      expect(checkHash(d.view)).toBe(true);
    }

    // The game is over: every device may have the replay, with what the teams said, for the debrief.
    for (const d of devices) d.send({ type: 'replay' });
    const replays = await Promise.all(devices.map((d) => d.waitFor((m) => m.type === 'replay')));
    const r = replays[0]!;
    const replay = parseReplay(JSON.stringify(r.type === 'replay' && r.replay));
    expect(replay.ok).toBe(true);
    if (!replay.ok) return;
    expect(replay.value.turns).toHaveLength(4);
    expect(replay.value.turns[2]!.commands.find((c) => c.role === 'taipei')).toMatchObject({ decision: 'proposeSettlement', proposal: terms });
    expect(replay.value.talk?.statements).toHaveLength(1);
    expect(replay.value.talk?.messages).toEqual([{ turn: 0, from: 'tokyo', to: 'washington', text: 'Will you consult us before operating from Okinawa?' }]);
    expect(replay.value.talk?.proposals[0]).toMatchObject({ status: 'accepted', terms: draft, note: 'Ships first.' });
    expect(replay.value.turns[0]!.facilitator?.[0]?.action).toEqual({ kind: 'inject', injectId: INJECT });
    const scenario = loadScenario('blockade');
    expect(typeof scenario !== 'string' && verifyReplay(replay.value, scenario).ok).toBe(true);
    await Promise.all(devices.map((d) => d.close()));
  });

  it('sends a team no other team\'s options or locked choice before the turn resolves', async () => {
    const { id, keys } = await ts.createClass({ seed: 'frames' });
    const { teams, facilitator, all } = await joinAll(id, keys);
    for (const r of ['beijing', 'taipei', 'tokyo'] as const) await teams[r].intent({ kind: 'lock', decision: FIRST[r] });
    await teams.washington.intent({ kind: 'statement', text: 'Washington is watching.' });
    await facilitator.intent({ kind: 'facilitate', action: { kind: 'inject', injectId: OTHER_INJECT }, reason: 'Markets' });
    const before = Object.fromEntries(ROLES.map((r) => [r, [...teams[r].frames]])) as Record<Role, string[]>;
    const resolved = all.map((d) => d.waitFor(turnResolved(0)));
    await teams.washington.intent({ kind: 'lock', decision: FIRST.washington });
    await Promise.all(resolved);

    for (const viewer of ROLES) {
      expect(before[viewer].length).toBeGreaterThan(3);
      for (const frame of before[viewer]) {
        const m = JSON.parse(frame) as ServerMessage;
        if (m.type === 'view') {
          const v = m.view as TeamView;
          expect(v.role).toBe(viewer);
          expect(v.options.map((o) => o.decision)).toEqual([HOLD, ...decisionsOf(viewer)]);
          expect([null, FIRST[viewer]]).toContain(v.locked?.decision ?? null);
          expect(v).not.toHaveProperty('pending');
        }
        // No other team's decision names at all: not their options, not their choices.
        for (const other of ROLES.filter((r) => r !== viewer)) {
          for (const d of decisionsOf(other).filter((x) => !decisionsOf(viewer).includes(x as never))) expect(frame).not.toContain(`"${d}"`);
        }
        expect(frame).not.toContain('Markets');
      }
    }
    // After resolution the choices are public: the turn's report names them.
    expect(teams.tokyo.frames.at(-1)).toContain(`"${FIRST.beijing}"`);
    await Promise.all(all.map((d) => d.close()));
  });
});

describe('a device that is not welcome', () => {
  it('cannot read or act in another class, or as another team', async () => {
    const a = await ts.createClass({ seed: 'class-a' });
    const b = await ts.createClass({ seed: 'class-b' });
    const wrong = await Device.join(ts.base, b.id, a.keys.teams.tokyo);
    expect(wrong.lastError()).toMatchObject({ code: 'wrongKey' });
    expect(wrong.messages.some((m) => m.type === 'view' || m.type === 'welcome')).toBe(false);
    const tokyoA = await Device.join(ts.base, a.id, a.keys.teams.tokyo);
    const elsewhere = await Device.resume(ts.base, b.id, tokyoA.token);
    expect(elsewhere.lastError()).toMatchObject({ code: 'unknownToken' });
    // A team's device acts as its team only: the role is the device's, never named by it.
    expect(await tokyoA.intent({ kind: 'resolve' })).toMatchObject({ type: 'refused', refusal: { code: 'notAllowed' } });
    const projector = await Device.join(ts.base, a.id, a.keys.projector);
    expect(await projector.intent({ kind: 'lock', decision: HOLD })).toMatchObject({ type: 'refused', refusal: { code: 'notAllowed' } });
    // The replay holds every private message: a team gets it only when the game is over.
    tokyoA.send({ type: 'replay' });
    expect(await tokyoA.waitFor((m) => m.type === 'error')).toMatchObject({ code: 'notYet' });
    tokyoA.send({ type: 'join', key: a.keys.teams.beijing });
    expect(await tokyoA.waitFor((m) => m.type === 'error')).toMatchObject({ code: 'alreadyJoined' });
    expect((tokyoA.view as TeamView).role).toBe('tokyo');
    const unjoined = await Device.open(ts.base, a.id);
    unjoined.send({ type: 'intent', id: 1, intent: { kind: 'lock', decision: 'hold' } });
    expect(await unjoined.waitFor((m) => m.type === 'error')).toMatchObject({ code: 'joinFirst' });
    const badPath = await Device.open(ts.base, 'not-a-class');
    await new Promise((r) => badPath.ws.once('close', r));
    expect(badPath.closed?.code).toBe(1008);
    expect((await ts.server.hub.classInfo(a.id))?.session.record.seq).toBe(0);
    await Promise.all([wrong, tokyoA, elsewhere, projector, unjoined].map((d) => d.close()));
  });

  it('gets an error for a bad message, and nothing changes', async () => {
    const { id, keys } = await ts.createClass({ seed: 'bad-messages' });
    const tokyo = await Device.join(ts.base, id, keys.teams.tokyo);
    const facilitator = await Device.join(ts.base, id, keys.facilitator);
    const seq = () => ts.server.hub.classInfo(id).then((c) => c?.session.record.seq);
    const expectError = async (frame: unknown, code: string) => {
      const next = tokyo.waitFor((m) => m.type === 'error' || m.type === 'refused');
      tokyo.send(frame);
      expect(await next).toMatchObject(['closed', 'notADecision'].includes(code) ? { type: 'refused', refusal: { code } } : { type: 'error', code });
    };
    await expectError('{not json', 'badJson');
    await expectError({ type: 'shout' }, 'badMessage');
    await expectError({ type: 'intent', id: 1, intent: { kind: 'lock', decision: 5 } }, 'badMessage');
    await expectError({ type: 'intent', id: 1, intent: { kind: 'lock', decision: 'hold', role: 'beijing' } }, 'badMessage');
    await expectError({ type: 'intent', id: -1, intent: { kind: 'unlock' } }, 'badMessage');
    await expectError({ type: 'intent', id: 1, intent: { kind: 'lock', decision: FIRST.beijing } }, 'notADecision');
    await expectError({ type: 'intent', id: 1, intent: { kind: 'lock', decision: CLOSED.tokyo } }, 'closed');
    await expectError({ type: 'join', key: '__proto__' }, 'badMessage');
    await expectError(JSON.stringify({ type: 'resume', token: 'x'.repeat(32) }), 'badMessage');
    const binary = tokyo.waitFor((m) => m.type === 'error');
    tokyo.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await binary).toMatchObject({ code: 'badMessage' });
    const refused = await tokyo.intent({ kind: 'statement', text: 'x'.repeat(300) });
    expect(refused).toMatchObject({ type: 'refused', refusal: { code: 'textTooLong' }, message: 'That is too long: at most 280 characters.' });
    expect(await seq()).toBe(0);
    expect(facilitator.messages.filter((m) => m.type === 'view')).toHaveLength(1);
    await Promise.all([tokyo.close(), facilitator.close()]);
  });
});

describe('limits', () => {
  let small: TestServer;
  beforeAll(async () => {
    small = await startTestServer({ burst: 5, perSecond: 1, maxRateRefusals: 10, maxFrameBytes: 1024, maxPayloadBytes: 4096, failuresPerMinute: 3 });
  });
  afterAll(async () => {
    await small.stop();
    removeDir(small.dir);
  });

  it('answers a frame over the size limit with an error, and closes the connection for one over the transport limit', async () => {
    const { id, keys } = await small.createClass();
    const tokyo = await Device.join(small.base, id, keys.teams.tokyo);
    const tooLarge = tokyo.waitFor((m) => m.type === 'error');
    tokyo.send({ type: 'intent', id: 1, intent: { kind: 'statement', text: 'x'.repeat(2000) } });
    expect(await tooLarge).toMatchObject({ code: 'tooLarge', message: 'That message is larger than the 1,024 bytes a device may send.' });
    expect(tokyo.closed).toBeNull();
    const closed = new Promise((r) => tokyo.ws.once('close', r));
    tokyo.send('x'.repeat(5000));
    await closed;
    expect(tokyo.closed?.code).toBe(1009);
    expect((await small.server.hub.classInfo(id))?.session.record.talk.statements).toEqual([]);
  });

  it('refuses frames sent faster than the rate limit, and closes a device that keeps on', async () => {
    const { id, keys } = await small.createClass({ seed: 'rate' });
    const tokyo = await Device.join(small.base, id, keys.teams.tokyo);
    const closed = new Promise((r) => tokyo.ws.once('close', r));
    for (let i = 0; i < 30; i++) tokyo.send({ type: 'intent', id: i + 10, intent: { kind: 'unlock' } });
    await closed;
    const errors = tokyo.messages.filter((m) => m.type === 'error');
    expect(errors.length).toBeGreaterThanOrEqual(10);
    expect(errors.every((e) => e.type === 'error' && e.code === 'rateLimited')).toBe(true);
    expect(tokyo.closed?.code).toBe(1008);
  });

  it('stops an address that keeps trying wrong codes, even with a right one', async () => {
    const { id, keys } = await small.createClass({ seed: 'attempts' });
    for (let i = 0; i < 3; i++) expect((await Device.join(small.base, id, 'WR0NGWR0NG')).lastError()).toMatchObject({ code: 'wrongKey' });
    expect((await Device.join(small.base, id, keys.teams.tokyo)).lastError()).toMatchObject({ code: 'tooManyAttempts' });
  });

  it('creates classes only with the server\'s key', async () => {
    const res = await fetch(`${small.base}/api/classes`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer nope' }, body: JSON.stringify({ scenario: 'blockade', teams: ['tokyo'] }) });
    expect(res.status).toBe(401);
    const bad = await fetch(`${small.base}/api/classes`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${(await import('./serverSupport.ts')).HOST_KEY}` }, body: JSON.stringify({ scenario: 'blockade', teams: [] }) });
    expect(bad.status).toBe(400);
  });
});

describe('a server restarted on the same database', () => {
  it('has every class as it was, locked choices and pending commands included', async () => {
    const first = await startTestServer();
    const { id, keys } = await first.createClass({ seed: 'restart-in-process' });
    const tokyo = await Device.join(first.base, id, keys.teams.tokyo);
    const facilitator = await Device.join(first.base, id, keys.facilitator);
    await tokyo.intent({ kind: 'lock', decision: FIRST.tokyo });
    await tokyo.intent({ kind: 'message', to: 'beijing', text: 'A word in private.' });
    await facilitator.intent({ kind: 'setTimer', seconds: 600, holdAtZero: false });
    await facilitator.intent({ kind: 'facilitate', action: { kind: 'inject', injectId: INJECT }, reason: 'Now' });
    const before = (await first.server.hub.classInfo(id))!.session.record;
    await first.stop();
    const second = await startTestServer({}, first.dir);
    const back = await Device.resume(second.base, id, tokyo.token);
    const tv = back.view as TeamView;
    expect(tv.locked?.decision).toBe(FIRST.tokyo);
    expect(tv.messages.map((m) => m.text)).toEqual(['A word in private.']);
    const fac = await Device.resume(second.base, id, facilitator.token);
    expect((fac.view as FacilitatorView).pending.map((p) => p.action)).toEqual([{ kind: 'inject', injectId: INJECT }]);
    expect(fac.view.timer?.deadline).toBe(before.timer?.deadline);
    expect((await second.server.hub.classInfo(id))!.session.record).toEqual(before);
    await Promise.all([back.close(), fac.close()]);
    await second.stop();
    removeDir(first.dir);
  });
});

describe('the turn timer on the server', () => {
  it('resolves the turn at zero with undecided teams holding, also in a class loaded after its deadline', async () => {
    let skew = 0;
    const clock = () => Date.now() + skew;
    const one = await startTestServer({}, undefined, clock);
    const { id, keys } = await one.createClass({ seed: 'timer' });
    const facilitator = await Device.join(one.base, id, keys.facilitator);
    const tokyo = await Device.join(one.base, id, keys.teams.tokyo);
    await tokyo.intent({ kind: 'lock', decision: FIRST.tokyo });
    await facilitator.intent({ kind: 'setTimer', seconds: 60, holdAtZero: true });
    // A minute passes; the next change re-arms the wake-up, which is now due.
    skew = 61_000;
    const resolved = facilitator.waitFor(turnResolved(0));
    await tokyo.intent({ kind: 'statement', text: 'Time is short.' });
    const m = await resolved;
    expect(m.type === 'view' && m.events.map((e) => e.type)).toEqual(['timeUp', 'turnResolved']);
    expect(facilitator.view.log[0]!.commands.map((c) => c.decision)).toEqual(['hold', 'hold', FIRST.tokyo, 'hold']);
    expect(facilitator.view.timer).toMatchObject({ expired: false, durationMs: 60_000 });
    await Promise.all([facilitator.close(), tokyo.close()]);
    await one.stop();

    // The server is down while the next turn's minute runs out: the class resolves when it is loaded again.
    skew = 200_000;
    const two = await startTestServer({}, one.dir, clock);
    const back = await Device.join(two.base, id, keys.projector);
    expect(back.view.turn).toBe(2);
    expect(back.view.log[1]!.commands.every((c) => c.decision === 'hold' || c.by !== 'human')).toBe(true);
    await back.close();
    await two.stop();
    removeDir(one.dir);
  });
});

describe('a database that fails', () => {
  it('answers the change with an error and keeps the class as it was', async () => {
    const { startClassroomServer } = await import('../../cli/classroom/server.ts');
    const { openSqliteStore } = await import('../../cli/classroom/store.ts');
    const real = openSqliteStore(':memory:');
    let failing = false;
    const store = { ...real, saveClass: (...args: Parameters<typeof real.saveClass>) => (failing ? Promise.reject(new Error('disk full')) : real.saveClass(...args)) };
    const server = await startClassroomServer({ store, appDir: null, listen: '127.0.0.1', port: 0, hostKey: 'K'.repeat(26), log: () => {} });
    const created = await server.hub.createClass({ scenarioId: 'blockade', seed: 'failing-store', seats: { beijing: 'human', taipei: 'human', tokyo: 'human', washington: 'human' } });
    if (!created.ok) throw new Error(created.error);
    const tokyo = await Device.join(server.url, created.value.id, created.value.keys.teams.tokyo);
    failing = true;
    const error = tokyo.waitFor((m) => m.type === 'error');
    tokyo.send({ type: 'intent', id: 1, intent: { kind: 'lock', decision: HOLD } });
    expect(await error).toMatchObject({ code: 'storage' });
    expect((await server.hub.classInfo(created.value.id))?.session.record.locked).toEqual({});
    failing = false;
    expect(await tokyo.intent({ kind: 'lock', decision: HOLD })).toMatchObject({ type: 'done' });
    await tokyo.close();
    await server.close();
    await real.close();
  });
});
