// The app shell in Chromium, by what a person sees: the map takes each scenario's zones without a
// reload and rests behind the debrief; every screen opens at its top (on a laptop and on a phone);
// and the text the shell shows says truthfully who plays, names files apart, and refuses what
// does not exist.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import sourcesFile from '../../scenarios/sources.json';
import { appUrl } from './support/app.ts';
import { mapDrawn, saveScreenshot, watchPage, type PageProblems } from './support/browser.ts';
import { ALL_BOTS, OUTCOME_HEADINGS } from './support/game.ts';
import { useBrowser } from './support/useBrowser.ts';

const browser = useBrowser();

/** What a part of the page says outside its citations (a citation's title may hold its publisher's initials). */
const uncited = (l: Locator) => l.evaluate((el) => {
  const copy = el.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('cite').forEach((c) => c.remove());
  return copy.textContent ?? '';
});

/** The source tags (scenarios/sources.json) named in a text as tags, where a reader should see titles. */
const TAGS = Object.keys(sourcesFile.sources);
const tagsIn = (text: string) => TAGS.filter((tag) => new RegExp(`(?<![\\w&-])${tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w&-])`).test(text));

const LAPTOP = { width: 1366, height: 820 };
const PHONE = { width: 390, height: 844 };

async function open(viewport = LAPTOP, path = '/'): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser().newContext({ viewport, acceptDownloads: true, isMobile: viewport === PHONE, hasTouch: viewport === PHONE });
  const page = await context.newPage();
  const problems = await watchPage(page);
  await page.goto(appUrl(path));
  return { page, problems };
}


/** The map's colour at a point, after its 600 ms fade has settled. */
async function colourAt(page: Page, lat: number, lon: number): Promise<[number, number, number]> {
  await page.waitForTimeout(800);
  return page.evaluate(([a, b]) => window.__kuroshio!.colourAt!(a!, b!), [lat, lon]);
}

const near = (a: readonly number[], b: readonly number[], tolerance = 8) => a.every((x, i) => Math.abs(x - b[i]!) <= tolerance);
const SEA = [168, 203, 224];
/** A zone's fill over the sea: the zone's colour at its fill alpha (ui/map/layers/zones.ts, palette.ts). */
const over = (fill: number, alpha: number) => SEA.map((s, i) => Math.round(s * (1 - alpha) + ((fill >> (16 - 8 * i)) & 255) * alpha));

/** Choose a game on the setup screen as a person does, and start it. */
async function startGame(page: Page, o: { scenario: string; seed: string; seats?: Record<string, string> }): Promise<void> {
  await page.getByRole('heading', { name: 'New game' }).waitFor();
  await page.getByLabel(o.scenario).check();
  for (const [role, seat] of Object.entries(o.seats ?? {})) await page.getByLabel(role, { exact: true }).selectOption({ label: seat });
  await page.getByLabel('Seed').fill(o.seed);
  await page.getByRole('button', { name: 'Read the briefing' }).click();
  await page.getByRole('button', { name: 'Start the game' }).click();
  await page.getByRole('heading', { name: /^Turn 1 of up to/ }).waitFor();
}

/** Scroll whatever scrolls (the side pane, the full-width view, the page) as far down as it goes, as a reader would. */
async function scrollToBottom(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('.side-pane, .full-view')) el.scrollTop = el.scrollHeight;
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
}

/** A screen has opened at its top: its heading is in the window, and the element that scrolls it is at 0. */
async function expectAtTop(page: Page, heading: string | RegExp, pane: '.side-pane' | '.full-view' = '.side-pane'): Promise<void> {
  const h = page.getByRole('heading', { name: heading }).first();
  await h.waitFor();
  const box = await h.boundingBox();
  const height = page.viewportSize()!.height;
  expect(box, `heading ${heading}`).not.toBeNull();
  expect(box!.y, `heading ${heading} is in the window (top ${box!.y})`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `heading ${heading} is in the window`).toBeLessThanOrEqual(height);
  expect(await page.locator(pane).evaluate((el) => el.scrollTop), `${pane} scrolled to its top for ${heading}`).toBe(0);
}

