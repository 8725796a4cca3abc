import { loadLanguage } from '../../scenarios/languages/load.ts';
import { isLang, langOfLocale, LANGUAGE_NAMES, LANGUAGES, setLanguage, t, type Lang } from '../../scenarios/words/words.ts';
import { h } from './dom.ts';

const KEY = 'kuroshio.language';

function stored(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/**
 * The language to show, in order: a link's `?lang=`, the one chosen before on this browser, the browser's own, English.
 * `unknown` is what a link asked for when Kuroshio does not have it, to tell the person (`unknownLanguageText`) once
 * the language shown instead is loaded.
 */
export function chooseLanguage(search: string, browser: readonly string[]): { lang: Lang; unknown: string | null } {
  const asked = new URLSearchParams(search).get('lang');
  const remembered = stored();
  const fallback = (isLang(remembered) ? remembered : null) ?? browser.map(langOfLocale).find((l) => l !== null) ?? 'en';
  if (asked === null) return { lang: fallback, unknown: null };
  if (isLang(asked)) return { lang: asked, unknown: null };
  return { lang: fallback, unknown: asked.slice(0, 20) };
}

/** That a link asked for a language Kuroshio does not have, in the language shown instead. */
export const unknownLanguageText = (asked: string): string => t('ui.language.unknown', { asked, languages: LANGUAGES.join(', ') });

/**
 * Load the chosen language's words (a chunk of its own: scenarios/languages/load.ts) and say everything in it.
 * If they cannot be fetched, English, and why, for the page to say.
 */
export async function startLanguage(lang: Lang): Promise<{ lang: Lang; problem: string | null }> {
  try {
    await loadLanguage(lang);
    applyLanguage(lang);
    return { lang, problem: null };
  } catch (e) {
    applyLanguage('en');
    return { lang: 'en', problem: t('ui.language.unavailable', { language: LANGUAGE_NAMES[lang], reason: e instanceof Error ? e.message : String(e) }) };
  }
}

/** Say everything in `lang` from now on, and mark the page as written in it (screen readers, fonts, hyphenation). */
export function applyLanguage(lang: Lang): void {
  setLanguage(lang);
  document.documentElement.lang = lang;
}

/**
 * The menu in the top bar. A change is remembered and the page reloads in the new language: the game in progress is
 * saved after every turn and the turn in progress as it is played, so nothing is lost.
 */
export function languageMenu(current: Lang): HTMLElement {
  const select = h('select', { 'aria-label': t('ui.language.label'), class: 'language-menu' },
    LANGUAGES.map((l) => h('option', { value: l, lang: l, selected: l === current }, LANGUAGE_NAMES[l])));
  select.addEventListener('change', () => {
    const lang = (select as HTMLSelectElement).value;
    if (!isLang(lang)) return;
    const url = new URL(location.href);
    try {
      window.localStorage.setItem(KEY, lang);
      url.searchParams.delete('lang');
    } catch {
      // Storage blocked: the address carries the choice instead.
      url.searchParams.set('lang', lang);
    }
    // The same address (no `?lang=` to drop) with a fragment, as a classroom device's `#key=`, would only scroll: reload it.
    if (url.href === location.href) location.reload();
    else location.assign(url.toString());
  });
  return select;
}
