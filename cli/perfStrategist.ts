// Measures a strategist bot's turn: for each shipped scenario (its first variant) and each seat, one game
// with a strategist in that seat and cautious bots in the others, every turn timed, in Node and in headless
// Chromium (the engine bundled by Vite for a blank page). Target (issue 11): a turn in under 1 s in the
// browser. Then the app itself: a game with two strategist seats played to its end in headless Chromium, and
// the longest task its page's main thread ran meanwhile (the strategists decide in a web worker, so the page
// stays responsive). Prints figures; asserts nothing.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { LOOKAHEAD } from '../engine/index.ts';
import { loadScenario, scenarioFiles } from '../scenarios/catalog.ts';
import { loadavg } from 'node:os';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { buildApp, removeBuild, REPO_ROOT, serveBuild } from '../tests/e2e/support/server.ts';
import { strategistGames, type StrategistGame } from './strategistTurns.ts';

const TARGET_MS = 1000;
const SEED = 'perf-strategist';

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

/** The engine and the strategist as one script for a blank page. */
async function bundle(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'kuroshio-perf-strategist-'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: false, root: REPO_ROOT, mode: 'production', logLevel: 'warn', clearScreen: false,
      build: { outDir, emptyOutDir: true, minify: true, lib: { entry: join(REPO_ROOT, 'cli/perfStrategistPage.ts'), formats: ['iife'], name: 'perfStrategist', fileName: () => 'strategist.js' } },
    });
    return await readFile(join(outDir, 'strategist.js'), 'utf8');
  } finally {
    process.env.NODE_ENV = nodeEnv;
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    await rm(outDir, { recursive: true, force: true });
  }
}

const rows: string[][] = [];
const add = (where: string, id: string, games: StrategistGame[]) => {
  for (const g of games) {
    // The first turn of the first game warms the engine's caches and the JIT; it is shown in the max.
    rows.push([where, id, g.role, String(g.turns), quantile(g.ms, 0.5).toFixed(0), quantile(g.ms, 0.9).toFixed(0), Math.max(...g.ms).toFixed(0), Math.max(...g.ms) < TARGET_MS ? 'yes' : 'NO']);
  }
};

for (const file of scenarioFiles()) {
  const scenario = loadScenario(file.id);
  if (typeof scenario === 'string') throw new Error(scenario);
  add('node', file.id, strategistGames(scenario, SEED));
}

const script = await bundle();
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>strategist</title>');
  await page.addScriptTag({ content: script });
  for (const file of scenarioFiles()) {
    add('chromium', file.id, await page.evaluate(([id, seed]) => (globalThis as unknown as { strategistGames(id: string, seed: string): StrategistGame[] }).strategistGames(id, seed), [file.id, SEED] as const));
  }
} finally {
  await browser.close();
}

// The app: the blockade with strategists for Tokyo and Washington, played to its end by the "next turn" button,
// with every long task (over 50 ms) of the page's main thread recorded from the page's start.
const app: { turns: number; longest: number; over200: number; seconds: number; answers: number | null } = await (async () => {
  const built = await buildApp();
  const server = await serveBuild(built.outDir);
  const appBrowser = await launchBrowser();
  try {
    const page = await (await appBrowser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'New game' }).waitFor();
    await page.getByLabel('Lights out: a blockade of Taiwan').check();
    for (const role of ['Tokyo', 'Washington']) await page.getByLabel(role, { exact: true }).selectOption({ label: 'Bot: strategist (looks ahead)' });
    await page.getByLabel('Seed').fill(SEED);
    await page.getByRole('button', { name: 'Read the briefing' }).click();
    await page.getByRole('button', { name: 'Start the game' }).click();
    await page.getByRole('heading', { name: /^Turn 1 of up to/ }).waitFor();
    // Long tasks from here on: the game, not the page's own start.
    await page.evaluate(() => { (window as unknown as { __long: number[] }).__long.length = 0; });
    const t0 = performance.now();
    let turns = 0;
    for (; turns < 40; turns++) {
      const next = page.getByRole('button', { name: 'Next turn (bots decide)' });
      if (!(await next.isVisible())) break;
      await next.click();
      await page.waitForFunction((n) => {
        const heading = document.querySelector('.screen h2')?.textContent ?? '';
        return !heading.startsWith(`Turn ${n} of`) || document.querySelector('.screen.end') !== null;
      }, turns + 1, { timeout: 120_000 });
    }
    const seconds = (performance.now() - t0) / 1000;
    const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
    const answers = await page.evaluate(() => (window.__kuroshio as { strategistAnswers?: () => number } | undefined)?.strategistAnswers?.() ?? null);
    return { turns, longest: Math.max(0, ...long), over200: long.filter((d) => d > 200).length, seconds, answers };
  } finally {
    await appBrowser.close();
    await server.close();
    await removeBuild(built.outDir);
  }
})();

const header = ['where', 'scenario', 'strategist', 'turns', 'median ms', 'p90 ms', 'max ms', `max < ${TARGET_MS} ms`];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
console.log(`A strategist's turn: ${LOOKAHEAD.futures} futures of each open option, up to ${LOOKAHEAD.turns} turns each; other seats cautious bots; seed "${SEED}" (target: under ${TARGET_MS} ms in the browser)\n`);
console.log(line(header));
for (const r of rows) console.log(line(r));
const browserMs = rows.filter((r) => r[0] === 'chromium').map((r) => Number(r[6]));
console.log(`\nSlowest strategist turn in Chromium: ${Math.max(...browserMs)} ms`);
console.log(
  `\nThe app (blockade, strategists for Tokyo and Washington, seed "${SEED}"): ${app.turns} turns in ${app.seconds.toFixed(1)} s; ` +
    `the longest task on the page's main thread ${Math.round(app.longest)} ms, ${app.over200} over 200 ms` +
    (app.answers === null ? '' : `; ${app.answers} answers from the strategist worker`) + ` (load average ${loadavg()[0]!.toFixed(1)})`,
);
