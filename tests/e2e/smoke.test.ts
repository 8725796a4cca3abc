// The built app opens in Chromium: its title names the game, and nothing goes wrong while it loads.
import { expect, test } from 'vitest';
import { appUrl } from './support/app.ts';
import { useBrowser } from './support/useBrowser.ts';
import { saveScreenshot, watchPage } from './support/browser.ts';

const browser = useBrowser();

test('the page opens with "Kuroshio" in its title, without console errors or CSP violations', async () => {
  const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
  const watch = await watchPage(page);
  await page.goto(appUrl('/'), { waitUntil: 'load' });
  // Give lazily imported modules a moment to load and fail, if they are going to.
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
  await saveScreenshot(page, 'smoke');

  expect(await page.title()).toContain('Kuroshio');
  // The list goes in the message too: reporters that cut a diff short (the JSON one) still show it all.
  const problems = watch.all();
  expect(problems, `problems on the page:\n  ${problems.join('\n  ')}\n`).toEqual([]);
});
