// A class on one device: two teams decide in secret behind hand-off cards, and a facilitator plays
// an inject, overrides a result, pauses play, sets a timer and switches to the projector view.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { appUrl } from './support/app.ts';
import { useBrowser } from './support/useBrowser.ts';
import { saveScreenshot, watchPage } from './support/browser.ts';

const browser = useBrowser();

async function teamDecides(page: Page, team: string, option: string): Promise<void> {
  await page.getByRole('heading', { name: `Pass the device to the ${team} team` }).waitFor();
  // Before the team takes the device, no team's options are on screen.
  expect(await page.getByRole('group', { name: `${team} decides` }).count()).toBe(0);
  await page.getByRole('button', { name: `We are the ${team} team: show our options` }).click();
  await page.getByLabel(option, { exact: true }).check();
  await page.getByRole('button', { name: 'Lock in our decision and hide it' }).click();
  // The choice is hidden again: the next screen shows no team's options, only who has decided.
  expect(await page.getByRole('group', { name: `${team} decides` }).count()).toBe(0);
}

it('runs a turn with two teams deciding in secret and a facilitator acting, all recorded in the replay', async () => {
  const context = await browser().newContext({ viewport: { width: 1366, height: 820 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = await watchPage(page);
  await page.goto(appUrl('/'));
  await page.getByLabel('Lights out: a blockade of Taiwan').check();
  await page.getByLabel('Washington', { exact: true }).selectOption({ label: 'You (a person)' });
  await page.getByLabel('Seed').fill('e2e-classroom');
  await page.getByRole('button', { name: 'Read the briefing' }).click();
  await page.getByRole('button', { name: 'Start the game' }).click();

  // The facilitator acts before the teams decide: an inject from the deck and an override, with reasons.
  await page.getByRole('button', { name: 'Facilitator' }).click();
  await page.getByRole('heading', { name: 'Facilitator (white cell)' }).waitFor();
  await page.getByLabel('Minutes per team each turn (0: no timer)').fill('2');
  await page.getByLabel('Minutes per team each turn (0: no timer)').dispatchEvent('change');
  await page.getByLabel(/Reason for playing "Insurers cancel war-risk cover/).fill('to show how markets move before navies do');
  await page.getByRole('button', { name: 'Play this inject now' }).first().click();
  await page.getByLabel('What').selectOption('indicator:dietSupport');
  await page.getByLabel('New value (not used for a yes/no fact, which becomes yes)').fill('30');
  await page.getByLabel('Reason', { exact: true }).nth(1).fill('a snap poll read out by the teacher');
  await page.getByRole('button', { name: 'Override' }).click();
  await page.getByRole('heading', { name: 'Already done this turn' }).waitFor();
  await saveScreenshot(page, 'facilitator-console');

  // Pause: no team can resolve the turn, and the class sees the banner.
  await page.getByRole('button', { name: 'Pause play' }).click();
  await page.getByRole('button', { name: 'Back to the game' }).click();
  await page.getByText('Paused by the facilitator').waitFor();
  expect(await page.getByRole('button', { name: 'We are the Tokyo team: show our options' }).isDisabled()).toBe(true);
  await page.getByRole('button', { name: 'Facilitator' }).click();
  await page.getByRole('button', { name: 'Resume play' }).click();

  // The projector view shows the public situation only.
  await page.getByRole('button', { name: 'Projector view' }).click();
  await page.getByRole('button', { name: 'Leave the projector view' }).waitFor();
  expect(await page.getByRole('region', { name: 'Hand-off' }).count()).toBe(0);
  await page.waitForTimeout(800);
  await saveScreenshot(page, 'projector-view');
  await page.getByRole('button', { name: 'Leave the projector view' }).click();

  await teamDecides(page, 'Tokyo', 'Evacuate Japanese nationals');
  await page.getByRole('button', { name: 'We are the Washington team: show our options' }).click();
  await page.getByText(/^Time left: [12]:\d\d$/).waitFor();
  await saveScreenshot(page, 'team-turn');
  await page.getByLabel('Issue warnings and show force', { exact: true }).check();
  await page.getByRole('button', { name: 'Lock in our decision and hide it' }).click();
  await page.getByRole('button', { name: 'Resolve the turn' }).click();
  await page.getByRole('heading', { name: /^Turn 2 of up to/ }).waitFor();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export replay' }).click()]);
  const file = join(tmpdir(), `kuroshio-e2e-class-${Date.now()}.json`);
  await download.saveAs(file);
  const replay = JSON.parse(readFileSync(file, 'utf8'));
  const first = replay.turns[0];
  expect(first.facilitator.map((c: { action: { kind: string }; reason: string }) => [c.action.kind, c.reason])).toEqual([
    ['inject', 'to show how markets move before navies do'],
    ['setIndicator', 'a snap poll read out by the teacher'],
  ]);
  expect(first.commands.filter((c: { by: string }) => c.by === 'human').map((c: { role: string; decision: string }) => [c.role, c.decision]))
    .toEqual([['tokyo', 'orderEvacuation'], ['washington', 'issueWarnings']]);

  // The debrief shows both interventions with their reasons.
  await page.getByRole('button', { name: 'Facilitator' }).click();
  await page.getByRole('button', { name: 'Debrief' }).click();
  await page.getByText('to show how markets move before navies do').first().waitFor();
  await page.getByText('a snap poll read out by the teacher').first().waitFor();
  expect(await page.getByText(/Insurers cancel war-risk cover/).count()).toBeGreaterThan(0);
  await page.waitForTimeout(500);
  await saveScreenshot(page, 'classroom-debrief');
  expect(problems.all()).toEqual([]);
});
