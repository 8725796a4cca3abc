// The classroom's own screens in each language, beside accessibility.test.ts (which walks the game a
// person plays alone): the networked classroom's team device, projector and teacher's console (one
// server, one class, its first turn played, opened in en, ja and zh-TW), and the one-device classroom's
// hand-off card, team options, projector view and projector window (one game, its first turn played,
// opened in each language). On every
// screen axe-core reports no serious or critical violation, and in Japanese and Chinese no line shown is
// an English message of the catalog or of the scenario; the projector's type is large.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../engine/index.ts';
import { SECRET_LENGTH } from '../../engine/classroom/index.ts';
import { classLinks, type ClassLinks } from '../../cli/classroom/addresses.ts';
import { Device } from '../../cli/classroom/deviceClient.ts';
import { seatsFor, startClassroomServer, type RunningServer } from '../../cli/classroom/server.ts';
import { openSqliteStore, type ClassStore } from '../../cli/classroom/store.ts';
import { scenarioFile } from '../../scenarios/catalog.ts';
import { LANGUAGES, t } from '../../scenarios/words/words.ts';
import { appDir, appUrl } from './support/app.ts';
import { saveScreenshot, watchPage } from './support/browser.ts';
import { screenChecks } from './support/screenChecks.ts';
import { useBrowser } from './support/useBrowser.ts';

const browser = useBrowser();
const NET_SCREENS = ['networked team device', 'networked projector', "networked teacher's console"] as const;
const ONE_DEVICE_SCREENS = ['one-device hand-off card', 'one-device team options', 'one-device projector view', 'one-device projector window'] as const;

/**
 * Large type on a projector, read back from the page: the size of the smallest text the side pane
 * shows, and of the turn report's lines (what a class reads from the back of the room), in CSS pixels.
 */
async function projectorType(page: Page): Promise<{ smallest: number; smallestText: string; report: number }> {
  return page.evaluate(() => {
    let smallest = Infinity;
    let smallestText = '';
    const pane = document.querySelector('.side-pane')!;
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || el.closest('.visually-hidden') || !el.getClientRects().length) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < smallest) {
        smallest = size;
        smallestText = n.textContent.trim().slice(0, 60);
      }
    }
    const line = pane.querySelector('.turn-report li') ?? pane.querySelector('p');
    return { smallest, smallestText, report: line ? parseFloat(getComputedStyle(line).fontSize) : 0 };
  });
}

/** What a projector in a classroom must show, or what it shows too small: nothing under 20 px, the report at 24 px or more. */
async function smallType(page: Page, screen: string): Promise<string[]> {
  const type = await projectorType(page);
  return [
    ...(type.smallest < 20 ? [`${screen}: the smallest text is ${type.smallest} px ("${type.smallestText}")`] : []),
    ...(type.report < 24 ? [`${screen}: the turn report's lines are ${type.report} px`] : []),
  ];
}

