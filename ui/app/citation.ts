import { citationOf, type Citation } from '../../scenarios/catalog.ts';
import { t } from '../../scenarios/words/words.ts';
import { h } from './dom.ts';

// The title stays in its own language; the brackets and comma are the reader's.
const titleOf = (c: Citation) => t('ui.citation.title', { title: c.title, publisher: c.publisher, date: c.date ?? '', dated: Boolean(c.date) });
const cite = (c: Citation, tagNote = '') => {
  const label = h('cite', { title: `${c.tag}${tagNote}` }, titleOf(c));
  return c.url ? h('a', { href: c.url, rel: 'noopener noreferrer', target: '_blank' }, label) : label;
};

/**
 * A source as a reader can follow it: "BLOG (USCC 2025, §2.5)" becomes the source's title, linked to
 * its address where it has one, with the tag and the note kept for the fact sheet.
 */
export function citation(source: string, index = 0): (HTMLElement | string)[] {
  const c = citationOf(source);
  const sep = index > 0 ? '; ' : '';
  if (!c) return [sep, source];
  return [sep, cite(c, c.note), c.note ? ` ${c.note}` : ''];
}

/** A whole source tag standing alone in a text (not part of a longer word). */
const TAG = /(?<![\w&-])[A-Z0-9][A-Z0-9&]*(?:-[A-Z0-9&]+)*(?![\w&])/g;

/** Free text that names its sources by tag ("… (TAIWANNEWS-Q [S], 2.2)"), cut into text and the sources it names. */
function pieces(text: string): (string | Citation)[] {
  const out: (string | Citation)[] = [];
  let from = 0;
  for (const m of text.matchAll(TAG)) {
    const c = citationOf(m[0]);
    if (!c) continue;
    out.push(text.slice(from, m.index), c);
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out.filter((p) => p !== '');
}

/** A note or source line with each tag it names shown as that source's title, linked where it has an address. */
export function citedText(text: string): (HTMLElement | string)[] {
  return pieces(text).map((p) => (typeof p === 'string' ? p : cite(p)));
}

/** The same as plain text, where a link cannot be followed (the map's hover card). */
export function citationText(text: string): string {
  return pieces(text).map((p) => (typeof p === 'string' ? p : titleOf(p))).join('');
}
