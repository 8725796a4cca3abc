// `npm run bench:classroom`: 50 classes of six devices (four teams, a facilitator, a projector) on
// loopback against one server process, playing turns with talk as a class does. Prints turn-resolution
// latency (from the last team's lock to every device of the class holding the new turn), and the
// server's memory and CPU. Figures to read, not a test: the devices run in this process, on the
// same machine, and take CPU of their own.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFlags } from '../flags.ts';
import { ROLES, type Role } from '../../engine/index.ts';
import type { ServerMessage, TeamView } from '../../engine/classroom/index.ts';
import { REPO_ROOT } from './appBuild.ts';
import { Device } from './deviceClient.ts';

const flags = parseFlags(process.argv.slice(2), { classes: 'string', turns: 'string', think: 'string' }, 0, 'bench:classroom');
if (!flags.ok) {
  console.error(flags.error);
  process.exit(2);
}
const CLASSES = Number(flags.value.values.classes ?? 50);
const TURNS = Number(flags.value.values.turns ?? 5);
/** Each team decides (and talks) within this many milliseconds of a turn's start: people, not a flood. */
const THINK_MS = Number(flags.value.values.think ?? 3000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

/** The server process's resident memory (current and peak, MB) and CPU time (s), from /proc. */
function usage(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime are fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024, cpuS: (Number(stat[11]) + Number(stat[12])) / 100 };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'kuroshio-bench-classroom-'));
  const tsx = createRequire(join(REPO_ROOT, 'package.json')).resolve('tsx');
  const child = spawn(process.execPath, [...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROF] : []), '--import', tsx, join(REPO_ROOT, 'cli/classroom/main.ts'), '--port', '0', '--listen', '127.0.0.1', '--json', '--db', join(dir, 'bench.db'), '--app', join(dir, 'no-app')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
  const { url, hostKey } = JSON.parse(line) as { url: string; hostKey: string };
  const pid = child.pid!;
  const idle = usage(pid);
  console.log(`server pid ${pid} at ${url}; idle: ${idle.rssMb.toFixed(0)} MB resident`);

  Device.keep = 50;
  const t0 = performance.now();
  const classes = await Promise.all(Array.from({ length: CLASSES }, async (_, i) => {
    const res = await fetch(`${url}/api/classes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${hostKey}` },
      body: JSON.stringify({ scenario: i % 2 ? 'blockade' : 'quarantine', seed: `bench-${i}`, teams: ROLES }),
    });
    const { id, keys } = (await res.json()) as { id: string; keys: { facilitator: string; projector: string; teams: Record<Role, string> } };
    const teams = Object.fromEntries(await Promise.all(ROLES.map(async (r) => [r, await Device.join(url, id, keys.teams[r])] as const))) as Record<Role, Device>;
    const facilitator = await Device.join(url, id, keys.facilitator);
    const projector = await Device.join(url, id, keys.projector);
    return { id, teams, devices: [...Object.values(teams), facilitator, projector], facilitator };
  }));
  console.log(`${CLASSES} classes, ${CLASSES * 6} devices connected in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${usage(pid).rssMb.toFixed(0)} MB resident`);

  const latencies: number[] = [];
  let peak = usage(pid);
  const sampler = setInterval(() => {
    const u = usage(pid);
    if (u.rssMb > peak.rssMb) peak = u;
  }, 200);
  const cpuStart = usage(pid).cpuS;
  const ownStart = process.cpuUsage();
  const tPlay = performance.now();

  await Promise.all(classes.map(async (c) => {
    for (let turn = 0; turn < TURNS; turn++) {
      if (c.facilitator.view.outcome) return;
      const order = [...ROLES].sort(() => Math.random() - 0.5);
      let lastLockSent = 0;
      const everyone = c.devices.map((d) => d.waitFor((m: ServerMessage) => m.type === 'view' && m.events.some((e) => e.type === 'turnResolved' && e.turn === turn), 60_000).then(() => performance.now()));
      await Promise.all(order.map(async (role, k) => {
        const d = c.teams[role];
        await sleep(Math.random() * THINK_MS);
        await d.intent({ kind: 'statement', text: `Turn ${turn + 1}: ${role} speaks.` });
        await d.intent({ kind: 'message', to: pick(ROLES.filter((r) => r !== role)), text: 'A word in private.' });
        await sleep((k / ROLES.length) * THINK_MS * 0.5);
        // Mostly holding, sometimes a step: classes then play most of their turns before the game ends.
        const open = (d.view as TeamView).options.filter((o) => o.openness.open).map((o) => o.decision);
        lastLockSent = Math.max(lastLockSent, performance.now());
        await d.intent({ kind: 'lock', decision: Math.random() < 0.7 ? 'hold' : pick(open) });
      }));
      const arrived = await Promise.all(everyone);
      latencies.push(Math.max(...arrived) - lastLockSent);
    }
  }));
  clearInterval(sampler);
  const playS = (performance.now() - tPlay) / 1000;
  const end = usage(pid);
  const cpuS = end.cpuS - cpuStart;
  const own = process.cpuUsage(ownStart);
  const ownS = (own.user + own.system) / 1e6;

  console.log(`${latencies.length} turns resolved in ${playS.toFixed(1)} s (up to ${TURNS} turns a class: a class whose game ended stops; decisions within ${THINK_MS / 1000} s of a turn's start)`);
  console.log(`turn-resolution latency: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms (target: p95 under 200 ms)`);
  const stats = (await (await fetch(`${url}/api/stats`, { headers: { authorization: `Bearer ${hostKey}` } })).json()) as { resolutionsMs: number[] };
  const inServer = stats.resolutionsMs;
  console.log(`  of which in the server (last lock received to every frame sent): p50 ${percentile(inServer, 50).toFixed(1)} ms, p95 ${percentile(inServer, 95).toFixed(1)} ms, max ${Math.max(...inServer).toFixed(1)} ms`);
  console.log(`server memory: ${end.rssMb.toFixed(0)} MB resident at the end, peak ${Math.max(end.peakMb, peak.rssMb).toFixed(0)} MB (target: under 300 MB)`);
  console.log(`server CPU: ${cpuS.toFixed(1)} s over ${playS.toFixed(1)} s of play (${((cpuS / playS) * 100).toFixed(0)}% of one core); the devices (this process): ${ownS.toFixed(1)} s (${((ownS / playS) * 100).toFixed(0)}%)`);

  console.log(`machine load while measuring (1-minute average, ${cpus().length} cores): ${loadavg()[0]!.toFixed(1)}`);

  await Promise.all(classes.flatMap((c) => c.devices.map((d) => d.close())));
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
