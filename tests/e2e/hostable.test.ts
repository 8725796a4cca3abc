// The build copied to a sub-folder of a plain static host works there, and once loaded keeps working
// with the host gone and the browser offline: a reload, a new game, a turn, a share link that opens on
// another host, and a switch to Japanese, whose words an English reader's page never asked for.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { t } from '../../scenarios/words/words.ts';
import { appDir, appUrl } from './support/app.ts';
import { mapDrawn, saveScreenshot, watchPage } from './support/browser.ts';
import { serveUnder, type SubFolderHost } from './support/subFolderHost.ts';
import { useBrowser } from './support/useBrowser.ts';

const browser = useBrowser();
let host: SubFolderHost;

beforeAll(async () => {
  host = await serveUnder(appDir(), '/schools/kuroshio/');
});
afterAll(async () => {
  await host?.close();
});

/** The build's files that the service worker must keep for offline play: all but the worker's own. */
function filesToKeep(): string[] {
  return readdirSync(appDir(), { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => `${f.parentPath}/${f.name}`.slice(appDir().replace(/\/$/, '').length + 1))
    .filter((f) => !/^(sw\.js|workbox-[\w-]+\.js|\.vite\/.*)$/.test(f))
    .sort();
}

test('served from a sub-folder, it installs, reloads offline, plays a turn, and shares a link another host opens', { timeout: 180_000 }, async () => {
  const context = await browser().newContext({ viewport: { width: 1366, height: 820 } });
  const page = await context.newPage();
  const watch = await watchPage(page);
  // What the page itself asks for while it opens in English (the service worker's precache aside).
  const asked: string[] = [];
  const ask = (r: { url(): string }) => asked.push(r.url());
  page.on('request', ask);
  await page.goto(host.url);
  await page.getByRole('heading', { name: 'New game' }).waitFor();
  page.off('request', ask);
  // An English reader's page loads no other language's words (scenarios/languages/load.ts).
  expect(asked.length).toBeGreaterThan(2);
  expect(asked.filter((u) => /\/assets\/(ja|zh-TW)-[\w-]+\.js$/.test(u))).toEqual([]);
  // The service worker controls the page once it has kept every file (it claims the page on activation).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  expect(host.served.filter((s) => !s.startsWith('200 ')), 'every file the app asked for was in the sub-folder').toEqual([]);

  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!;
    const m = (await (await fetch(link.href)).json()) as { name: string; start_url: string; icons: { src: string }[] };
    return { ...m, start: new URL(m.start_url, link.href).href, icons: m.icons.map((i) => new URL(i.src, link.href).href) };
  });
  expect(manifest.name).toContain('Kuroshio');
  expect(manifest.start).toBe(host.url);
  expect(manifest.icons.every((i) => i.startsWith(host.url))).toBe(true);
  // Chromium's own verdict on whether it would offer to install the app (a test's throwaway profile
  // counts as incognito, where it never would).
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);

  const kept = await page.evaluate(async (base) => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname.slice(new URL(base).pathname.length));
    }
    return urls.sort();
  }, host.url);
  expect(kept).toEqual(filesToKeep());

  // Offline, and the host gone too: nothing may come from the network any more.
  await host.close();
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { name: 'New game' }).waitFor();
  await page.getByLabel('Lights out: a blockade of Taiwan').check();
  await page.getByRole('button', { name: 'Read the briefing' }).click();
  await page.getByRole('button', { name: 'Start the game' }).click();
  await page.getByRole('heading', { name: /^Turn 1 of up to/ }).waitFor();
  await page.getByLabel('Seek a diplomatic solution', { exact: true }).check();
  await page.getByRole('button', { name: 'End turn' }).click();
  await page.getByRole('heading', { name: /^Turn 2 of up to/ }).waitFor();
  // The map is drawn from the cache.
  await mapDrawn(page);
  await page.waitForTimeout(800);
  await saveScreenshot(page, 'hostable-offline-turn-2');
  const hash = await page.evaluate(() => window.__kuroshio!.stateHash!());

  // The share link is made from the page's own address, so it points at this host's sub-folder.
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  expect(link.startsWith(`${host.url}#replay=`)).toBe(true);
  // It opens offline here, and on another host that serves the app elsewhere.
  for (const [where, url] of [['offline, here', link], ['on another host', appUrl('/') + link.slice(link.indexOf('#'))]] as const) {
    const other = await (where === 'offline, here' ? context : await browser().newContext()).newPage();
    await other.goto(url);
    await other.getByRole('heading', { name: 'Replay' }).waitFor();
    expect(await other.locator('.for-teachers code.state-hash').textContent(), where).toBe(hash);
  }

  // Offline still, the language menu: the page reloads in Japanese, its words from the cache.
  await page.getByLabel('Language').selectOption('ja');
  await page.waitForFunction(() => document.documentElement.lang === 'ja');
  await page.getByRole('button', { name: t('ui.top.facilitator', {}, 'ja') }).waitFor();
  await saveScreenshot(page, 'hostable-offline-ja');

  const problems = watch.all();
  expect(problems, `problems on the page:\n  ${problems.join('\n  ')}\n`).toEqual([]);
  await context.close();
});
