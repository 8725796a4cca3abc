import { citedText } from '../citation.ts';
import { h } from '../dom.ts';
import { debriefSection } from './sectionFrame.ts';
import { dayText } from './states.ts';
import { t as words } from '../../../scenarios/words/words.ts';
import { whyText, type Threshold } from './thresholds.ts';

/** Section 3: the legal thresholds crossed, when, by whom, why, and on what legal basis. */
export function thresholdsSection(thresholds: readonly Threshold[]): HTMLElement {
  const items = thresholds.map((t) => h('li', { class: `kd-threshold kd-k-${t.kind}` },
    h('div', { class: 'kd-when' }, h('span', {}, words('ui.debrief.turn', { turn: t.turn + 1 })), h('span', { class: 'kd-day' }, dayText(t.day))),
    h('div', { class: 'kd-what' },
      h('h3', {}, t.title),
      h('p', { class: 'kd-by' }, t.who),
      t.why.length ? h('p', { class: 'kd-why' }, h('strong', {}, words('ui.debrief.whyThen'), ' '), whyText(t.why)) : null,
      t.legalBasis ? h('p', { class: 'kd-legal' }, h('strong', {}, words('ui.debrief.legalBasis'), ' '), citedText(t.legalBasis)) : null)));
  return debriefSection('debrief-thresholds', 3, words('ui.debrief.thresholdsTitle'),
    words('ui.debrief.thresholdsIntro'),
    items.length ? h('ol', { class: 'kd-thresholds' }, items)
      : h('p', { class: 'kd-quiet' }, words('ui.debrief.noThresholds')));
}
