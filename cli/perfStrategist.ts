// Measures a strategist bot's turn: for each shipped scenario (its first variant) and each seat, one game
// with a strategist in that seat and cautious bots in the others, every turn timed, in Node and in headless
// Chromium (the engine bundled by Vite for a blank page). Target (issue 11): a turn in under 1 s in the
// browser. Prints figures; asserts nothing.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { LOOKAHEAD } from '../engine/index.ts';
import { loadScenario, scenarioFiles } from '../scenarios/catalog.ts';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { REPO_ROOT } from '../tests/e2e/support/server.ts';
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

const header = ['where', 'scenario', 'strategist', 'turns', 'median ms', 'p90 ms', 'max ms', `max < ${TARGET_MS} ms`];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
console.log(`A strategist's turn: ${LOOKAHEAD.futures} futures of each open option, up to ${LOOKAHEAD.turns} turns each; other seats cautious bots; seed "${SEED}" (target: under ${TARGET_MS} ms in the browser)\n`);
console.log(line(header));
for (const r of rows) console.log(line(r));
const browserMs = rows.filter((r) => r[0] === 'chromium').map((r) => Number(r[6]));
console.log(`\nSlowest strategist turn in Chromium: ${Math.max(...browserMs)} ms`);
