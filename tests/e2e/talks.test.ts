// Negotiation with stated terms, in Chromium, as two teams on one device do it: Taipei opens talks
// and puts terms on the table with a note; the offer is shown to every team and the facilitator;
// Beijing accepts it, the accept option naming the terms; the debrief says what was agreed.
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { loadScenario } from '../../scenarios/catalog.ts';
import { appUrl } from './support/app.ts';
import { useBrowser } from './support/useBrowser.ts';
import { saveScreenshot, SCREENSHOT_DIR, watchPage } from './support/browser.ts';
import { join } from 'node:path';

const browser = useBrowser();

const blockade = loadScenario('blockade', 'base');
if (typeof blockade === 'string') throw new Error(blockade);
const term = (id: string) => blockade.terms.find((x) => x.id === id)!.text;
const OFFERED = ['liftMeasures', 'releaseShips', 'reaffirmStatusQuo'];
/** Markup in the note must come out as the characters typed. */
const NOTE = 'Ships move first; <b>talks</b> on the rest within 30 days.';

/** The team at the device takes it, chooses an option by its label, and locks it in. */
async function teamChooses(page: Page, team: string, option: string): Promise<void> {
  await page.getByRole('button', { name: `We are the ${team} team: show our options` }).click();
  await page.getByLabel(option, { exact: true }).check();
  await page.getByRole('button', { name: 'Lock in our decision and hide it' }).click();
}

async function resolve(page: Page, nextTurn: number): Promise<void> {
  await page.getByRole('button', { name: 'Resolve the turn' }).click();
  await page.getByRole('heading', { name: new RegExp(`^Turn ${nextTurn} of up to`) }).waitFor();
}

/** A screenshot of one part of the page, the viewport grown to hold it. */
async function shoot(page: Page, target: Locator, name: string): Promise<string> {
  const size = page.viewportSize()!;
  const box = await target.boundingBox();
  if (box && box.height + 160 > size.height) await page.setViewportSize({ width: size.width, height: Math.ceil(box.height + 200) });
  await target.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await target.screenshot({ path: file, animations: 'disabled' });
  await page.setViewportSize(size);
  return file;
}

/** The terms of the offer, in the scenario's words, as a region shows them. */
async function expectOffer(region: Locator): Promise<void> {
  await region.getByText("Taipei's terms, put on the table in turn 3").waitFor();
  expect(await region.getByRole('heading', { name: 'Beijing gives' }).count()).toBe(1);
  expect(await region.getByRole('heading', { name: 'Taipei gives' }).count()).toBe(1);
  expect(await region.getByRole('listitem').allTextContents()).toEqual(OFFERED.map(term));
  expect(await region.locator('q').textContent()).toBe(NOTE);
  expect(await region.locator('b').count()).toBe(0);
}

