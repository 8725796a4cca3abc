// The app in Japanese and in Chinese, by what a person sees: the setup, briefing and play screens and
// the top bar say nothing the catalog has only in English. The unit test (tests/words/catalogs.test.ts)
// proves the catalogs complete; this proves the screens read them, rather than literals in the code.
import { describe, expect, it } from 'vitest';
import en from '../../scenarios/words/en.json';
import { t, type Lang } from '../../scenarios/words/words.ts';
import { appUrl } from './support/app.ts';
import { saveScreenshot, watchPage } from './support/browser.ts';
import { useBrowser } from './support/useBrowser.ts';

const browser = useBrowser();

type Catalog = { [key: string]: string | Catalog };
/** The English of the screens' own messages (no arguments): none of it should show in another language. */
function englishOf(sections: string[]): string[] {
  const out: string[] = [];
  const walk = (node: Catalog | string) => {
    if (typeof node === 'string') {
      if (!node.includes('{') && /[a-z]{3}/.test(node)) out.push(node);
    } else for (const [k, v] of Object.entries(node)) if (k !== '$comment') walk(v);
  };
  for (const s of sections) walk((en as unknown as { ui: Catalog }).ui[s]!);
  return out;
}
const ENGLISH = englishOf(['top', 'setup', 'briefing', 'play', 'legend', 'report']);
const LATER = englishOf(['replay', 'debrief', 'compare', 'charts', 'packets']);

it('has English to look for', () => {
  expect(ENGLISH.length).toBeGreaterThan(30);
});

describe.each(['ja', 'zh-TW'] as Lang[])('the app in %s', (lang) => {
  it('shows the top bar, setup, briefing and play screens in the language, and none of their English', async () => {
    const context = await browser().newContext({ viewport: { width: 1366, height: 820 } });
    const page = await context.newPage();
    const problems = await watchPage(page);
    await page.goto(appUrl(`/?lang=${lang}`));
    const english = async (where: string, words = ENGLISH) => {
      // Citations keep their sources' own titles (often English publications): left out, as in shell.test.ts.
      const text = await page.locator('body').evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('cite').forEach((c) => c.remove());
        return copy.textContent ?? '';
      });
      expect(words.filter((x) => text.includes(x)), `English on the ${where} screen`).toEqual([]);
    };

    await page.getByRole('heading', { name: t('ui.top.newGame', {}, lang), exact: true }).waitFor();
    await english('setup');
    await page.getByRole('button', { name: t('ui.setup.readBriefing', {}, lang) }).click();
    await page.getByRole('button', { name: t('ui.briefing.start', {}, lang) }).click();
    await page.getByRole('button', { name: t('ui.play.endTurn', {}, lang) }).waitFor();
    await english('play');
    await page.getByRole('button', { name: t('ui.play.endTurn', {}, lang) }).click();
    await page.getByText(t('ui.report.title', { turn: 1 }, lang)).waitFor();
    await english('second turn');
    // For a reader of the language to look over (tests/e2e/screenshots/, not committed).
    await saveScreenshot(page, `languages-${lang}-play`);
    await page.getByRole('button', { name: t('ui.play.stepBack', {}, lang) }).click();
    await page.getByRole('heading', { name: t('ui.replay.title', {}, lang), exact: true }).waitFor();
    await english('replay', [...ENGLISH, ...LATER]);
    await page.getByRole('button', { name: t('ui.replay.debrief', {}, lang) }).click();
    await page.getByRole('heading', { name: t('ui.debrief.questionsTitle', {}, lang) }).waitFor();
    await english('debrief', LATER.filter((x) => !['Replay'].includes(x)));
    await saveScreenshot(page, `languages-${lang}-debrief`);
    await page.goto(appUrl(`/?lang=${lang}&print=blockade`));
    await page.getByRole('heading', { name: t('ui.setup.printPackets', {}, lang) }).waitFor();
    // Only the packets' own words: a study's English title there may name Taiwan or the United States.
    await english('packets', englishOf(['packets']));
    expect(problems.all()).toEqual([]);
    await context.close();
  });
});

it("shows the game in English, and says why, when a language's words cannot be fetched", async () => {
  // The Japanese chunk (scenarios/languages/load.ts) refused by the network, as on a school's filtered connection.
  const context = await browser().newContext();
  await context.route(/\/assets\/ja-[^/]*\.js(\?.*)?$/, (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  await page.goto(appUrl('/?lang=ja'));
  await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/The words for 日本語 could not be loaded \(.+\): the game is shown in English\./);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await saveScreenshot(page, 'languages-ja-unavailable');
  // Nothing else is lost: the game starts and plays in English.
  await page.getByRole('heading', { name: t('ui.top.newGame', {}, 'en'), exact: true }).waitFor();
  await page.getByRole('button', { name: t('ui.setup.readBriefing', {}, 'en') }).click();
  await page.getByRole('button', { name: t('ui.briefing.start', {}, 'en') }).click();
  await page.getByRole('button', { name: t('ui.play.endTurn', {}, 'en') }).waitFor();
  await context.close();
});
