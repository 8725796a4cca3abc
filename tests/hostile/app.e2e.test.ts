// The app after refused input, in Chromium, as a person sees it: a tampered link, a replay that
// breaks the rules' bounds, a UTF-16 file, and the facilitator's number fields.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzlibSync, zlibSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl } from '../e2e/support/app.ts';
import { saveScreenshot, watchPage } from '../e2e/support/browser.ts';
import { ALL_BOTS } from '../e2e/support/game.ts';
import { useBrowser } from '../e2e/support/useBrowser.ts';
import { encode, NOISE_OUT_OF_BOUNDS } from './support/fixtures.ts';

const browser = useBrowser();

/** A new page with a game of bots two turns in: the game in progress that refused input must not disturb. */
async function gameInProgress(seed: string): Promise<{ page: Page; hash: string | null }> {
  const page = await (await browser().newContext({ viewport: { width: 1366, height: 820 }, acceptDownloads: true })).newPage();
  await watchPage(page);
  await page.goto(appUrl('/'));
  await page.getByLabel('Customs inspections: a quarantine of Taiwan').check();
  for (const [role, seat] of Object.entries(ALL_BOTS)) await page.getByLabel(role, { exact: true }).selectOption({ label: seat });
  await page.getByLabel('Seed').fill(seed);
  await page.getByRole('button', { name: 'Read the briefing' }).click();
  await page.getByRole('button', { name: 'Start the game' }).click();
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Next turn (bots decide)' }).click();
  await page.getByRole('heading', { name: /^Turn 3 of up to/ }).waitFor();
  return { page, hash: await shownHash(page) };
}

const shownHash = (page: Page) => page.evaluate(() => window.__kuroshio!.stateHash!());

async function openFile(page: Page, file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open replay' }).click()]);
  await chooser.setFiles(file);
}

describe('the game in progress is shown as it was after refused input', () => {
  it('a share link whose replay was tampered with (re-packed, so it unpacks) leaves the game on screen', async () => {
    const { page, hash } = await gameInProgress('hostile-link');
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.getByLabel('Share link').inputValue();
    const [base, packed] = link.split('#replay=') as [string, string];
    const replay = JSON.parse(strFromU8(unzlibSync(Uint8Array.from(atob(packed.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)))));
    replay.seed = 'someone-else';
    let s = '';
    for (const b of zlibSync(strToU8(JSON.stringify(replay)))) s += String.fromCharCode(b);
    await page.goto(`${base}#replay=${btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`);
    await page.reload();

    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/could not be opened: It diverges at turn 1: the state differs from the one recorded.*\. Your game in progress is unchanged/);
    await page.getByRole('heading', { name: /^Turn 3 of up to/ }).waitFor();
    expect(await shownHash(page)).toBe(hash);
    await saveScreenshot(page, 'hostile-tampered-link');
  });

  it('a replay whose facilitator broke the bounds is refused at the file picker, and the game stays', async () => {
    const { page, hash } = await gameInProgress('hostile-bounds');
    const file = join(tmpdir(), `kuroshio-hostile-noise-${Date.now()}.json`);
    writeFileSync(file, NOISE_OUT_OF_BOUNDS);
    await openFile(page, file);
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/5 is outside what "Turn-to-turn spread of shipping" may be: a number from 0 to 1\. Your game in progress is unchanged/);
    await page.getByRole('heading', { name: /^Turn 3 of up to/ }).waitFor();
    expect(await shownHash(page)).toBe(hash);
  });

  it('a replay saved as UTF-16 (big-endian, without a BOM) opens like any other', async () => {
    const { page, hash } = await gameInProgress('hostile-utf16');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export replay' }).click()]);
    const file = join(tmpdir(), `kuroshio-hostile-utf16-${Date.now()}.json`);
    await download.saveAs(file);
    writeFileSync(file, encode(readFileSync(file, 'utf8'), 'utf16be'));
    await openFile(page, file);
    await page.getByRole('heading', { name: 'Replay' }).waitFor();
    expect(await shownHash(page)).toBe(hash);
  });
});

describe("the facilitator's number fields", () => {
  it('refuse an empty or mistyped number with a message at the field, and apply nothing', async () => {
    const { page } = await gameInProgress('hostile-numbers');
    await page.getByRole('button', { name: 'Facilitator' }).click();
    const value = page.getByLabel('New value', { exact: true });
    const change = page.getByRole('button', { name: 'Change the parameter' });
    await page.locator('#param-reason').fill('more friction at sea');

    await value.fill('');
    await change.click();
    await expect.poll(() => page.locator('#param-value-error').textContent()).toBe('Enter a number here.');
    expect(await value.getAttribute('aria-invalid')).toBe('true');

    // "1e" is a number half typed: the browser holds it as bad input and reports ''.
    await value.pressSequentially('1e');
    await change.click();
    await expect.poll(() => page.locator('#param-value-error').isVisible()).toBe(true);
    expect(await page.getByText(/^Done:/).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Already done this turn' }).count()).toBe(0);
    await saveScreenshot(page, 'hostile-facilitator-number');

    await value.fill('0.3');
    await change.click();
    await page.getByRole('heading', { name: 'Already done this turn' }).waitFor();
    expect(await page.locator('#param-value-error').isVisible()).toBe(false);
  });

  it('the turn timer keeps its minutes when given something that is not a whole number of them', async () => {
    const { page } = await gameInProgress('hostile-timer');
    await page.getByRole('button', { name: 'Facilitator' }).click();
    const timer = page.getByLabel('Minutes per team each turn (0: no timer)');
    await timer.fill('5');
    await timer.blur();
    await timer.fill('');
    await timer.blur();
    await expect.poll(() => page.locator('#timer-minutes-error').textContent()).toBe('Enter a whole number from 0 to 60 here.');
    await page.getByRole('button', { name: 'Back to the game' }).click();
    await page.getByRole('button', { name: 'Facilitator' }).click();
    expect(await page.getByLabel('Minutes per team each turn (0: no timer)').inputValue()).toBe('5');
  });
});