it('Taipei puts terms with a note on the table, every team and the facilitator see them, Beijing accepts, and the debrief says what was agreed', async () => {
  const context = await browser().newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const problems = await watchPage(page);
  await page.goto(appUrl('/'));
  await page.getByLabel('Lights out: a blockade of Taiwan').check();
  await page.getByLabel('Beijing', { exact: true }).selectOption({ label: 'You (a person)' });
  await page.getByLabel('Taipei', { exact: true }).selectOption({ label: 'You (a person)' });
  await page.getByLabel('Tokyo', { exact: true }).selectOption({ label: 'Bot: cautious' });
  await page.getByLabel('Washington', { exact: true }).selectOption({ label: 'Bot: cautious' });
  await page.getByLabel('Seed').fill('e2e-talks');
  await page.getByRole('button', { name: 'Read the briefing' }).click();
  await page.getByRole('button', { name: 'Start the game' }).click();

  // Turn 1: Beijing declares its blockade. Turn 2: Taipei opens talks; nothing is on the table yet.
  await teamChooses(page, 'Beijing', 'Declare a blockade');
  await teamChooses(page, 'Taipei', 'Hold');
  await resolve(page, 2);
  expect(await page.getByRole('region', { name: 'On the table' }).count()).toBe(0);
  await teamChooses(page, 'Beijing', 'Hold');
  await teamChooses(page, 'Taipei', 'Open negotiations');
  await resolve(page, 3);
  await page.getByRole('region', { name: 'On the table' }).getByText('Taipei has opened talks; no terms are on the table yet.').waitFor();

  // Turn 3: Taipei puts terms on the table, on a phone, with the keyboard where a person would use it.
  await teamChooses(page, 'Beijing', 'Hold');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'We are the Taipei team: show our options' }).click();
  const picker = page.getByRole('group', { name: 'The terms you put on the table' });
  expect(await picker.isVisible()).toBe(false);
  await page.getByLabel('Put terms on the table', { exact: true }).check();
  await picker.waitFor();
  // At least one term: locking in without one says so at the picker and keeps the team's screen.
  await page.getByRole('button', { name: 'Lock in our decision and hide it' }).click();
  await picker.getByRole('alert').getByText('Tick at least one term to put on the table.').waitFor();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('checkbox');
  expect(await picker.getByRole('group', { name: 'Beijing gives' }).getByRole('checkbox').count()).toBe(blockade.terms.filter((x) => x.by === 'beijing').length);
  expect(await picker.getByRole('group', { name: 'Taipei gives' }).getByRole('checkbox').count()).toBe(blockade.terms.filter((x) => x.by === 'taipei').length);
  await page.getByLabel(term('liftMeasures')).focus();
  await page.keyboard.press('Space');
  await page.getByLabel(term('releaseShips')).check();
  await page.getByLabel(term('reaffirmStatusQuo')).check();
  const note = page.getByLabel('A note to go with them (optional, one line)');
  // A control character (a tab) is refused with the engine's own words, at the note.
  await note.fill('Ships move first;\tthen talks.');
  await page.getByRole('button', { name: 'Lock in our decision and hide it' }).click();
  await picker.getByRole('alert').getByText('The note may not contain control or invisible characters (character 18 is \\t).').waitFor();
  expect(await note.getAttribute('aria-invalid')).toBe('true');
  await note.fill(NOTE);
  await picker.getByText(`${NOTE.length} of 500 characters`).waitFor();
  expect(await note.getAttribute('maxlength')).toBe('500');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  const pickerShot = await shoot(page, picker, 'talks-terms-picker-phone');
  await page.setViewportSize({ width: 1366, height: 900 });
  await shoot(page, picker, 'talks-terms-picker');
  await page.getByRole('button', { name: 'Lock in our decision and hide it' }).click();

  // A reload before the turn is resolved keeps both teams' locked-in choices, the terms with them.
  await page.getByText('Every team has decided.').waitFor();
  await page.reload();
  await page.getByText('Every team has decided.').waitFor();
  await resolve(page, 4);

  // The offer is public: on the play screen, and in the facilitator's console.
  await expectOffer(page.getByRole('region', { name: 'On the table' }));
  await shoot(page, page.getByRole('region', { name: 'On the table' }), 'talks-on-the-table');
  const report = page.locator('.turn-report');
  await report.getByText('Taipei puts terms on the table.').waitFor();
  await report.getByText(`Taipei's note: “${NOTE}”`).waitFor();
  await page.getByRole('button', { name: 'Facilitator' }).click();
  await page.getByRole('heading', { name: 'Facilitator (white cell)' }).waitFor();
  await expectOffer(page.getByRole('region', { name: 'On the table' }));
  await page.getByRole('button', { name: 'Back to the game' }).click();

  // Turn 4: Beijing's accept option names the terms it accepts, for the eye and for a screen reader.
  await page.getByRole('button', { name: 'We are the Beijing team: show our options' }).click();
  const accept = page.getByRole('radio', { name: "Accept Taipei's terms" });
  const described = await accept.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
  expect(described).toContain("Choosing this agrees to Taipei's terms of turn 3:");
  for (const id of OFFERED) expect(described).toContain(term(id));
  expect(described).toContain(NOTE);
  await shoot(page, page.getByRole('group', { name: 'Beijing decides' }), 'talks-accept-option');
  await accept.check();
  await page.getByRole('button', { name: 'Lock in our decision and hide it' }).click();
  await teamChooses(page, 'Taipei', 'Hold');
  await page.getByRole('button', { name: 'Resolve the turn' }).click();
  await page.getByRole('heading', { name: 'Negotiated settlement' }).waitFor();
  await page.getByText('What happened in turn 4').click();
  await page.locator('.turn-report').getByText("Beijing and Taipei agree a settlement: Taipei's terms of turn 3, accepted by Beijing.").waitFor();

  // The debrief: the settlement agreed, who gives what, and the offers made.
  await page.getByRole('button', { name: 'Debrief', exact: true }).click();
  const talks = page.getByRole('region', { name: 'Negotiations' });
  await talks.waitFor();
  await talks.getByRole('heading', { name: 'The settlement agreed' }).waitFor();
  await talks.getByText("Taipei's terms of turn 3, accepted by Beijing in turn 4.").waitFor();
  const settlement = talks.locator('.kd-settlement');
  expect(await settlement.getByRole('heading', { name: 'Beijing gives' }).count()).toBe(1);
  expect(await settlement.getByRole('listitem').allTextContents()).toEqual(OFFERED.map(term));
  expect(await settlement.locator('q').textContent()).toBe(NOTE);
  expect(await talks.getByRole('heading', { name: "Turn 3: Taipei's terms" }).count()).toBe(1);
  expect(await talks.getByText('Agreed.', { exact: true }).count()).toBe(1);
  expect(await page.getByRole('navigation', { name: 'Debrief contents' }).getByRole('link').allTextContents()).toContain('2 Negotiations');
  const debriefShot = await shoot(page, talks, 'talks-debrief-settlement');
  console.log(`e2e talks: screenshots ${pickerShot} and ${debriefShot}`);
  await saveScreenshot(page, 'talks-debrief');
  expect(problems.all()).toEqual([]);
}, 180_000);
