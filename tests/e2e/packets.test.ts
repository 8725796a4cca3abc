// Printable briefing packets, printed by Chromium itself (page.pdf is its print path, with the
// print stylesheet) and read back page by page with poppler's pdftotext: a cover, one packet per
// team each starting on a page of its own, and a facilitator sheet.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionsOf, HOLD, ROLES } from '../../engine/index.ts';
import { roleName } from '../../scenarios/words/words.ts';
import { loadScenario, options } from '../../scenarios/catalog.ts';
import { appUrl } from './support/app.ts';
import { launchBrowser, saveScreenshot, SCREENSHOT_DIR, watchPage } from './support/browser.ts';

const SECTION_HEADING = /^\s*(Team packet: (Beijing|Taipei|Tokyo|Washington)|Facilitator sheet)\s*$/;
const COVER_TITLE = 'Lights out: a blockade of Taiwan';
const POPPLER_INSTALL = 'sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y poppler-utils';

/** pdftotext and pdfinfo (poppler-utils) read the printed PDF back. Missing is a failure, never a skip. */
function requirePoppler(): void {
  const missing = ['pdftotext', 'pdfinfo', 'pdftoppm'].filter((tool) => spawnSync(tool, ['-v']).error);
  if (!missing.length) return;
  throw new Error(process.env.CI
    ? `${missing.join(', ')} (poppler-utils) missing: in CI this is a failure, not a skip. .ci/run installs poppler-utils ` +
      `with apt-get before the tests; look at that step's output.`
    : `The packet test reads the printed PDF with poppler-utils (${missing.join(', ')} not found). Install it with:\n  ${POPPLER_INSTALL}`);
}

interface PrintedPage {
  number: number;
  text: string;
  /** Non-empty lines, trimmed. */
  lines: string[];
  /** Section headings on the page: "Team packet: Tokyo", "Facilitator sheet". */
  headings: string[];
}

function readPdf(file: string): PrintedPage[] {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  expect(count).toBeGreaterThan(0);
  return Array.from({ length: count }, (_, i) => {
    const text = execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', file, '-'], { encoding: 'utf8' });
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    return { number: i + 1, text, lines, headings: lines.filter((l) => SECTION_HEADING.test(l)) };
  });
}

/** One page of the PDF as tests/e2e/screenshots/<name>.png, at 60 dpi. */
async function savePagePng(pdf: string, pageNumber: number, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(pageNumber), '-l', String(pageNumber), '-singlefile', pdf, join(SCREENSHOT_DIR, name)]);
}

const squash = (s: string) => s.replace(/\s+/g, ' ');
/** Text as printed, for comparison: a line broken after a hyphen ("face-\nsaving") joined up again. */
const asPrinted = (s: string) => squash(s).replace(/- /g, '-');
const scenario = (() => {
  const s = loadScenario('blockade', 'base');
  if (typeof s === 'string') throw new Error(s);
  return s;
})();

let browser: Browser;
let workDir: string;
beforeAll(async () => {
  requirePoppler();
  browser = await launchBrowser();
  workDir = mkdtempSync(join(tmpdir(), 'kuroshio-packets-'));
});
afterAll(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function openPackets(): Promise<{ page: Page; problems: Awaited<ReturnType<typeof watchPage>> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = await watchPage(page);
  await page.goto(appUrl('/?print=blockade&variant=base'));
  await page.getByRole('heading', { name: 'Team packet: Washington' }).waitFor();
  return { page, problems };
}

async function printToPdf(page: Page, name: string, format: 'A4' | 'Letter' = 'A4'): Promise<{ file: string; pages: PrintedPage[] }> {
  const file = join(workDir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format, printBackground: true }));
  return { file, pages: readPdf(file) };
}

/** The page ranges of each section, checking that each starts on a page of its own. */
function sections(pages: PrintedPage[]): Map<string, PrintedPage[]> {
  const out = new Map<string, PrintedPage[]>();
  let current = 'before the first heading';
  for (const p of pages) {
    // No page holds two sections' headings.
    expect(p.headings.length, `page ${p.number} has headings ${p.headings.join(', ')}`).toBeLessThanOrEqual(1);
    const heading = p.headings[0];
    if (heading) {
      // The section starts at the top of its page: after the running head and the kicker line at most.
      expect(p.lines.indexOf(heading), `"${heading}" is not at the top of page ${p.number}:\n${p.lines.slice(0, 5).join('\n')}`).toBeLessThanOrEqual(2);
      expect(out.has(heading), `"${heading}" appears twice`).toBe(false);
      current = heading;
    }
    out.set(current, [...(out.get(current) ?? []), p]);
  }
  return out;
}

