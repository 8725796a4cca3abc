import { h } from '../dom.ts';
import { debriefSection } from './sectionFrame.ts';
import type { TalksRecord, TermsGiven } from './talks.ts';

function given(gives: readonly TermsGiven[], heading: 'h4' | 'h5'): HTMLElement {
  return h('div', { class: 'kd-gives' }, gives.map((g) =>
    h('div', { class: `kd-give kd-give-${g.by}` }, h(heading, {}, g.title), h('ul', {}, g.terms.map((x) => h('li', {}, x))))));
}

/** A note a person wrote: shown as text in quotation marks, never as markup. */
const note = (title: string, text: string) => (text ? h('p', { class: 'kd-note-text' }, h('strong', {}, `${title}: `), h('q', {}, text)) : null);

/** Section 2: the settlement agreed (who gives what), and every offer put on the table, with what became of it. */
export function talksSection(talks: TalksRecord): HTMLElement {
  const s = talks.settlement;
  return debriefSection('debrief-talks', 2, talks.title, talks.intro,
    s
      ? h('div', { class: 'kd-settlement' },
          h('h3', {}, talks.settlementTitle),
          h('p', { class: 'kd-by' }, s.summary),
          given(s.gives, 'h4'),
          note(s.noteTitle, s.note))
      : talks.offers.length ? h('p', { class: 'kd-quiet' }, talks.noSettlement) : null,
    talks.offers.length
      ? [h('h3', {}, talks.offersTitle),
          h('ol', { class: 'kd-offers' }, talks.offers.map((o) => h('li', { class: `kd-offer kd-offer-${o.fate}` },
            h('h4', {}, o.heading),
            given(o.gives, 'h5'),
            note(o.noteTitle, o.note),
            h('p', { class: 'kd-fate' }, o.fateText))))]
      : h('p', { class: 'kd-quiet' }, talks.noOffers));
}
