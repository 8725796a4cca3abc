// `npm run classroom` as a process: what it prints for the teacher, and a server killed mid-turn
// (SIGKILL: no chance to save anything on the way out) that restarts with nothing lost.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { freePort } from './freePort.ts';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { HOLD, ROLES, type Role } from '../../engine/index.ts';
import type { FacilitatorView, ServerMessage, TeamView } from '../../engine/classroom/index.ts';
import { Device } from '../../cli/classroom/deviceClient.ts';
import { removeDir } from './serverSupport.ts';


const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = join(ROOT, 'cli/classroom/main.ts');
const TSX = pathToFileURL(createRequire(join(ROOT, 'package.json')).resolve('tsx')).href;
const dir = mkdtempSync(join(tmpdir(), 'kuroshio-classroom-process-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  removeDir(dir);
});

interface Started {
  child: ChildProcess;
  out: () => string;
}

/** Start the server as a person would (node with tsx, as npm run classroom does) and wait until stdout shows `ready`. */
function start(args: string[], ready: (out: string) => boolean, db = 'classroom.db'): Promise<Started> {
  const child = spawn(process.execPath, ['--import', TSX, MAIN, '--app', join(dir, 'no-app'), '--db', join(dir, db), ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let errText = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 60 s: ${out}${errText}`)), 60_000);
    child.stderr!.on('data', (b: Buffer) => (errText += b.toString()));
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      if (ready(out)) {
        clearTimeout(timer);
        resolvePromise({ child, out: () => out });
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}): ${out}${errText}`)));
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((r) => (child.exitCode !== null || child.signalCode !== null ? r(child.exitCode) : child.once('exit', (code) => r(code))));

interface Info {
  url: string;
  class: { id: string; keys: { facilitator: string; projector: string; teams: Record<Role, string> }; turn: number };
}
const info = (s: Started): Info => JSON.parse(s.out().split('\n')[0]!) as Info;
const jsonLine = (out: string) => out.includes('\n');

// Each start compiles the server's TypeScript (about a second alone, much more on a busy machine).
const SPAWNING = 120_000;

