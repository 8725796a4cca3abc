// What the accessibility tests check on every screen they visit, in every language: axe-core (WCAG 2.1 A
// and AA) finds no serious or critical violation, and in Japanese and Chinese no line the page shows is
// an English message of the catalog or of the scenario files (English leaking through a missing key or an
// untranslated string).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { defaults, scenarioFile, scenarioFiles, theatre } from '../../../scenarios/catalog.ts';
import { textPaths } from '../../../scenarios/translation.ts';
import { catalogKeys, t, type Lang } from '../../../scenarios/words/words.ts';

/** Every display string in English whose translation into `lang` differs: shown alone on a line, it is English leaking through. */
export function englishOnly(lang: Lang): Set<string> {
  const out = new Set<string>();
  if (lang === 'en') return out;
  for (const key of catalogKeys('en')) {
    const en = t(key, {}, 'en');
    if (/[{}#]/.test(en) || !/[A-Za-z]{4}/.test(en)) continue;
    if (t(key, {}, lang) !== en) out.add(en.trim());
  }
  const sources: [unknown, unknown][] = [
    ...scenarioFiles('en').map((f) => [f, scenarioFile(f.id, lang)] as [unknown, unknown]),
    [defaults('en'), defaults(lang)],
    [theatre('en'), theatre(lang)],
  ];
  for (const [en, translated] of sources) {
    const theirs = textPaths(translated);
    for (const [path, text] of textPaths(en)) if (theirs.get(path) !== text && /[A-Za-z]{4}/.test(text)) out.add(text.trim());
  }
  return out;
}

/** The lines of text the page shows, trimmed, without empty ones. */
export async function shownLines(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

export interface ScreenChecks {
  /** Run axe-core and the English check on the page as it is now, recording what they find under `screen`'s name. */
  check(page: Page, screen: string): Promise<void>;
  /** Serious or critical axe-core violations, one line each: "screen: rule (impact) at selectors". */
  violations: string[];
  /** Lines shown in English in a Japanese or Chinese screen: 'screen: "line"'. */
  leaks: string[];
  /** The screens checked, in order. */
  screens: string[];
}

/** Checks for one language's pass through the screens; the findings are collected, for one `expect` at the end. */
export function screenChecks(lang: Lang): ScreenChecks {
  const english = englishOnly(lang);
  const out: ScreenChecks = {
    violations: [],
    leaks: [],
    screens: [],
    async check(page, screen) {
      out.screens.push(screen);
      const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of r.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        out.violations.push(`${screen}: ${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
      for (const l of await shownLines(page)) if (english.has(l)) out.leaks.push(`${screen}: "${l}"`);
    },
  };
  return out;
}

