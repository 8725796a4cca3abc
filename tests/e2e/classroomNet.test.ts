// The networked classroom in Chromium against the real server (npm run classroom as a process): a
// teacher's console, a projector and four team devices, each its own browser context. Four turns:
// an inject, a public statement, a private message, a draft negotiation with terms proposed and
// accepted, a settlement put on the table and accepted; a device reloaded mid-turn and the server
// killed (SIGKILL) and restarted mid-turn, with nothing lost; the debrief on every device at the
// end. Every frame a team's device receives is kept: none shows it another team's options or
// choice before the turn resolves.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { freePort } from '../classroom/freePort.ts';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, expect, it, onTestFailed } from 'vitest';
import type { Role } from '../../engine/index.ts';
import { decisionLabel, roleName } from '../../scenarios/words/words.ts';
import { appDir } from './support/app.ts';
import { saveScreenshot, watchPage } from './support/browser.ts';
import { useBrowser } from './support/useBrowser.ts';

const browser = useBrowser();
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = join(ROOT, 'cli/classroom/main.ts');
const TSX = pathToFileURL(createRequire(join(ROOT, 'package.json')).resolve('tsx')).href;
const dir = mkdtempSync(join(tmpdir(), 'kuroshio-e2e-net-'));
const children: ChildProcess[] = [];
const TEAMS: Role[] = ['beijing', 'taipei', 'tokyo', 'washington'];

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

interface Info {
  url: string;
  class: { id: string; links: { console: string; projector: string; teams: Record<Role, string> } };
}

/** npm run classroom as a person starts it (node with tsx), serving the app the e2e run built; resolves with its one JSON line. */
function startServer(port: number): Promise<{ child: ChildProcess; info: Info }> {
  const child = spawn(process.execPath, ['--import', TSX, MAIN, '--app', appDir(), '--no-build', '--db', join(dir, 'classroom.db'), '--port', String(port), '--listen', '127.0.0.1', '--seed', 'e2e-net', '--json'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let errText = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 90 s: ${out}${errText}`)), 90_000);
    child.stderr!.on('data', (b: Buffer) => (errText += b.toString()));
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolvePromise({ child, info: JSON.parse(out.split('\n')[0]!) as Info });
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}): ${out}${errText}`)));
  });
}

interface Device {
  context: BrowserContext;
  page: Page;
  /** Every WebSocket frame the page received, in order, with the number of turns played when it came. */
  frames: string[];
  /** Every frame the page sent. */
  sent: string[];
}

async function open(url: string, width = 1100): Promise<Device> {
  const context = await browser().newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const frames: string[] = [];
  const sent: string[] = [];
  page.on('websocket', (ws) => {
    ws.on('framereceived', (f) => frames.push(typeof f.payload === 'string' ? f.payload : f.payload.toString()));
    ws.on('framesent', (f) => sent.push(typeof f.payload === 'string' ? f.payload : f.payload.toString()));
  });
  await watchPage(page);
  await page.goto(url);
  return { context, page, frames, sent };
}

const turnHeading = (page: Page, turn: number) => page.getByRole('heading', { name: new RegExp(`^Turn ${turn} of up to`) }).first().waitFor({ timeout: 60_000 });

/** Lock in a decision; the last team's resolves the turn at once, so its "locked in" is not waited for. */
async function lockIn(d: Device, role: Role, decision: string, last = false): Promise<void> {
  await d.page.getByLabel(decisionLabel(role, decision), { exact: true }).check();
  await d.page.getByRole('button', { name: 'Lock in our decision' }).click();
  if (!last) await d.page.getByText(`Locked in: ${decisionLabel(role, decision)}.`).waitFor();
}