describe('npm run classroom', () => {
  it('prints the teacher\'s console address, the projector\'s, and each team\'s join address with a QR code', async () => {
    const s = await start(['--port', '0', '--address', '10.1.2.3', '--teams', 'tokyo,washington'], (out) => out.includes('Ctrl-C'), 'printed.db');
    const out = s.out();
    expect(out).toMatch(/Teacher's console \(keep this address to yourself\): http:\/\/10\.1\.2\.3:\d+\/\?class=[0-9A-Z]{10}#key=[0-9A-Z]{26}/);
    expect(out).toMatch(/Projector: http:\/\/10\.1\.2\.3:\d+\/\?class=[0-9A-Z]{10}#key=[0-9A-Z]{10}/);
    expect(out).toMatch(/Tokyo: http:\/\/10\.1\.2\.3:\d+\/\?class=[0-9A-Z]{10}#key=[0-9A-Z]{10}/);
    expect(out.match(/Scan to join as/g)).toHaveLength(2);
    expect(out).toContain('Beijing is played by a cautious bot.');
    expect(out).toContain('▄▄▄▄▄▄▄');
    const port = /:(\d+)\//.exec(out)![1];
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('npm run build');
    s.child.kill('SIGTERM');
    expect(await exited(s.child)).toBe(0);
  }, SPAWNING);

  it('refuses bad options with one line and exit code 2', async () => {
    const child = spawn(process.execPath, ['--import', TSX, MAIN, '--teams', 'tokyo,moscow'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let err = '';
    child.stderr!.on('data', (b: Buffer) => (err += b.toString()));
    expect(await exited(child)).toBe(2);
    expect(err.trim()).toBe('--teams takes roles separated by commas, from: beijing, taipei, tokyo, washington.');
  }, SPAWNING);

  it('is killed mid-turn and restarts with nothing lost: locked choices, talk, pending inject and timer', async () => {
    const port = String(await freePort());
    const args = ['--port', port, '--listen', '127.0.0.1', '--json'];
    let server = await start(args, jsonLine);
    const { url, class: cls } = info(server);
    const teams = Object.fromEntries(await Promise.all(ROLES.map(async (r) => [r, await Device.join(url, cls.id, cls.keys.teams[r])] as const))) as Record<Role, Device>;
    const facilitator = await Device.join(url, cls.id, cls.keys.facilitator);
    const projector = await Device.join(url, cls.id, cls.keys.projector);
    const resolvedTurn = (turn: number) => (m: ServerMessage) => m.type === 'view' && m.events.some((e) => e.type === 'turnResolved' && e.turn === turn);

    // Turn 1 plays out.
    const first = projector.waitFor(resolvedTurn(0));
    for (const r of ROLES) await teams[r].intent({ kind: 'lock', decision: HOLD });
    await first;

    // Turn 2, half way: two teams locked (a step each, open to them now), a statement, a private message, a timer and an inject.
    const step = (r: Role) => (teams[r].view as TeamView).options.find((o) => o.decision !== HOLD && o.openness.open)!.decision;
    const tokyoStep = step('tokyo');
    const beijingStep = step('beijing');
    await teams.tokyo.intent({ kind: 'lock', decision: tokyoStep });
    await teams.beijing.intent({ kind: 'lock', decision: beijingStep });
    await teams.washington.intent({ kind: 'statement', text: 'The United States stands by its commitments.' });
    await teams.tokyo.intent({ kind: 'message', to: 'taipei', text: 'Our coast guard is ready.' });
    await facilitator.intent({ kind: 'setTimer', seconds: 900, holdAtZero: true });
    // A deck inject not drawn yet (the seed is the server's, and turn 1 may have drawn one).
    const INJECT = (facilitator.view as FacilitatorView).deck.find((i) => !i.played)!.id;
    expect(await facilitator.intent({ kind: 'facilitate', action: { kind: 'inject', injectId: INJECT }, reason: 'A mine' })).toMatchObject({ type: 'done' });
    const before = facilitator.view as FacilitatorView;

    const dropped = [...Object.values(teams), facilitator, projector].map((d) => new Promise((r) => (d.closed ? r(null) : d.ws.once('close', r))));
    server.child.kill('SIGKILL');
    await exited(server.child);
    await Promise.all(dropped);

    server = await start(args, jsonLine);
    expect(info(server).class.id).toBe(cls.id);
    const back = Object.fromEntries(await Promise.all(ROLES.map(async (r) => [r, await Device.resume(url, cls.id, teams[r].token)] as const))) as Record<Role, Device>;
    const fac = await Device.resume(url, cls.id, facilitator.token);
    const proj = await Device.resume(url, cls.id, projector.token);
    const view = (r: Role) => back[r].view as TeamView;
    expect(view('tokyo').locked?.decision).toBe(tokyoStep);
    expect(view('beijing').locked?.decision).toBe(beijingStep);
    expect(view('taipei').locked).toBeNull();
    expect(view('taipei').messages.map((m) => m.text)).toEqual(['Our coast guard is ready.']);
    expect(proj.view.statements.map((s) => s.text)).toEqual(['The United States stands by its commitments.']);
    expect(proj.view.news[0]).toEqual({ type: 'injectPlayed', id: INJECT });
    const after = fac.view as FacilitatorView;
    expect(after.pending).toEqual(before.pending);
    expect(after.locked).toEqual(before.locked);
    expect(after.timer?.deadline).toBe(before.timer?.deadline);
    expect(after.seq).toBe(before.seq);

    // The turn goes on where it was.
    const second = proj.waitFor(resolvedTurn(1));
    await back.taipei.intent({ kind: 'lock', decision: HOLD });
    await back.washington.intent({ kind: 'lock', decision: HOLD });
    await second;
    expect(proj.view.log.map((t) => t.commands.map((c) => c.decision))[1]).toEqual([beijingStep, 'hold', tokyoStep, 'hold']);
    expect(proj.view.log[1]!.facilitator?.[0]?.action).toEqual({ kind: 'inject', injectId: INJECT });
    await Promise.all([...Object.values(back), fac, proj].map((d) => d.close()));
    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toBe(0);
  }, SPAWNING);
});