describe('printable briefing packets', () => {
  it('prints a cover, one packet per team each on pages of its own, and a facilitator sheet (A4 and Letter)', async () => {
    const { page, problems } = await openPackets();
    await saveScreenshot(page, 'packets-screen');

    for (const format of ['A4', 'Letter'] as const) {
      const { file, pages } = await printToPdf(page, `all-${format}`, format);
      const bySection = sections(pages);
      const counts = [...bySection].map(([k, v]) => `${k}: ${v.length}`).join('; ');
      console.log(`packets, ${format}: ${pages.length} pages (${counts})`);

      // The cover comes first, before any team's heading; then the four teams in order; then the sheet.
      expect(pages[0]!.text).toContain(COVER_TITLE);
      expect([...bySection.keys()]).toEqual([
        'before the first heading', ...ROLES.map((r) => `Team packet: ${roleName(r)}`), 'Facilitator sheet',
      ]);
      expect(bySection.get('before the first heading')!.length).toBeLessThanOrEqual(3);
      expect(pages.length).toBeGreaterThanOrEqual(12);
      // Each team's role cards take two of its pages (three cards to a page).
      expect(pages.length).toBeLessThanOrEqual(46);

      for (const role of ROLES) {
        const own = bySection.get(`Team packet: ${roleName(role)}`)!;
        // A packet is a few pages, every one of them headed with its team's name (the @page running head).
        expect(own.length).toBeGreaterThanOrEqual(2);
        expect(own.length).toBeLessThanOrEqual(10);
        for (const p of own) expect(p.lines[0], `running head of page ${p.number}`).toBe(`Kuroshio · ${roleName(role)} team packet`);
        // Every option the team can take over the game is printed in its own packet, with its legal basis.
        const text = squash(own.map((p) => p.text).join('\n'));
        for (const d of [HOLD, ...decisionsOf(role)]) {
          const o = options()[role][d]!;
          expect(text, `${role}: ${d}`).toContain(squash(o.label));
          if (o.legalBasis) expect(text, `${role}: legal basis of ${d}`).toContain(squash(o.legalBasis).slice(0, 60));
        }
        // The packet ends with its position memo, on a page of its own.
        expect(own.at(-1)!.text).toContain(`Position memo: ${roleName(role)} team`);
        // Before it, the role cards, from a page of their own: every role within the team, its brief and its question.
        const cardsTitle = `Role cards: ${roleName(role)} team`;
        const cardsFrom = own.findIndex((p) => p.text.includes(cardsTitle));
        expect(cardsFrom, `${role}: role cards`).toBeGreaterThan(0);
        expect(own[cardsFrom]!.lines.indexOf(cardsTitle), `${role}: role cards start a page`).toBeLessThanOrEqual(1);
        const cards = asPrinted(own.slice(cardsFrom, -1).map((p) => p.text).join('\n'));
        for (const r of scenario.teamRoles[role]) {
          expect(cards, `${role}: ${r.id}`).toContain(asPrinted(r.title));
          expect(cards, `${role}: brief of ${r.id}`).toContain(asPrinted(r.brief).slice(0, 80));
          expect(cards, `${role}: question of ${r.id}`).toContain(asPrinted(r.question).slice(-60));
        }
        expect(cards).toContain("Lead: locks the team's decision");
      }
      const sheet = squash(bySection.get('Facilitator sheet')!.map((p) => p.text).join('\n'));
      expect(sheet).toContain('Debrief questions');
      expect(sheet).toContain('Comes up when:');
      expect(sheet).toContain('Roles within each team');

      // No app chrome on paper: the top bar, the picker and the buttons stay on screen.
      const all = pages.map((p) => p.text).join('\n');
      for (const chrome of ['Open replay', 'Export replay', 'Sections to print', 'Print briefing packets', 'Back to Kuroshio']) {
        expect(all, chrome).not.toContain(chrome);
      }

      if (format === 'A4') {
        const tokyo = bySection.get('Team packet: Tokyo')!;
        await savePagePng(file, 1, 'packet-cover');
        await savePagePng(file, tokyo[0]!.number, 'packet-tokyo');
        await savePagePng(file, tokyo[1]!.number, 'packet-tokyo-options');
        await savePagePng(file, tokyo.at(-1)!.number, 'packet-tokyo-memo');
        await savePagePng(file, tokyo.find((p) => p.text.includes('Role cards: Tokyo team'))!.number, 'packet-tokyo-roles');
        await savePagePng(file, bySection.get('Facilitator sheet')![0]!.number, 'packet-facilitator');
      }
    }
    expect(problems.all()).toEqual([]);
  });

  it("prints one team's packet only when the other sections are unticked", async () => {
    const { page, problems } = await openPackets();
    const full = sections((await printToPdf(page, 'before-picking')).pages);
    for (const label of ['Cover: the decision point and how the session runs', 'Beijing team packet', 'Taipei team packet', 'Washington team packet', 'Facilitator sheet (keep it from the teams)']) {
      await page.getByLabel(label).uncheck();
    }
    await expect.poll(() => page.locator('.packet-skip').count()).toBe(5);
    const { pages } = await printToPdf(page, 'tokyo-only');
    console.log(`packets, Tokyo only: ${pages.length} pages`);
    expect(pages.flatMap((p) => p.headings)).toEqual(['Team packet: Tokyo']);
    expect(pages[0]!.headings).toEqual(['Team packet: Tokyo']);
    expect(pages.length).toBe(full.get('Team packet: Tokyo')!.length);
    const printed = pages.map((p) => p.text).join('\n');
    for (const left of ['The decision point', 'How the session runs', 'Debrief questions', 'Team packet: Beijing']) expect(printed).not.toContain(left);

    expect(printed).toContain('Role cards: Tokyo team');

    // Without the role cards, Tokyo's packet loses its summary of the roles and the cards' pages.
    await page.getByLabel('Role cards in the team packets').uncheck();
    const bare = await printToPdf(page, 'tokyo-no-roles');
    const bareText = bare.pages.map((p) => p.text).join('\n');
    for (const left of ['Role cards: Tokyo team', 'Roles in your team', "Lead: locks the team's decision"]) expect(bareText).not.toContain(left);
    expect(bare.pages.length).toBeLessThan(pages.length);
    await page.getByLabel('Role cards in the team packets').check();

    // Ticking a section again brings it back.
    await page.getByLabel('Facilitator sheet (keep it from the teams)').check();
    const again = await printToPdf(page, 'tokyo-and-sheet');
    expect(again.pages.flatMap((p) => p.headings)).toEqual(['Team packet: Tokyo', 'Facilitator sheet']);
    expect(problems.all()).toEqual([]);
  });

  it('has a Print button that opens the browser\'s print', async () => {
    const { page } = await openPackets();
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });
});