describe('the map follows the scenario', () => {
  it('draws the quarantine inspection area once Beijing announces inspections, after picking that scenario on the New game screen, without a reload', async () => {
    const { page, problems } = await open();
    await page.getByRole('heading', { name: 'New game' }).waitFor();
    // The map is made for the first scenario shown (the blockade), then the person picks another.
    await mapDrawn(page);
    // The southwest islands' own zone (the waters around the Senkakus) is drawn as soon as the scenario is picked: gray-zone pressure is its start.
    const senkaku: [number, number] = [25.56, 123.84];
    expect(near(await colourAt(page, ...senkaku), SEA), 'no Senkaku zone in the blockade').toBe(true);
    await page.getByLabel('The southwest islands: a crisis reaches Japan').check();
    const tinted = await colourAt(page, ...senkaku);
    expect(near(tinted, over(0xe0a100, 0.16)), `the Senkaku waters are shaded as an exercise area: ${tinted}`).toBe(true);

    await startGame(page, { scenario: 'Customs inspections: a quarantine of Taiwan', seed: 'e2e-shell-zone', seats: { Beijing: 'You (a person)', Tokyo: 'Bot: cautious' } });
    const inspection: [number, number] = [22.45, 119.95];
    expect(near(await colourAt(page, ...inspection), SEA), 'before the announcement, the inspection area is not drawn').toBe(true);
    await page.getByLabel('Announce "enhanced customs inspections"', { exact: true }).check();
    await page.getByRole('button', { name: 'End turn' }).click();
    await page.getByRole('heading', { name: /^Turn 2 of up to/ }).waitFor();
    const after = await colourAt(page, ...inspection);
    expect(near(after, over(0x8e5cc9, 0.2)), `the inspection area is shaded in the quarantine colour: ${after}`).toBe(true);
    await saveScreenshot(page, 'shell-quarantine-zone');
    expect(problems.all()).toEqual([]);
  });

  it('stops rendering while the debrief covers it, and renders again when the person comes back', async () => {
    const { page, problems } = await open();
    await startGame(page, { scenario: 'Lights out: a blockade of Taiwan', seed: 'e2e-shell-rest', seats: ALL_BOTS });
    await page.getByRole('button', { name: 'Next turn (bots decide)' }).click();
    await mapDrawn(page);
    const rendering = () => page.evaluate(() => window.__kuroshio!.mapRendering!());
    expect(await rendering()).toBe(true);
    await page.getByRole('button', { name: 'Facilitator' }).click();
    await page.getByRole('button', { name: 'Debrief', exact: true }).click();
    await page.getByRole('article', { name: 'Debrief' }).waitFor();
    expect(await rendering()).toBe(false);
    await page.getByRole('button', { name: '← Back to the game' }).click();
    await page.getByRole('heading', { name: 'Facilitator (white cell)' }).waitFor();
    expect(await rendering()).toBe(true);
    expect(problems.all()).toEqual([]);
  });
});

describe('screens own their timers', () => {
  it("stops a team's countdown when the play screen is left, and shows the hand-off card, not that team's options, on coming back", async () => {
    const context = await browser().newContext({ viewport: LAPTOP });
    // Count the one-second intervals running in the page: the countdown is one.
    await context.addInitScript(() => {
      const live = new Set<number>();
      const set = window.setInterval.bind(window);
      const clear = window.clearInterval.bind(window);
      window.setInterval = ((f: TimerHandler, ms?: number, ...rest: unknown[]) => {
        const id = set(f, ms, ...rest);
        if (ms === 1000) live.add(id);
        return id;
      }) as typeof window.setInterval;
      window.clearInterval = ((id?: number) => {
        if (id !== undefined) live.delete(id);
        clear(id);
      }) as typeof window.clearInterval;
      (window as unknown as { liveCountdowns: () => number }).liveCountdowns = () => live.size;
    });
    const page = await context.newPage();
    const problems = await watchPage(page);
    await page.goto(appUrl('/'));
    await startGame(page, { scenario: 'Lights out: a blockade of Taiwan', seed: 'e2e-shell-timer', seats: { Washington: 'You (a person)' } });
    const countdowns = () => page.evaluate(() => (window as unknown as { liveCountdowns: () => number }).liveCountdowns());
    await page.getByRole('button', { name: 'Facilitator' }).click();
    const minutes = page.getByLabel('Minutes per team each turn (0: no timer)');
    await minutes.fill('2');
    await minutes.dispatchEvent('change');
    await page.getByRole('button', { name: 'Back to the game' }).click();
    await page.getByRole('button', { name: 'We are the Tokyo team: show our options' }).click();
    await page.getByText(/^Time left: [12]:\d\d$/).waitFor();
    // The team's decision panel says which role within the team locks the decision in.
    await page.getByText("The Prime Minister locks the team's decision.").waitFor();
    expect(await countdowns()).toBe(1);

    await page.getByRole('button', { name: 'Facilitator' }).click();
    await page.getByRole('heading', { name: 'Facilitator (white cell)' }).waitFor();
    expect(await countdowns()).toBe(0);
    await page.getByRole('button', { name: 'Back to the game' }).click();
    await page.getByRole('heading', { name: 'Pass the device to the Tokyo team' }).waitFor();
    expect(await page.getByRole('group', { name: 'Tokyo decides' }).count()).toBe(0);
    // The class's timer is on the hand-off card too (everyone sees the time left): one countdown, not two.
    expect(await countdowns()).toBe(1);
    expect(problems.all()).toEqual([]);
  });
});