it('a class of four team devices, a projector and a console plays to a negotiated settlement, through a reload and a server restart', async () => {
  const port = await freePort();
  let server = await startServer(port);
  const { links } = server.info.class;
  const teacher = await open(links.console, 1280);
  const projector = await open(links.projector);
  const team = {} as Record<Role, Device>;
  for (const r of TEAMS) team[r] = await open(links.teams[r]);
  onTestFailed(async () => {
    for (const [name, d] of [['console', teacher], ['projector', projector], ...TEAMS.map((r) => [r, team[r]] as const)] as const) {
      await saveScreenshot(d.page, `classroom-net-failed-${name}`).catch(() => {});
      console.log(name, 'sent', d.sent.join('\n'));
    }
  });

  // Everyone is in: the console shows each team's join code, and the state hash checks out.
  await teacher.page.getByRole('heading', { name: 'Join addresses' }).waitFor();
  await teacher.page.getByText(/Connected: Beijing 1, Taipei 1, Tokyo 1, Washington 1; projector 1; console 1/).waitFor({ timeout: 30_000 });
  for (const r of TEAMS) await team[r].page.getByRole('heading', { name: `${roleName(r)} team` }).waitFor();
  await turnHeading(projector.page, 1);

  // Turn 1. The facilitator plays an inject from the deck: its headline is on every screen at once.
  const headline = 'Insurers cancel war-risk cover for Taiwan-bound LNG carriers';
  await teacher.page.getByLabel(`Reason for playing "${headline}"`).fill('markets move before navies do');
  await teacher.page.getByRole('button', { name: 'Play this inject now' }).first().click();
  for (const d of [projector, team.tokyo, team.beijing]) await d.page.locator('.news-headline', { hasText: headline }).waitFor();
  await teacher.page.getByText('Played (at most once)').waitFor();

  // A public statement (news everywhere) and a private message (only to its addressee and the console).
  await team.tokyo.page.getByRole('textbox', { name: 'Our public statement this turn' }).fill('Japan calls on all sides to keep shipping lanes open.');
  await team.tokyo.page.getByRole('button', { name: 'Make the statement' }).click();
  for (const d of [projector, team.beijing]) await d.page.getByText('Japan calls on all sides to keep shipping lanes open.').waitFor();
  await team.washington.page.getByLabel('To', { exact: true }).selectOption('tokyo');
  await team.washington.page.getByLabel('Message', { exact: true }).fill('We stand with you; hold your escorts back one more day.');
  await team.washington.page.getByRole('button', { name: 'Send privately' }).click();
  await team.tokyo.page.getByText(/Washington to Tokyo: We stand with you/).waitFor();
  await teacher.page.getByText(/Washington to Tokyo: We stand with you/).waitFor();

  await lockIn(team.beijing, 'beijing', 'declareBlockade');
  await lockIn(team.tokyo, 'tokyo', 'hold');
  // Tokyo's device reloads mid-turn: it comes back with its choice locked in.
  await team.tokyo.page.reload();
  await team.tokyo.page.getByText(`Locked in: ${decisionLabel('tokyo', 'hold')}.`).waitFor();
  await projector.page.getByText('Tokyo: decided').waitFor();
  await teacher.page.setViewportSize({ width: 1280, height: 1700 });
  await saveScreenshot(teacher.page, 'classroom-net-console');
  await teacher.page.setViewportSize({ width: 1280, height: 900 });
  await saveScreenshot(team.tokyo.page, 'classroom-net-team');
  // The console sees what each team locked in; the projector only that it did.
  await expect.poll(() => teacher.page.locator('.locked-choices li').allTextContents()).toEqual([
    `Beijing: ${decisionLabel('beijing', 'declareBlockade')}`, `Tokyo: ${decisionLabel('tokyo', 'hold')}`]);
  expect(await projector.page.getByText(decisionLabel('beijing', 'declareBlockade')).count()).toBe(0);
  await lockIn(team.taipei, 'taipei', 'hold');
  // Before the last team locks in, no team's device has received another team's options or choice.
  const beforeResolution = Object.fromEntries(TEAMS.map((r) => [r, team[r].frames.length])) as Record<Role, number>;
  await lockIn(team.washington, 'washington', 'hold', true);
  for (const d of [teacher, projector, ...Object.values(team)]) await turnHeading(d.page, 2);
  for (const r of TEAMS) {
    const early = team[r].frames.slice(0, beforeResolution[r]);
    expect(early.length).toBeGreaterThan(3);
    for (const frame of early) {
      const m = JSON.parse(frame);
      if (m.type === 'view') {
        expect(m.view.viewer).toEqual({ kind: 'team', role: r });
        expect(m.view.log).toEqual([]);
        // Own locked choice only; others appear only as "locked in", never what.
        if (m.view.locked) expect(TEAMS.filter((o) => o !== r).some((o) => frame.includes(`"role":"${o}","decision"`))).toBe(false);
      }
      // Beijing's decision is named nowhere another team can read before the turn resolves.
      if (r !== 'beijing') expect(frame).not.toContain('declareBlockade');
    }
  }
  // Each device checked the state hash after the turn.
  for (const d of [teacher, projector, team.tokyo]) await d.page.getByText('Checked: this device\'s engine gives the same game as the server\'s (turn 1).').waitFor();

  // Turn 2. Taipei opens negotiations; mid-turn the server is killed and restarted: nothing is lost.
  await lockIn(team.taipei, 'taipei', 'openNegotiations');
  await lockIn(team.beijing, 'beijing', 'hold');
  server.child.kill('SIGKILL');
  await new Promise((r) => server.child.once('exit', r));
  await team.taipei.page.getByText('The connection was lost: reconnecting…').first().waitFor();
  server = await startServer(port);
  await team.taipei.page.getByText(`Locked in: ${decisionLabel('taipei', 'openNegotiations')}.`).waitFor({ timeout: 30_000 });
  await projector.page.getByText('Beijing: decided').waitFor({ timeout: 30_000 });
  await expect.poll(() => team.taipei.page.getByText('The connection was lost: reconnecting…').count(), { timeout: 30_000 }).toBe(0);
  await lockIn(team.tokyo, 'tokyo', 'hold');
  await lockIn(team.washington, 'washington', 'hold', true);
  for (const d of [teacher, projector, ...Object.values(team)]) await turnHeading(d.page, 3);

  // Turn 3. A draft negotiation with terms: Taipei proposes to Beijing, Beijing accepts.
  const draft = team.taipei.page.locator('#draft-terms-taipei');
  await team.taipei.page.getByLabel('Propose to').selectOption('beijing');
  await draft.locator('input[type=checkbox]').first().check();
  await draft.locator('input[type=text]').fill('Ships first, then talks.');
  await team.taipei.page.getByRole('button', { name: 'Propose these terms' }).click();
  await team.beijing.page.getByRole('button', { name: 'Accept proposal 1' }).click();
  await team.taipei.page.getByText(/Proposal 1 from Taipei to Beijing \(accepted\)/).waitFor();
  await teacher.page.getByText(/Proposal 1 from Taipei to Beijing \(accepted\)/).waitFor();
  expect(await team.tokyo.page.getByText(/Proposal 1 from Taipei/).count()).toBe(0);
  // The settlement itself: Taipei puts those terms on the table with its decision.
  await team.taipei.page.getByLabel(decisionLabel('taipei', 'proposeSettlement'), { exact: true }).check();
  await team.taipei.page.locator('#terms-taipei input[type=checkbox]').first().check();
  await team.taipei.page.locator('#terms-taipei input[type=text]').fill('Ships first, then talks.');
  await team.taipei.page.getByRole('button', { name: 'Lock in our decision' }).click();
  await team.taipei.page.getByText(`Locked in: ${decisionLabel('taipei', 'proposeSettlement')}.`).waitFor();
  for (const r of ['beijing', 'tokyo', 'washington'] as const) await lockIn(team[r], r, 'hold', r === 'washington');
  for (const d of [teacher, projector, ...Object.values(team)]) await turnHeading(d.page, 4);

  // Turn 4. Beijing accepts the terms on the table: the game ends, with the debrief on every device.
  await lockIn(team.beijing, 'beijing', 'agreeSettlement');
  for (const r of ['taipei', 'tokyo', 'washington'] as const) await lockIn(team[r], r, 'hold', r === 'washington');
  for (const d of [teacher, projector, ...Object.values(team)]) await d.page.getByRole('heading', { name: 'Debrief', exact: true }).waitFor({ timeout: 60_000 });
  await saveScreenshot(team.tokyo.page, 'classroom-net-debrief');

  // The replay, exported from the console, holds the statement, the message, the draft and the settlement's terms.
  await teacher.page.getByRole('button', { name: 'Back' }).first().click().catch(() => {});
  const [download] = await Promise.all([teacher.page.waitForEvent('download'), teacher.page.getByRole('button', { name: 'Export replay' }).first().click()]);
  const file = join(dir, 'class.replay.json');
  await download.saveAs(file);
  const replay = JSON.parse(readFileSync(file, 'utf8'));
  expect(replay.turns).toHaveLength(4);
  expect(replay.talk.statements.map((s: { text: string }) => s.text)).toEqual(['Japan calls on all sides to keep shipping lanes open.']);
  expect(replay.talk.messages).toHaveLength(1);
  expect(replay.talk.proposals[0].status).toBe('accepted');
  expect(replay.turns[0].facilitator[0].action).toEqual({ kind: 'inject', injectId: 'lng-insurers-withdraw' });
  expect(replay.turns[2].commands.find((c: { role: string }) => c.role === 'taipei').proposal.note).toBe('Ships first, then talks.');

  for (const d of [teacher, projector, ...Object.values(team)]) {
    const problems = (await watchPage(d.page)).all().filter((p) => !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(p));
    expect(problems).toEqual([]);
    await d.context.close();
  }
}, 600_000);
