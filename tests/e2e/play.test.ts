// A person's path through the app in Chromium, by what the page shows: play, reload, export and
// reopen, tampered files, share links, branching, and the map's pixels.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl } from './support/app.ts';
import { useBrowser } from './support/useBrowser.ts';
import { ALL_BOTS, OUTCOME_HEADINGS } from './support/game.ts';
import { mapDrawn, saveScreenshot, watchPage, type PageProblems } from './support/browser.ts';

const browser = useBrowser();


async function open(): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser().newContext({ viewport: { width: 1366, height: 820 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = await watchPage(page);
  await page.goto(appUrl('/'));
  await page.getByRole('heading', { name: 'New game' }).waitFor();
  return { page, problems };
}

/** Screenshots after the map's 600 ms animation, so they show the state the page describes. */
async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(800);
  await saveScreenshot(page, name);
}


const shownHash = (page: Page) => page.evaluate(() => window.__kuroshio!.stateHash!());

/** Choose the game on the setup screen as a person does, and start it. */
async function startGame(page: Page, o: { scenario: string; seed: string; seats?: Record<string, string> }): Promise<void> {
  await page.getByLabel(o.scenario).check();
  for (const [role, seat] of Object.entries(o.seats ?? {})) await page.getByLabel(role, { exact: true }).selectOption({ label: seat });
  await page.getByLabel('Seed').fill(o.seed);
  await page.getByRole('button', { name: 'Read the briefing' }).click();
  await page.getByRole('heading', { name: 'The decision point' }).waitFor();
  await page.getByRole('button', { name: 'Start the game' }).click();
  await page.getByRole('heading', { name: /^Turn 1 of up to/ }).waitFor();
}


async function playToTheEnd(page: Page, button: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await page.getByRole('heading', { name: OUTCOME_HEADINGS }).isVisible()) return;
    await page.getByRole('button', { name: button }).click();
  }
  throw new Error('the game did not end within 40 turns');
}