describe('every screen opens at its top', () => {
  it('on a laptop: setup, briefing, turns, the facilitator, the replay, the debrief and the end', async () => {
    const { page, problems } = await open();
    await page.getByRole('heading', { name: 'New game' }).waitFor();
    await page.getByLabel('Seed').fill('e2e-shell-top');
    await scrollToBottom(page);
    await page.getByRole('button', { name: 'Read the briefing' }).click();
    await expectAtTop(page, 'Lights out: a blockade of Taiwan');
    await saveScreenshot(page, 'shell-briefing-top');

    await scrollToBottom(page);
    await page.getByRole('button', { name: 'Start the game' }).click();
    await expectAtTop(page, /^Turn 1 of up to/);
    await page.getByText(/Closed this turn/).click();
    await scrollToBottom(page);
    await page.getByRole('button', { name: 'End turn' }).click();
    await expectAtTop(page, /^Turn 2 of up to/);

    await scrollToBottom(page);
    await page.getByRole('button', { name: 'Facilitator' }).click();
    await expectAtTop(page, 'Facilitator (white cell)');
    await scrollToBottom(page);
    await page.getByRole('button', { name: 'Back to the game' }).click();
    await expectAtTop(page, /^Turn 2 of up to/);

    await scrollToBottom(page);
    await page.getByRole('button', { name: 'Step back through this game' }).click();
    await expectAtTop(page, 'Replay');
    await scrollToBottom(page);
    await page.getByRole('button', { name: 'Debrief this game' }).click();
    await expectAtTop(page, 'Debrief', '.full-view');
    await scrollToBottom(page);
    await page.getByRole('button', { name: '← Back to the game' }).click();
    await expectAtTop(page, 'Replay');
    await page.getByRole('button', { name: 'Debrief this game' }).click();
    await expectAtTop(page, 'Debrief', '.full-view');
    await page.getByRole('button', { name: '← Back to the game' }).click();

    await scrollToBottom(page);
    await page.getByRole('button', { name: 'New game' }).click();
    await expectAtTop(page, 'Your game in progress');
    await page.getByLabel('Beijing', { exact: true }).selectOption({ label: 'Bot: hawkish' });
    await page.getByLabel('Tokyo', { exact: true }).selectOption({ label: 'Bot: cautious' });
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Read the briefing' }).click();
    await page.getByRole('button', { name: 'Start the game' }).click();
    for (let i = 0; i < 40 && !(await page.getByRole('heading', { name: OUTCOME_HEADINGS }).isVisible()); i++) {
      await scrollToBottom(page);
      await page.getByRole('button', { name: 'Next turn (bots decide)' }).click();
    }
    await expectAtTop(page, OUTCOME_HEADINGS);
    expect(problems.all()).toEqual([]);
  });

  it('on a phone: the briefing after the setup, and the hand-off card after a team locks in its choice', async () => {
    const { page, problems } = await open(PHONE);
    await page.getByRole('heading', { name: 'New game' }).waitFor();
    await page.getByLabel('Washington', { exact: true }).selectOption({ label: 'You (a person)' });
    await page.getByLabel('Seed').fill('e2e-shell-phone');
    await page.getByRole('button', { name: 'Read the briefing' }).click();
    await expectAtTop(page, 'Lights out: a blockade of Taiwan');
    await page.getByRole('button', { name: 'Start the game' }).click();
    await page.getByRole('button', { name: 'We are the Tokyo team: show our options' }).click();
    await expectAtTop(page, /^Turn 1 of up to/);
    await page.getByLabel('Evacuate Japanese nationals', { exact: true }).check();
    await page.getByRole('button', { name: 'Lock in our decision and hide it' }).click();
    await expectAtTop(page, 'Pass the device to the Washington team');
    await saveScreenshot(page, 'shell-phone-handoff');
    expect(problems.all()).toEqual([]);
  });
});

