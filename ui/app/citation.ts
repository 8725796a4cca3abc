import { citationOf } from '../../scenarios/catalog.ts';
import { h } from './dom.ts';

/**
 * A source as a reader can follow it: "BLOG (USCC 2025, §2.5)" becomes the source's title, linked to
 * its address where it has one, with the tag and the note kept for the fact sheet.
 */
export function citation(source: string, index = 0): (HTMLElement | string)[] {
  const c = citationOf(source);
  const sep = index > 0 ? '; ' : '';
  if (!c) return [sep, source];
  const title = `${c.title} (${c.publisher}${c.date ? `, ${c.date}` : ''})`;
  const label = h('cite', { title: `${c.tag}${c.note}` }, title);
  return [sep, c.url ? h('a', { href: c.url, rel: 'noopener noreferrer', target: '_blank' }, label) : label, c.note ? ` ${c.note}` : ''];
}