describe('playing in the browser', () => {
  it('plays the blockade as Tokyo against bots to the end, by clicking what a person sees', async () => {
    const { page, problems } = await open();
    await page.getByLabel('Lights out: a blockade of Taiwan').check();
    await page.getByRole('button', { name: 'Read the briefing' }).click();
    await page.getByRole('heading', { name: 'The decision point' }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'Tokyo briefing' }).isVisible()).toBe(true);
    await mapDrawn(page);
    await shot(page, 'briefing');
    await page.getByRole('button', { name: 'Start the game' }).click();

    // Closed options say why: force needs a determination and the Diet first.
    await page.getByText(/Closed this turn/).click();
    await expect.poll(() => page.getByLabel('Order a defence operation', { exact: true }).isDisabled()).toBe(true);
    // The survival threshold is shown as a count the team can watch: no sign holds before a blockade.
    expect(await page.getByText(/^Signs of a threat to Japan's survival: 0 of 5 \(3 needed\)\.$/).count()).toBe(1);
    await page.getByText(/^Signs of a threat to Japan's survival/).scrollIntoViewIfNeeded();
    await shot(page, 'survival-signs');

    // A person's choices: the first legal rungs when they open, otherwise hold.
    const wanted = ['Evacuate Japanese nationals', 'Seek a diplomatic solution', 'Determine an important influence situation', 'Ask the Diet to approve support', 'Begin rear-area support'];
    for (let turn = 0; turn < 40; turn++) {
      if (await page.getByRole('heading', { name: OUTCOME_HEADINGS }).isVisible()) break;
      for (const label of wanted) {
        const option = page.getByLabel(label, { exact: true });
        if ((await option.count()) && (await option.isEnabled())) {
          await option.check();
          break;
        }
      }
      if (turn === 3) await shot(page, 'mid-game');
      await page.getByRole('button', { name: 'End turn' }).click();
    }
    await page.getByRole('heading', { name: OUTCOME_HEADINGS }).waitFor();
    await shot(page, 'end');
    expect(await page.locator('code.state-hash').first().textContent()).toBe(await shownHash(page));
    expect(problems.all()).toEqual([]);
  });

  it('resumes a game after a reload, at the same turn and state', async () => {
    const { page } = await open();
    await startGame(page, { scenario: 'The first battle: an amphibious invasion of Taiwan', seed: 'e2e-reload' });
    await page.getByRole('button', { name: 'End turn' }).click();
    await page.getByRole('button', { name: 'End turn' }).click();
    await page.getByRole('heading', { name: /^Turn 3 of up to/ }).waitFor();
    const before = await shownHash(page);
    await page.reload();
    await page.getByRole('heading', { name: /^Turn 3 of up to/ }).waitFor();
    await mapDrawn(page);
    expect(await shownHash(page)).toBe(before);

    // Starting another game asks first; saying no keeps this one.
    let asked = '';
    page.once('dialog', (d) => { asked = d.message(); void d.dismiss(); });
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Read the briefing' }).click();
    await page.getByRole('button', { name: 'Start the game' }).click();
    expect(asked).toMatch(/replaces your game in progress/);
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Resume your game' }).click();
    await page.getByRole('heading', { name: /^Turn 3 of up to/ }).waitFor();
    expect(await shownHash(page)).toBe(before);
  });

  it('exports a replay, opens it again, and shows the same final state hash; then branches from turn 3', async () => {
    const { page, problems } = await open();
    await startGame(page, { scenario: 'Lights out: a blockade of Taiwan', seed: 'e2e-export', seats: ALL_BOTS });
    await playToTheEnd(page, 'Next turn (bots decide)');
    const finalHash = await page.locator('code.state-hash').first().textContent();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export replay' }).first().click()]);
    const file = join(tmpdir(), `kuroshio-e2e-${Date.now()}.replay.json`);
    await download.saveAs(file);

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open replay' }).click()]);
    await chooser.setFiles(file);
    await page.getByRole('heading', { name: 'Replay' }).waitFor();
    expect(await page.locator('.for-teachers code.state-hash').textContent()).toBe(finalHash);

    // Step back to turn 3 and take over Tokyo: a new game from there.
    const turns = JSON.parse(readFileSync(file, 'utf8')).turns.length as number;
    for (let k = turns; k > 3; k--) await page.getByRole('button', { name: 'Previous turn' }).click();
    await page.getByText('After turn 3 ').waitFor();
    await shot(page, 'replay-turn-3');
    await page.getByRole('button', { name: 'Take over Tokyo' }).click();
    await page.getByRole('heading', { name: /^Turn 4 of up to/ }).waitFor();
    await expect.poll(() => page.getByRole('group', { name: 'Tokyo decides' }).isVisible()).toBe(true);
    expect(problems.all()).toEqual([]);
  });

  it('refuses a tampered replay with a clear message and leaves the game in progress as it was', async () => {
    const { page } = await open();
    await startGame(page, { scenario: 'Customs inspections: a quarantine of Taiwan', seed: 'e2e-tamper', seats: ALL_BOTS });
    await page.getByRole('button', { name: 'Next turn (bots decide)' }).click();
    await page.getByRole('button', { name: 'Next turn (bots decide)' }).click();
    const before = await shownHash(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export replay' }).click()]);
    const file = join(tmpdir(), `kuroshio-e2e-tampered-${Date.now()}.json`);
    await download.saveAs(file);
    const replay = JSON.parse(readFileSync(file, 'utf8'));
    replay.turns[1].commands[0].decision = 'standDown';
    writeFileSync(file, JSON.stringify(replay));

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open replay' }).click()]);
    await chooser.setFiles(file);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/could not be opened: It diverges at turn 2: the state differs from the one recorded.*\. Your game in progress is unchanged/);
    await shot(page, 'tampered-replay');
    await page.getByRole('heading', { name: /^Turn 3 of up to/ }).waitFor();
    expect(await shownHash(page)).toBe(before);

    // A file that is not a replay at all: the same, and the page still works.
    const junk = join(tmpdir(), `kuroshio-e2e-junk-${Date.now()}.json`);
    writeFileSync(junk, '<script>alert(1)</script>');
    const [chooser2] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open replay' }).click()]);
    await chooser2.setFiles(junk);
    await expect.poll(() => page.getByRole('alert').last().textContent()).toMatch(/not a replay: the file is not valid JSON/);
    await page.getByRole('button', { name: 'Next turn (bots decide)' }).click();
    await page.getByRole('heading', { name: /^Turn 4 of up to/ }).waitFor();
  });

  it('opens a shared link as a replay, and says so when a link is damaged', async () => {
    const { page } = await open();
    await startGame(page, { scenario: 'The southwest islands: a crisis reaches Japan', seed: 'e2e-link', seats: ALL_BOTS });
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next turn (bots decide)' }).click();
    const hash = await shownHash(page);
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.getByLabel('Share link').inputValue();

    const other = await (await browser().newContext()).newPage();
    await other.goto(link);
    await other.getByRole('heading', { name: 'Replay' }).waitFor();
    expect(await other.locator('.for-teachers code.state-hash').textContent()).toBe(hash);

    await other.goto(`${link.slice(0, link.length - 30)}`);
    await other.reload();
    await expect.poll(() => other.getByRole('alert').first().textContent()).toMatch(/The shared link could not be opened/);
  });

  it('keeps working when the saved game in storage is corrupt, and says so', async () => {
    const context = await browser().newContext();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('kuroshio.currentGame', '{"format":"kuroshio-replay","formatVersion":1, "turns": [oops');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await context.newPage();
    await page.goto(appUrl('/'));
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/saved game could not be resumed/);
    await page.getByRole('heading', { name: 'New game' }).waitFor();
  });
});

describe('the map', () => {
  it('draws with WebGL, land and sea in their colours where they are', async () => {
    const { page } = await open();
    await mapDrawn(page);
    expect(await page.evaluate(() => window.__kuroshio!.renderer)).toBe('webgl');
    const near = (a: number[], b: number[]) => a.every((x, i) => Math.abs(x - b[i]!) <= 12);
    const taipei = await page.evaluate(() => window.__kuroshio!.colourAt!(25.05, 121.53));
    const sea = await page.evaluate(() => window.__kuroshio!.colourAt!(23.0, 123.5));
    expect(near(taipei, [243, 238, 223]), `land at Taipei: ${taipei}`).toBe(true);
    expect(near(sea, [168, 203, 224]), `sea east of Taiwan: ${sea}`).toBe(true);
  });
});