describe('the networked classroom in every language', () => {
  let server: RunningServer | null = null;
  let store: ClassStore | null = null;
  let id = '';
  let links: ClassLinks;

  // One server (in this process: `npm run classroom` as a process is classroomNet.test.ts's) and one class for
  // the three languages: each language's devices open the same class. Its first turn is played (and a
  // message and a statement made) from Node, so the screens show a turn report, the news and the talk; in
  // the second Beijing has locked in, so the console lists a choice.
  beforeAll(async () => {
    store = openSqliteStore(':memory:');
    server = await startClassroomServer({ store, appDir: appDir(), listen: '127.0.0.1', port: 0, hostKey: 'A11YHOSTKEY'.padEnd(SECRET_LENGTH, '0'), log: () => {} });
    server.hub.setAddress(server.url);
    const created = await server.hub.createClass({ scenarioId: 'blockade', seed: 'e2e-a11y', seats: seatsFor(ROLES) });
    if (!created.ok) throw new Error(created.error);
    const { keys } = created.value;
    id = created.value.id;
    links = classLinks(server.url, id, keys);
    const team = {} as Record<Role, Device>;
    for (const r of ROLES) team[r] = await Device.join(server.url, id, keys.teams[r]);
    const ok = async (d: Device, intent: Parameters<Device['intent']>[0]) => expect((await d.intent(intent)).type).toBe('done');
    await ok(team.tokyo, { kind: 'statement', text: 'Japan calls on all sides to keep shipping lanes open.' });
    await ok(team.washington, { kind: 'message', to: 'tokyo', text: 'We stand with you.' });
    await ok(team.beijing, { kind: 'lock', decision: 'declareBlockade' });
    for (const r of ['taipei', 'tokyo', 'washington'] as const) await ok(team[r], { kind: 'lock', decision: 'hold' });
    // The last lock resolved the turn: Beijing's device has (or will soon have) the second turn's view.
    if (team.beijing.view.turn !== 1) await team.beijing.waitFor((m) => m.type === 'view' && m.view.turn === 1);
    await ok(team.beijing, { kind: 'lock', decision: 'hold' });
    for (const d of Object.values(team)) await d.close();
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: the team device, the projector and the teacher's console pass axe${lang === 'en' ? '' : ' and show no English message'}`, async () => {
      const T = (key: string, values = {}) => t(key, values, lang);
      /** A class's address in the language, as a teacher would hand it out: `&lang=` beside the class code. */
      const inLang = (link: string) => link.replace('?class=', `?lang=${lang}&class=`);
      const checks = screenChecks(lang);
      const problems: string[] = [];
      /** Open a device in its own browser context; `done` closes it (one map drawn at a time: software WebGL is slow). */
      const open = async (link: string, width: number, height = 900) => {
        const context = await browser().newContext({ viewport: { width, height } });
        const page = await context.newPage();
        const watch = await watchPage(page);
        await page.goto(link);
        const done = async () => {
          problems.push(...watch.all().filter((p) => !/WebSocket|Failed to load resource/.test(p)));
          await context.close();
        };
        return { page, done };
      };

      // In Japanese, the team's device opens at the address the server printed and takes the language from its
      // own menu: the page reloads in it and rejoins as the same team. Otherwise its address says the language.
      const team = await open(lang === 'ja' ? links.teams.tokyo : inLang(links.teams.tokyo), 1100);
      if (lang === 'ja') {
        await team.page.getByRole('heading', { name: t('classroom.net.teamTitle', { role: t('role.tokyo', {}, 'en') }, 'en') }).waitFor();
        await team.page.getByLabel(t('ui.language.label', {}, 'en')).selectOption(lang);
      }
      await team.page.getByRole('heading', { name: T('classroom.net.teamTitle', { role: T('role.tokyo') }) }).waitFor();
      await team.page.getByRole('button', { name: T('classroom.net.lockIn') }).waitFor();
      expect(await team.page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await checks.check(team.page, NET_SCREENS[0]);
      if (lang === 'ja') await saveScreenshot(team.page, `a11y-classroom-net-team-${lang}`);
      await team.done();

      const projector = await open(inLang(links.projector), 1366, 768);
      await projector.page.getByRole('heading', { name: T('classroom.net.projectorTitle', { id }) }).waitFor();
      await projector.page.getByRole('heading', { name: T('classroom.public.turn', { turn: 2, horizon: scenarioFile('blockade', 'en')!.horizonTurns }) }).waitFor();
      await checks.check(projector.page, NET_SCREENS[1]);
      const small = await smallType(projector.page, NET_SCREENS[1]);
      if (lang !== 'en') await saveScreenshot(projector.page, `a11y-classroom-net-projector-${lang}`);
      await projector.done();

      const teacher = await open(inLang(links.console), 1280);
      await teacher.page.getByRole('heading', { name: T('classroom.net.consoleTitle', { id }) }).waitFor();
      await teacher.page.getByRole('heading', { name: T('classroom.net.lockedChoices') }).waitFor();
      await teacher.page.locator('.locked-choices li').first().waitFor();
      // The join codes are folded once a turn is played: open them, for their pictures and links are checked too.
      await teacher.page.locator('.join-codes summary').click();
      await teacher.page.locator('.join-code img').first().waitFor();
      await checks.check(teacher.page, NET_SCREENS[2]);
      await teacher.done();

      expect(checks.screens).toEqual([...NET_SCREENS]);
      expect.soft(checks.violations, `axe-core, serious or critical, on ${NET_SCREENS.join(', ')}`).toEqual([]);
      expect.soft(checks.leaks, 'lines shown in English').toEqual([]);
      expect.soft(small, 'type too small for a projector').toEqual([]);
      expect(problems).toEqual([]);
    }, 120_000);
  }
});

