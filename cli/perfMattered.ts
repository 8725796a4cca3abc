// Measures the debrief's "which decisions mattered": for each shipped scenario, a 12-turn game (bots in
// every seat, Beijing hawkish, the first seed that lasts 12 turns) is searched in Node on one thread
// (a sample of its units, for the CPU cost) and in headless Chromium (opened from a share link, the
// debrief's button pressed, web workers). Prints the figures, the machine's load, and the CPU time the
// browser used, which on a shared machine says more than the wall time; asserts nothing.
// Target (issue 11): under 10 s in headless Chromium for a 12-turn game.
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { allBots, botSeats, createReplay, playGame, type Scenario, type Seats } from '../engine/index.ts';
import { loadScenario, scenarioFiles } from '../scenarios/catalog.ts';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { buildApp, removeBuild, serveBuild } from '../tests/e2e/support/server.ts';
import { matteredJob, seedsWithin, turnsPerSeed } from '../ui/app/debrief/mattered.ts';
import { sessionFromReplay } from '../ui/app/session.ts';
import { shareLinkFor } from '../ui/app/shareLink.ts';
import { matteredPlan, playUnit, unitCount } from '../ui/workers/mattered.ts';

const TARGET_SECONDS = 10;
/** The engine's speed on one thread of the quiet 2-core machine (docs/benchmarks.md, npm run bench): the yardstick for a projection. */
const QUIET_TURNS_PER_SECOND = 18_000;
const TURNS = 12;
/** Node plays every STRIDE-th unit: enough for the cost per unit, a fraction of the time. */
const STRIDE = 10;
const browserToo = !process.argv.includes('--node-only');

/**
 * The first seed whose all-bot game lasts TURNS turns: with Beijing hawkish and the rest cautious, or
 * failing that with mixed temperaments (under rules 1.6.0 the first kind of quarantine game never lasts 12).
 */
function twelveTurnGame(scenario: Scenario) {
  const hawkishBeijing: Seats = { ...allBots('cautious'), beijing: 'bot:hawkish' };
  for (const seatsFor of [() => hawkishBeijing, (seed: string) => botSeats('mixed', seed)]) {
    for (let i = 0; i < 500; i++) {
      const seed = `perf-mattered-${i}`;
      const seats = seatsFor(seed);
      const game = playGame(scenario, seed, seats);
      if (game.turns.length === TURNS) return { seed, game, seats };
    }
  }
  throw new Error(`${scenario.id}: no ${TURNS}-turn game in 500 seeds`);
}

/**
 * CPU seconds used so far by this process's descendants that are still running (the browser and its
 * renderer, where the workers' threads run), from /proc: on a machine others share, the wall time says
 * little, but the CPU the run took divided by the cores says what it would take on a quiet machine.
 */
function descendantsCpuSeconds(): number {
  const procs = new Map<number, { ppid: number; ticks: number }>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(d), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // The process ended while being read.
    }
  }
  const mine = (pid: number): boolean => {
    for (let p = procs.get(pid)?.ppid; p && p > 1; p = procs.get(p)?.ppid) if (p === process.pid) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, p] of procs) if (mine(pid)) ticks += p.ticks;
  return ticks / 100;
}

const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
console.log(`Which decisions mattered: a ${TURNS}-turn game per scenario (target: under ${TARGET_SECONDS} s in headless Chromium). Load average at start: ${load()} on 2 cores.\n`);

const games = scenarioFiles().map((file) => {
  const scenario = loadScenario(file.id);
  if (typeof scenario === 'string') throw new Error(scenario);
  return { id: file.id, scenario, ...twelveTurnGame(scenario) };
});

// The engine's own speed now, measured as npm run bench does but in CPU time: how much slower than on
// the quiet machine a turn is at this moment, to project what a continuation costs there.
let engineTurns = 0;
for (let i = 0; i < 100; i++) playGame(games[0]!.scenario, `warm-${i}`, allBots('cautious'), false);
const e0 = process.cpuUsage();
for (const g of games) for (let i = 0; i < 250; i++) engineTurns += playGame(g.scenario, `bench-${i}`, allBots(i % 2 ? 'hawkish' : 'cautious'), false).state.turn;
const e1 = process.cpuUsage(e0);
const msPerEngineTurn = (e1.user + e1.system) / 1000 / engineTurns;
console.log(`The engine now: ${Math.round(1000 / msPerEngineTurn).toLocaleString('en')} turns per CPU second on one thread (${QUIET_TURNS_PER_SECOND.toLocaleString('en')} on the quiet machine).\n`);

