import { h } from '../dom.ts';

type Child = Parameters<typeof h>[2];

/** A numbered section of the debrief, with an id for the contents links and the exports. */
export function debriefSection(id: string, n: number, title: string, intro: string | null, ...content: Child[]): HTMLElement {
  return h('section', { class: 'kd-section', id, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, h('span', { class: 'kd-n', 'aria-hidden': 'true' }, String(n)), title),
    intro ? h('p', { class: 'kd-intro' }, intro) : null,
    ...content);
}