describe('the one-device classroom in every language', () => {
  const horizon = scenarioFile('blockade', 'en')!.horizonTurns;
  let saved: Awaited<ReturnType<BrowserContext['storageState']>>;

  // One game for the three languages: Tokyo and Washington are teams, and the first turn is played (each
  // team decides behind the hand-off card, the turn resolves). The browser keeps the game; each language
  // opens it where it was, at the second turn's hand-off card, over the first turn's report.
  beforeAll(async () => {
    const context = await browser().newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(appUrl('/?lang=en'));
    await page.getByLabel(scenarioFile('blockade', 'en')!.title).check();
    for (const role of ['Tokyo', 'Washington']) await page.getByLabel(role, { exact: true }).selectOption({ label: t('ui.setup.seatYou', {}, 'en') });
    await page.getByLabel('Seed').fill('a11y-one-device');
    await page.getByRole('button', { name: 'Read the briefing' }).click();
    await page.getByRole('button', { name: 'Start the game' }).click();
    for (const [role, decision] of [['tokyo', 'orderEvacuation'], ['washington', 'issueWarnings']] as const) {
      await page.getByRole('button', { name: t('ui.team.showOurOptions', { role: t(`role.${role}`, {}, 'en') }, 'en') }).click();
      await page.getByLabel(t(`decision.${role}.${decision}.label`, {}, 'en'), { exact: true }).check();
      await page.getByRole('button', { name: t('ui.play.lockIn', {}, 'en') }).click();
    }
    await page.getByRole('button', { name: t('classroom.oneDevice.resolve', {}, 'en') }).click();
    await page.getByRole('heading', { name: t('classroom.public.turn', { turn: 2, horizon }, 'en') }).waitFor();
    saved = await context.storageState();
    await context.close();
  }, 120_000);

  for (const lang of LANGUAGES) {
    it(`${lang}: the hand-off card, a team's options, the projector view and its window pass axe${lang === 'en' ? '' : ' and show no English message'}`, async () => {
      const T = (key: string, values = {}) => t(key, values, lang);
      const checks = screenChecks(lang);
      const context = await browser().newContext({ viewport: { width: 1366, height: 768 }, storageState: saved });
      const page = await context.newPage();
      const problems = await watchPage(page);
      await page.goto(appUrl(`/?lang=${lang}`));

      // The hand-off card, then the team's options behind it.
      await page.getByRole('heading', { name: T('classroom.public.turn', { turn: 2, horizon }) }).waitFor();
      await page.getByRole('heading', { name: T('ui.team.passTheDevice', { role: T('role.tokyo') }) }).waitFor();
      await checks.check(page, ONE_DEVICE_SCREENS[0]);
      await page.getByRole('button', { name: T('ui.team.showOurOptions', { role: T('role.tokyo') }) }).click();
      await page.getByRole('button', { name: T('ui.play.lockIn') }).waitFor();
      await checks.check(page, ONE_DEVICE_SCREENS[1]);

      // The projector: the facilitator's switch, then a window of its own.
      await page.getByRole('button', { name: T('ui.top.facilitator') }).click();
      await page.getByRole('button', { name: T('ui.facilitator.projector'), exact: true }).click();
      await page.getByRole('button', { name: T('ui.play.leaveProjector') }).waitFor();
      await checks.check(page, ONE_DEVICE_SCREENS[2]);
      const small = await smallType(page, ONE_DEVICE_SCREENS[2]);
      const [win] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: T('classroom.oneDevice.openProjector') }).click()]);
      await win.setViewportSize({ width: 1366, height: 768 });
      await win.getByRole('heading', { name: T('classroom.public.turn', { turn: 2, horizon }) }).waitFor();
      // The window speaks the language of the game that opened it.
      expect(await win.evaluate(() => document.documentElement.lang)).toBe(lang);
      // The window has its view: the game's own page is closed, so that one map is drawn while axe reads the window.
      const pageProblems = problems.all();
      await page.close();
      await checks.check(win, ONE_DEVICE_SCREENS[3]);
      small.push(...(await smallType(win, ONE_DEVICE_SCREENS[3])));
      if (lang !== 'en') await saveScreenshot(win, `a11y-one-device-projector-${lang}`);

      expect(checks.screens).toEqual([...ONE_DEVICE_SCREENS]);
      expect.soft(checks.violations, `axe-core, serious or critical, on ${ONE_DEVICE_SCREENS.join(', ')}`).toEqual([]);
      expect.soft(checks.leaks, 'lines shown in English').toEqual([]);
      expect.soft(small, 'type too small for a projector').toEqual([]);
      expect(pageProblems).toEqual([]);
      await context.close();
    }, 120_000);
  }
});
