import { ROLES } from '../../../engine/index.ts';
import { roleName, t } from '../../../scenarios/words/words.ts';

// A CSS string: JSON's quoting is valid CSS for text without control characters (catalog words have none).
const css = (text: string) => JSON.stringify(text);
const header = (page: string, text: string) => `@page ${page} { @top-left { content: ${css(text)}; font: 8pt system-ui, sans-serif; color: #555; } }`;

/** The rules: the running header of each printed section, and the screen's "not printed" tag, in the packet's language. */
export function pageHeaderRules(): string {
  return [
    header('cover', t('ui.packets.pageCover')),
    ...ROLES.map((r) => header(r, t('ui.packets.pageTeam', { name: roleName(r) }))),
    header('facilitator', t('ui.packets.pageFacilitator')),
    `.packets { --not-printed: ${css(t('ui.packets.notPrinted'))}; }`,
  ].join('\n');
}

let adopted: CSSStyleSheet | null = null;

/**
 * A stylesheet can't read the catalog, so the packets bring these rules with them (print.css names the pages). They go in
 * as a constructed stylesheet: the page's Content-Security-Policy refuses inline <style>, not the CSSOM.
 */
export function usePageHeaders(): void {
  if (typeof document === 'undefined' || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
  adopted ??= new CSSStyleSheet();
  adopted.replaceSync(pageHeaderRules());
  if (!document.adoptedStyleSheets.includes(adopted)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, adopted];
}
