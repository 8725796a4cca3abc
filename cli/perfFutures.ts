// Measures the debrief's "many futures" in headless Chromium: for each shipped scenario, a recorded
// bot game is opened from a share link, its debrief opened, and 1,000 futures run with the same
// decisions. Prints the time, the workers used and the longest gap between progress updates.
// Target (issue 5): under 5 s, with progress at least every 200 ms. Prints figures; asserts nothing.
import { allBots, createReplay, playGame } from '../engine/index.ts';
import { loadScenario, scenarioFiles } from '../scenarios/catalog.ts';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { buildApp, removeBuild, serveBuild } from '../tests/e2e/support/server.ts';
import { shareLinkFor } from '../ui/app/shareLink.ts';

const TARGET_SECONDS = 5;
const TARGET_PROGRESS_GAP_MS = 200;

const built = await buildApp();
const server = await serveBuild(built.outDir);
const browser = await launchBrowser();
const rows: string[][] = [];
try {
  for (const file of scenarioFiles()) {
    const scenario = loadScenario(file.id);
    if (typeof scenario === 'string') throw new Error(scenario);
    const game = playGame(scenario, 'perf-futures', { ...allBots('cautious'), beijing: 'bot:hawkish' });
    const link = shareLinkFor(createReplay(scenario, 'perf-futures', game.turns, game.state), server.url);
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await page.goto(link);
    await page.getByRole('button', { name: 'Debrief this game' }).click();
    await page.getByRole('button', { name: 'Run 1,000 futures' }).waitFor();
    // Record when the progress bar moves, from inside the page.
    await page.evaluate(() => {
      const w = window as unknown as { __progressStamps: number[] };
      w.__progressStamps = [];
      const bar = document.querySelector('progress[aria-label="Futures played"]');
      if (bar) new MutationObserver(() => w.__progressStamps.push(performance.now())).observe(bar, { attributes: true, attributeFilter: ['value'] });
    });
    await page.getByLabel(/The same decisions/).check();
    const started = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Run 1,000 futures' }).click();
    await page.waitForFunction(() => (window.__kuroshio as { futuresSeconds?: number } | undefined)?.futuresSeconds !== undefined, null, { timeout: 60_000 });
    const r = await page.evaluate((t0) => {
      const k = window.__kuroshio as { futuresSeconds: number; futuresWorkers?: number };
      const stamps = [t0, ...(window as unknown as { __progressStamps: number[] }).__progressStamps];
      let gap = 0;
      for (let i = 1; i < stamps.length; i++) gap = Math.max(gap, stamps[i]! - stamps[i - 1]!);
      return { seconds: k.futuresSeconds, workers: k.futuresWorkers ?? 0, updates: stamps.length - 1, gap };
    }, started);
    const met = r.seconds < TARGET_SECONDS && r.gap <= TARGET_PROGRESS_GAP_MS ? 'yes' : 'NO';
    rows.push([file.id, `${r.seconds.toFixed(2)} s`, String(r.workers), String(r.updates), `${Math.round(r.gap)} ms`, met]);
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
  await removeBuild(built.outDir);
}

const header = ['scenario', '1,000 futures', 'workers', 'progress updates', 'longest gap', 'met'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
console.log(`Many futures in headless Chromium (targets: under ${TARGET_SECONDS} s, progress at least every ${TARGET_PROGRESS_GAP_MS} ms)\n`);
console.log(line(header));
for (const r of rows) console.log(line(r));
