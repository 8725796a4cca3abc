import { citationOf, type Citation } from '../../scenarios/catalog.ts';
import { h } from './dom.ts';

const titleOf = (c: Citation) => `${c.title} (${c.publisher}${c.date ? `, ${c.date}` : ''})`;

/**
 * A source as a reader can follow it: "BLOG (USCC 2025, §2.5)" becomes the source's title, linked to
 * its address where it has one, with the tag and the note kept for the fact sheet.
 */
export function citation(source: string, index = 0): (HTMLElement | string)[] {
  const c = citationOf(source);
  const sep = index > 0 ? '; ' : '';
  if (!c) return [sep, source];
  const label = h('cite', { title: `${c.tag}${c.note}` }, titleOf(c));
  return [sep, c.url ? h('a', { href: c.url, rel: 'noopener noreferrer', target: '_blank' }, label) : label, c.note ? ` ${c.note}` : ''];
}

/** The same as plain text, where a link cannot be followed (the map's hover card): the title, then the note. */
export function citationText(source: string): string {
  const c = citationOf(source);
  return c ? `${titleOf(c)}${c.note ? ` ${c.note}` : ''}` : source;
}
