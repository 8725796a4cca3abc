// The one-device classroom through what a lesson does to it: a team's locked choice, the
// facilitator's inject, pause and timer (holding undecided teams at zero) and a half-typed console
// field all survive a reload; an inject keeps the locked choice and shows at once on the hand-off
// card and the projector window (a second tab, fed over a BroadcastChannel); a deck inject the
// scenario plays at most once cannot be played again; the shared briefing shows no private brief.
import { expect, it } from 'vitest';
import { appUrl } from './support/app.ts';
import { saveScreenshot, watchPage } from './support/browser.ts';
import { useBrowser } from './support/useBrowser.ts';

const browser = useBrowser();
const HEADLINE = 'Insurers cancel war-risk cover for Taiwan-bound LNG carriers';

it('keeps locked choices, pause, timer and drafts through a reload, and feeds a projector window live', async () => {
  const context = await browser().newContext({ viewport: { width: 1366, height: 820 } });
  const page = await context.newPage();
  const problems = await watchPage(page);
  await page.goto(appUrl('/'));
  await page.getByLabel('Lights out: a blockade of Taiwan').check();
  await page.getByLabel('Washington', { exact: true }).selectOption({ label: 'You (a person)' });
  await page.getByLabel('Seed').fill('e2e-one-device');
  await page.getByRole('button', { name: 'Read the briefing' }).click();
  // Two teams read the briefing together: neither team's private brief is on it.
  await page.getByText(/Each team's private brief/).waitFor();
  expect(await page.getByRole('region', { name: 'Tokyo briefing' }).count()).toBe(0);
  expect(await page.getByRole('heading', { name: 'Red lines' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Start the game' }).click();

  // Tokyo locks in.
  await page.getByRole('button', { name: 'We are the Tokyo team: show our options' }).click();
  await page.getByLabel('Evacuate Japanese nationals', { exact: true }).check();
  await page.getByRole('button', { name: 'Lock in our decision and hide it' }).click();
  await page.getByText('Tokyo: decided').waitFor();

  // The projector in a second tab follows the game.
  await page.getByRole('button', { name: 'Facilitator' }).click();
  const [projector] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open the projector in a new window' }).click()]);
  await projector.getByRole('heading', { name: /^Turn 1 of up to/ }).waitFor();
  await projector.getByText('Tokyo: decided').waitFor();

  // The facilitator: a timer that holds undecided teams at zero, an inject, a pause, a half-typed headline.
  await page.getByLabel('Minutes per team each turn (0: no timer)').fill('3');
  // Leaving the field sets the timer and redraws the console: wait for that, or the click lands on the checkbox it replaces.
  await page.getByLabel('Minutes per team each turn (0: no timer)').press('Tab');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('kuroshio.turnInProgress') ?? '')).toContain('"durationMs":180000');
  await page.getByLabel('At zero, resolve the turn: teams that have not decided hold').check();
  // The timer is set (and the console redrawn) just after the change event: wait for it before the next click.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('kuroshio.turnInProgress') ?? '')).toContain('"holdAtZero":true');
  await page.getByLabel(`Reason for playing "${HEADLINE}"`).fill('markets move before navies do');
  await page.getByRole('button', { name: 'Play this inject now' }).first().click();
  await page.getByText('Played (at most once)').waitFor();
  // The inject is on the projector at once, and the deck will not play it again.
  await projector.locator('.news-headline', { hasText: HEADLINE }).waitFor();
  expect(await page.getByRole('button', { name: 'Played (at most once)' }).isDisabled()).toBe(true);
  await page.getByRole('button', { name: 'Pause play' }).click();
  await projector.getByText('Paused by the facilitator').first().waitFor();
  await page.getByLabel('Headline').fill('A ferry is turned back at Keelung');

  await page.reload();
  // Everything survived: the pause, the timer (standing still), the inject, Tokyo's lock, the draft.
  await page.getByText('Paused by the facilitator').first().waitFor();
  await page.getByRole('button', { name: 'Facilitator' }).click();
  expect(await page.getByLabel('Headline').inputValue()).toBe('A ferry is turned back at Keelung');
  expect(await page.getByLabel('Minutes per team each turn (0: no timer)').inputValue()).toBe('3');
  expect(await page.getByLabel('At zero, resolve the turn: teams that have not decided hold').isChecked()).toBe(true);
  expect(await page.getByRole('button', { name: 'Played (at most once)' }).isDisabled()).toBe(true);
  await page.getByText('Tokyo: Evacuate Japanese nationals').waitFor();
  await saveScreenshot(page, 'one-device-console');
  await page.getByRole('button', { name: 'Resume play' }).click();
  await page.getByRole('button', { name: 'Back to the game' }).click();

  // The hand-off card shows the inject and the timer; Tokyo is still decided.
  await page.getByText('Tokyo: decided').waitFor();
  await page.getByRole('heading', { name: 'Pass the device to the Washington team' }).waitFor();
  await page.locator('.news-headline', { hasText: HEADLINE }).waitFor();
  await page.getByText(/^Time left: [23]:\d\d$/).waitFor();
  await saveScreenshot(page, 'one-device-handoff');
  await page.getByRole('button', { name: 'We are the Washington team: show our options' }).click();
  await page.locator('.news-headline', { hasText: HEADLINE }).waitFor();
  await page.getByLabel('Issue warnings and show force', { exact: true }).check();
  await page.getByRole('button', { name: 'Lock in our decision and hide it' }).click();
  await page.reload();
  await page.getByRole('button', { name: 'Resolve the turn' }).click();
  await page.getByRole('heading', { name: /^Turn 2 of up to/ }).waitFor();
  // The projector window follows, with the turn's report.
  await projector.getByRole('heading', { name: /^Turn 2 of up to/ }).waitFor();
  await projector.getByText('What happened in turn 1').waitFor();
  await saveScreenshot(projector, 'one-device-projector-window');
  expect(problems.all()).toEqual([]);
  await context.close();
});
