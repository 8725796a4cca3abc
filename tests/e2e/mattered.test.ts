// "Which decisions mattered" in Chromium, the way a teacher reaches it: a finished blockade game in
// which Washington's team held every turn, opened from a share link; the debrief's section runs in
// web workers with progress, fills in with the decisions that moved the ending, goes into the export,
// and stops when the debrief is left. Saves a screenshot of the section to look at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toReplay, playTurn, startSession, type Session } from '../../ui/app/session.ts';
import { shareLinkFor } from '../../ui/app/shareLink.ts';
import { appUrl } from './support/app.ts';
import { SCREENSHOT_DIR, watchPage } from './support/browser.ts';
import { useBrowser } from './support/useBrowser.ts';

const browser = useBrowser();

function ok<T>(r: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** A whole blockade game: Beijing's hawkish bot blockades, Washington's team holds throughout. */
function washingtonHolds(): Session {
  let s = ok(startSession({ scenarioId: 'blockade', variant: 'base', seed: 'e2e-mattered', seats: { beijing: 'bot:hawkish', taipei: 'bot:cautious', tokyo: 'bot:cautious', washington: 'human' } }));
  while (!s.state.outcome) s = ok(playTurn(s, { washington: 'hold' }));
  return s;
}

type Hooks = { matteredSeconds?: number; matteredWorkers?: number; matteredUnits?: number; matteredSeeds?: number };

describe('which decisions mattered', () => {
  it('fills in from web workers with progress, names the decision that moved the ending, exports it, and stops when the debrief is left', async () => {
    const game = washingtonHolds();
    const context = await browser().newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const problems = await watchPage(page);
    await page.goto(shareLinkFor(toReplay(game), appUrl('/')));
    await page.getByRole('button', { name: 'Debrief this game' }).click();
    const section = page.getByRole('region', { name: 'Decisions that mattered' });
    await section.waitFor();
    expect(await page.getByRole('navigation', { name: 'Debrief contents' }).getByRole('link').allTextContents()).toContain('6 Decisions that mattered');

    // Watch the progress bar move while the workers play.
    await page.evaluate(() => {
      const w = window as unknown as { __stamps: number[] };
      w.__stamps = [];
      const bar = document.querySelector('#debrief-mattered progress')!;
      new MutationObserver(() => w.__stamps.push(performance.now())).observe(bar, { attributes: true, attributeFilter: ['value'] });
    });
    await section.getByRole('button', { name: 'Find the decisions that mattered' }).click();
    await page.waitForFunction(() => (window.__kuroshio as Hooks | undefined)?.matteredSeconds !== undefined, null, { timeout: 180_000 });
    const r = await page.evaluate(() => {
      const k = window.__kuroshio as Hooks;
      const stamps = (window as unknown as { __stamps: number[] }).__stamps;
      return { seconds: k.matteredSeconds!, workers: k.matteredWorkers!, units: k.matteredUnits!, seeds: k.matteredSeeds!, updates: stamps.length };
    });
    console.log(`e2e which decisions mattered: ${game.turns.length}-turn blockade, ${r.units} continuations (${r.seeds} seeds each) in ${r.seconds.toFixed(2)} s on ${r.workers} workers, ${r.updates} progress updates`);
    expect(r.updates).toBeGreaterThan(2);
    expect(await section.locator('progress').evaluate((p) => (p as HTMLProgressElement).value)).toBe(r.units);

    // The finding, and Washington's holding among the decisions listed, with intervening as what would have changed the ending.
    expect(await section.locator('.kd-sentence').textContent()).toMatch(/that moved the ending most, each by more than \d+% of futures/);
    const items = section.locator('li.kd-mattered');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await items.count()).toBeLessThanOrEqual(5);
    const sentences = await items.locator('.kd-mattered-sentence').allTextContents();
    expect(sentences.some((x) => /^Had Washington chosen “Intervene directly” in turn \d+ instead of “Hold”, the game would have ended [^,]+ in \d+% of futures instead of \d+%\.$/.test(x)), sentences.join('\n')).toBe(true);
    expect(await items.first().getByRole('table').getByRole('columnheader').count()).toBe(3);
    expect(await section.locator('.kd-timing').textContent()).toMatch(/^[\d,]+ continuations \([\d,]+ ways of playing \d+ turns?, \d+ seeds each\) in \d+\.\d\d s, on \d workers?\.$/);
    await section.scrollIntoViewIfNeeded();
    const size = page.viewportSize()!;
    const box = await section.boundingBox();
    if (box && box.height + 160 > size.height) await page.setViewportSize({ width: size.width, height: Math.ceil(box.height + 200) });
    await section.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await section.screenshot({ path: join(SCREENSHOT_DIR, 'debrief-mattered.png'), animations: 'disabled' });
    await page.setViewportSize(size);

    // The Markdown export carries what was found.
    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as Markdown' }).click()]);
    const mdText = readFileSync((await md.path())!, 'utf8');
    expect(mdText).toContain('## 6. Decisions that mattered');
    expect(mdText).toMatch(/^1\. Had \w+ chosen “/m);
    expect(mdText).toContain('## 8. Questions for the class');

    // Start again and leave the debrief at once: the workers are stopped and nothing is reported as failed.
    await page.evaluate(() => delete (window.__kuroshio as Hooks).matteredSeconds);
    await section.getByRole('button', { name: 'Find the decisions that mattered' }).click();
    await expect.poll(() => section.locator('progress').evaluate((p) => (p as HTMLProgressElement).value)).toBeGreaterThan(0);
    await page.getByRole('button', { name: '← Back to the game' }).click();
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window.__kuroshio as Hooks).matteredSeconds)).toBeUndefined();

    const all = problems.all();
    expect(all, `problems on the page:\n  ${all.join('\n  ')}\n`).toEqual([]);
    await context.close();
  }, 300_000);
});
