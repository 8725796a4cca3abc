import { citedText } from '../citation.ts';
import { h } from '../dom.ts';
import { debriefSection } from './sectionFrame.ts';
import { dayText } from './states.ts';
import { whyText, type Threshold } from './thresholds.ts';

/** Section 3: the legal thresholds crossed, when, by whom, why, and on what legal basis. */
export function thresholdsSection(thresholds: readonly Threshold[]): HTMLElement {
  const items = thresholds.map((t) => h('li', { class: `kd-threshold kd-k-${t.kind}` },
    h('div', { class: 'kd-when' }, h('span', {}, `Turn ${t.turn + 1}`), h('span', { class: 'kd-day' }, dayText(t.day))),
    h('div', { class: 'kd-what' },
      h('h3', {}, t.title),
      h('p', { class: 'kd-by' }, t.who),
      t.why.length ? h('p', { class: 'kd-why' }, h('strong', {}, 'Why then: '), whyText(t.why)) : null,
      t.legalBasis ? h('p', { class: 'kd-legal' }, h('strong', {}, 'Legal basis: '), citedText(t.legalBasis)) : null)));
  return debriefSection('debrief-thresholds', 3, 'Legal thresholds crossed',
    'Each line the game crossed in law, in order: who crossed it, the facts the rules saw that opened it, and the law behind it.',
    items.length ? h('ol', { class: 'kd-thresholds' }, items)
      : h('p', { class: 'kd-quiet' }, 'No legal threshold was crossed: the crisis stayed below every line the law draws.'));
}
