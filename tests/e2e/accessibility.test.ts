// The whole game in each language, as a class would meet it: set up a blockade game, read the briefing,
// play a turn, play to the end, open the debrief, and print the briefing packets. On every screen,
// axe-core reports no serious or critical violation, and in Japanese and Chinese no line shown is an
// English message of the catalog or of the scenario. Screenshots of each language are saved to look at.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTCOMES, ROLES } from '../../engine/index.ts';
import { defaults, scenarioFile } from '../../scenarios/catalog.ts';
import { endingTitle, setLanguage, t } from '../../scenarios/words/words.ts';
import { appUrl } from './support/app.ts';
import { saveScreenshot, watchPage } from './support/browser.ts';
import { screenChecks } from './support/screenChecks.ts';
import { useBrowser } from './support/useBrowser.ts';

const browser = useBrowser();
const SCREENS_CHECKED = ['setup', 'briefing', 'play', 'turn report', 'facilitator', 'end', 'replay', 'debrief', 'packets'] as const;

describe('the game in English, Japanese and Traditional Chinese', () => {
  for (const lang of ['en', 'ja', 'zh-TW'] as const) {
    it(`${lang}: plays a turn, opens the debrief and prints the packets; every screen passes axe${lang === 'en' ? '' : ', and shows no English message'}`, async () => {
      const T = (key: string, values = {}) => t(key, values, lang);
      const context = await browser().newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const problems = await watchPage(page);
      const checks = screenChecks(lang);
      const check = (screen: (typeof SCREENS_CHECKED)[number]) => checks.check(page, screen);

      await page.goto(appUrl(`/?lang=${lang}`));
      await page.getByRole('heading', { name: T('ui.top.newGame') }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await check('setup');

      await page.getByLabel(scenarioFile('blockade', lang)!.title).check();
      for (const role of ROLES) {
        await page.getByLabel(T(`role.${role}`), { exact: true }).selectOption({ label: T(role === 'beijing' || role === 'washington' ? 'ui.setup.seatHawkish' : 'ui.setup.seatCautious') });
      }
      await page.getByLabel(T('ui.setup.seed')).fill(`languages-${lang}`);
      await page.getByRole('button', { name: T('ui.setup.readBriefing') }).click();
      await page.getByRole('button', { name: T('ui.briefing.start') }).waitFor();
      await check('briefing');
      await page.getByRole('button', { name: T('ui.briefing.start') }).click();

      const next = page.getByRole('button', { name: T('ui.play.nextTurnBots') });
      await next.waitFor();
      await check('play');
      await next.click();
      await page.getByRole('heading', { name: T('classroom.public.turn', { turn: 2, horizon: scenarioFile('blockade', 'en')!.horizonTurns }) }).waitFor();
      await check('turn report');
      await saveScreenshot(page, `language-${lang}-turn`);
      await page.getByRole('button', { name: T('ui.top.facilitator') }).click();
      await page.getByRole('heading', { name: T('ui.facilitator.title') }).waitFor();
      await check('facilitator');
      await page.getByRole('button', { name: T('ui.facilitator.back') }).click();

      const endings = [...defaults(lang).endConditions, ...defaults(lang).horizonOutcomes].map((c) => endingTitle(c.outcome, c.id));
      setLanguage(lang);
      const headings = new RegExp([...new Set([...endings, ...OUTCOMES.map((o) => endingTitle(o, null))])].map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
      setLanguage('en');
      for (let i = 0; i < 40 && !(await page.getByRole('heading', { name: headings }).isVisible()); i++) await next.click();
      await page.getByRole('heading', { name: headings }).waitFor();
      await check('end');
      await saveScreenshot(page, `language-${lang}-end`);
      await page.getByRole('button', { name: T('ui.end.stepThrough') }).click();
      await page.getByRole('heading', { name: T('ui.replay.title'), exact: true }).waitFor();
      await check('replay');
      await page.getByRole('button', { name: T('ui.replay.backToGame') }).click();
      await page.getByRole('heading', { name: headings }).waitFor();

      await page.getByRole('button', { name: T('ui.end.debrief') }).click();
      await page.locator('#debrief-heading').waitFor();
      await check('debrief');
      await saveScreenshot(page, `language-${lang}-debrief`);

      await page.goto(appUrl(`/?lang=${lang}&print=blockade&variant=base`));
      await page.getByRole('heading', { name: T('ui.packets.teamPacket', { name: T('role.tokyo') }) }).waitFor();
      await check('packets');
      const dir = mkdtempSync(join(tmpdir(), 'kuroshio-languages-'));
      const pdf = join(dir, `packets-${lang}.pdf`);
      writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
      if (!spawnSync('pdftotext', ['-v']).error) {
        const printed = execFileSync('pdftotext', ['-f', '1', '-l', '3', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
        // The title is printed in the language, in fonts that have its characters (pdftotext reads them back).
        expect(printed).toContain(scenarioFile('blockade', lang)!.title.replace(/\s+/g, ''));
        // The running head of the cover's pages is in the language too (ui/app/packets/pageHeaders.ts).
        // (pdftotext reads the Latin "Kuroshio" of a CJK running head as a run of its own, placed elsewhere.)
        expect(printed).toContain(T('ui.packets.pageCover').replace('Kuroshio', '').replace(/\s+/g, ''));
      }
      await saveScreenshot(page, `language-${lang}-packets`);

      expect(checks.screens).toEqual([...SCREENS_CHECKED]);
      expect(checks.violations, `axe-core, serious or critical, on ${SCREENS_CHECKED.join(', ')}`).toEqual([]);
      expect(checks.leaks, 'lines shown in English').toEqual([]);
      expect(problems.all()).toEqual([]);
      await context.close();
      // A whole game, nine axe runs and a PDF: about a minute on an idle 2-core machine, so the default 60 s
      // timeout failed it whenever the machine was shared. The timeout is for a hang.
    }, 180_000);
  }
});
