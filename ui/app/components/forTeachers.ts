import { t } from '../../../scenarios/words/words.ts';
import { h } from '../dom.ts';

/** Details a teacher may want (the state hash that identifies this exact state in a replay), folded away from players. */
export function forTeachers(hash: string): HTMLElement {
  return h('details', { class: 'for-teachers' },
    h('summary', {}, t('ui.forTeachers')),
    h('p', {}, t('ui.stateHashIs'), ' ', h('code', { class: 'state-hash' }, hash)),
    h('p', { class: 'hint' }, t('ui.stateHashWhy')));
}