const rows: string[][] = [];
for (const g of games) {
  const replay = createReplay(g.scenario, g.seed, g.game.turns, g.game.state);
  const opened = sessionFromReplay(replay);
  if (!opened.ok) throw new Error(opened.error);
  const probe = matteredPlan(matteredJob(opened.value.session));
  const seeds = seedsWithin(probe);
  const plan = { ...probe, job: { ...probe.job, seeds } };
  const units = unitCount(plan);
  const cpu0 = process.cpuUsage();
  let sampled = 0;
  for (let u = 0; u < units; u += STRIDE) {
    playUnit(plan, u);
    sampled++;
  }
  const cpu = process.cpuUsage(cpu0);
  const msPerUnit = (cpu.user + cpu.system) / 1000 / sampled;
  rows.push([g.id, g.seed, String(plan.variants.length), String(seeds), units.toLocaleString('en'), (turnsPerSeed(plan) * seeds).toLocaleString('en'),
    `${msPerUnit.toFixed(3)} ms`, `${(msPerUnit / msPerEngineTurn).toFixed(1)}`, `${((msPerUnit * units) / 2000).toFixed(1)} s`,
    `${((units * msPerUnit) / msPerEngineTurn / (2 * QUIET_TURNS_PER_SECOND)).toFixed(1)} s`]);
}
const header = ['scenario', 'seed', 'ways', 'seeds', 'continuations', 'turns budgeted', 'CPU/continuation', 'in engine turns', 'two cores now', 'two quiet cores (projected)'];
print('In Node, one thread, CPU time of every 10th continuation (load-independent as far as CPU time is):', header, rows);

if (browserToo) {
  const built = await buildApp();
  const server = await serveBuild(built.outDir);
  const browser = await launchBrowser();
  const brows: string[][] = [];
  try {
    for (const g of games) {
      const link = shareLinkFor(createReplay(g.scenario, g.seed, g.game.turns, g.game.state), server.url);
      const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
      await page.goto(link);
      await page.getByRole('button', { name: 'Debrief this game' }).click();
      const run = page.getByRole('button', { name: 'Find the decisions that mattered' });
      await run.waitFor();
      await page.evaluate(() => {
        const w = window as unknown as { __stamps: number[] };
        w.__stamps = [];
        const bar = document.querySelector('#debrief-mattered progress');
        if (bar) new MutationObserver(() => w.__stamps.push(performance.now())).observe(bar, { attributes: true, attributeFilter: ['value'] });
      });
      const before = load();
      const started = await page.evaluate(() => performance.now());
      const cpu0 = descendantsCpuSeconds();
      await run.click();
      await page.waitForFunction(() => (window.__kuroshio as { matteredSeconds?: number } | undefined)?.matteredSeconds !== undefined, null, { timeout: 600_000 });
      const r = await page.evaluate((t0) => {
        const k = window.__kuroshio as { matteredSeconds: number; matteredWorkers: number; matteredUnits: number; matteredSeeds: number };
        const stamps = [t0, ...(window as unknown as { __stamps: number[] }).__stamps];
        let gap = 0;
        for (let i = 1; i < stamps.length; i++) gap = Math.max(gap, stamps[i]! - stamps[i - 1]!);
        return { seconds: k.matteredSeconds, workers: k.matteredWorkers, units: k.matteredUnits, seeds: k.matteredSeeds, gap };
      }, started);
      const cpu = descendantsCpuSeconds() - cpu0;
      const shown = await page.locator('#debrief-mattered li.kd-mattered').count();
      brows.push([g.id, `${r.seconds.toFixed(2)} s`, `${cpu.toFixed(1)} s`, `${(cpu / 2).toFixed(1)} s`, String(r.workers), r.units.toLocaleString('en'), String(r.seeds), String(shown), `${Math.round(r.gap)} ms`, before, r.seconds < TARGET_SECONDS ? 'yes' : cpu / 2 < TARGET_SECONDS ? 'on a quiet machine' : 'NO']);
      await page.context().close();
    }
  } finally {
    await browser.close();
    await server.close();
    await removeBuild(built.outDir);
  }
  print('In headless Chromium, web workers, start-up included:', ['scenario', 'time', 'browser CPU', 'CPU / 2 cores', 'workers', 'continuations', 'seeds', 'decisions shown', 'longest progress gap', 'load before', 'met'], brows);
}
console.log(`\nLoad average at the end: ${load()}.`);

function print(title: string, head: string[], body: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(title);
  console.log(line(head));
  for (const r of body) console.log(line(r));
  console.log('');
}