describe('what the shell says', () => {
  it('a branch says who plays every seat, and its replay file is named apart from the original', async () => {
    const { page, problems } = await open();
    await startGame(page, { scenario: 'Lights out: a blockade of Taiwan', seed: 'e2e-shell-branch', seats: { Washington: 'You (a person)' } });
    for (const team of ['Tokyo', 'Washington']) {
      await page.getByRole('button', { name: `We are the ${team} team: show our options` }).click();
      await page.getByRole('button', { name: 'Lock in our decision and hide it' }).click();
    }
    await page.getByRole('button', { name: 'Resolve the turn' }).click();
    await page.getByRole('heading', { name: /^Turn 2 of up to/ }).waitFor();
    const exported = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export replay' }).first().click()]);
      return download.suggestedFilename();
    };
    const original = await exported();
    expect(original).toBe('kuroshio-blockade-base-e2e-shell-branch.replay.json');

    await page.getByRole('button', { name: 'Step back through this game' }).click();
    await page.getByRole('button', { name: 'Previous turn' }).click();
    // At the start nothing is kept: the hint does not speak of "turns 1 to 0".
    expect(await page.locator('.branch').textContent()).not.toMatch(/turns? 1 to 0/);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Take over Beijing' }).click();
    const notice = page.locator('.notice').filter({ hasText: 'A new game branches from turn 1' });
    await notice.waitFor();
    const said = await notice.textContent();
    expect(said).toContain('Played by people: Beijing, Tokyo, and Washington.');
    expect(said).toContain('Played by bots: Taipei (cautious bot).');
    expect(said).not.toMatch(/you play/i);
    await saveScreenshot(page, 'shell-branch-notice');

    await page.getByRole('button', { name: 'We are the Beijing team: show our options' }).click();
    await page.getByRole('button', { name: 'Lock in our decision and hide it' }).click();
    for (const team of ['Tokyo', 'Washington']) {
      await page.getByRole('button', { name: `We are the ${team} team: show our options` }).click();
      await page.getByRole('button', { name: 'Lock in our decision and hide it' }).click();
    }
    await page.getByRole('button', { name: 'Resolve the turn' }).click();
    await page.getByRole('heading', { name: /^Turn 2 of up to/ }).waitFor();
    const branch = await exported();
    expect(branch).toBe('kuroshio-blockade-base-e2e-shell-branch-branch-from-turn-1.replay.json');
    // Still a branch after a reload.
    await page.reload();
    await page.getByRole('heading', { name: /^Turn 2 of up to/ }).waitFor();
    expect(await exported()).toBe(branch);
    expect(problems.all()).toEqual([]);
  });

  it('a print link for a variant that does not exist says so and lists the variants, printing nothing', async () => {
    const { page, problems } = await open(LAPTOP, '/?print=blockade&variant=nonsense');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Scenario "blockade" has no variant "nonsense"; its variants are: base, takaichi-reading, no-resupply.');
    expect(await page.getByRole('heading', { name: /^Team packet/ }).count()).toBe(0);
    await saveScreenshot(page, 'shell-print-unknown-variant');
    expect(problems.all()).toEqual([]);
  });

  it('names sources by title, not tag, and counts in words, on the briefing, the options and the facilitator console', async () => {
    const { page, problems } = await open();
    await page.getByRole('heading', { name: 'New game' }).waitFor();
    await page.getByRole('button', { name: 'Read the briefing' }).click();
    await page.getByText('This is a model: what it assumes').click();
    const note = page.locator('.model-note');
    const text = (await note.textContent())!;
    expect(text).toContain('Turns are 7 days');
    expect(text).toContain('Lights Out? Wargaming a Chinese Blockade of Taiwan (summary) (Small Wars Journal, 2025-08-02)');
    expect(text).not.toMatch(/\.txt|source tag/);
    expect(await note.getByRole('link', { name: /Small Wars Journal/ }).first().getAttribute('href')).toBe('https://smallwarsjournal.com/2025/08/02/lights-out-wargaming-a-chinese-blockade-of-taiwan-csis');
    expect(tagsIn(await uncited(page.locator('.screen.briefing')))).toEqual([]);
    await saveScreenshot(page, 'shell-briefing-sources');

    await page.getByRole('button', { name: 'Start the game' }).click();
    await page.getByText(/Closed this turn/).click();
    expect(tagsIn(await uncited(page.locator('.decision-panel')))).toEqual([]);
    await page.getByRole('button', { name: 'Facilitator' }).click();
    await page.getByLabel('Parameter').selectOption('shipping.throughputByCoercion.blockade');
    expect(await page.locator('#param-path + .hint').textContent()).toContain('Defence Matters');
    expect(tagsIn(await uncited(page.locator('.screen.facilitator')))).toEqual([]);
    await saveScreenshot(page, 'shell-facilitator-sources');
    await page.getByLabel('What').selectOption('indicator:dietSupport');
    await page.getByLabel('New value (not used for a yes/no fact, which becomes yes)').fill('30');
    await page.getByLabel('Reason', { exact: true }).nth(1).fill('a poll');
    await page.getByRole('button', { name: 'Override' }).click();
    await page.getByRole('button', { name: 'Back to the game' }).click();
    await page.getByText('The facilitator has acted this turn: 1 change (see the debrief for the reasons).').waitFor();
    expect(problems.all()).toEqual([]);
  });
});
