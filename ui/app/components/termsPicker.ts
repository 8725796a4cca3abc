import type { Proposal, Role, Scenario } from '../../../engine/index.ts';
// The engine's own limit for a note, so the field stops where the engine would refuse.
import { MAX_NOTE } from '../../../engine/resolveTurn.ts';
import { TERM_GIVERS } from '../../../scenarios/words/narrate.ts';
import { roleName, t } from '../../../scenarios/words/words.ts';
import { h } from '../dom.ts';

export interface TermsPicker {
  element: HTMLFieldSetElement;
  /** The terms ticked and the note typed, or null after saying at the picker that no term is ticked. */
  read(): Proposal | null;
  /** Say at the picker why the engine would not take the proposal (its refusal, in words). */
  refuse(message: string): void;
}

/**
 * The terms a seat puts on the table: the scenario's terms grouped by who gives them, as
 * checkboxes (at least one), and a one-line note with a count of what is left. A fieldset with a
 * legend per group, every control with its label, the count and any error tied to the note.
 */
export function termsPicker(scenario: Pick<Scenario, 'terms'>, role: Role): TermsPicker {
  const id = `terms-${role}`;
  const boxes: HTMLInputElement[] = [];
  const error = h('p', { class: 'field-error', id: `${id}-error`, role: 'alert', hidden: true });
  const clear = () => {
    error.hidden = true;
    error.textContent = '';
    note.removeAttribute('aria-invalid');
  };
  const groups = TERM_GIVERS.map((by) => {
    const terms = scenario.terms.filter((x) => x.by === by);
    if (!terms.length) return null;
    return h('fieldset', { class: `terms-side terms-giver-${by}` },
      h('legend', {}, t('ui.talks.gives', { role: roleName(by) })),
      h('ul', { class: 'terms-list' }, terms.map((x) => {
        const box = h('input', { type: 'checkbox', id: `${id}-${x.id}`, value: x.id, onchange: clear });
        boxes.push(box);
        return h('li', {}, box, h('label', { for: box.id }, x.text));
      })));
  });
  const count = h('p', { class: 'hint terms-count', id: `${id}-count` });
  const counted = () => {
    count.textContent = t('ui.talks.noteCount', { count: note.value.length, max: MAX_NOTE });
  };
  const note: HTMLInputElement = h('input', {
    type: 'text', id: `${id}-note`, class: 'terms-note-input', maxlength: MAX_NOTE, autocomplete: 'off', spellcheck: true,
    'aria-describedby': `${id}-count ${id}-error`,
    oninput: () => {
      counted();
      clear();
    },
  });
  counted();
  const element = h('fieldset', { class: 'terms-picker', id, 'aria-describedby': `${id}-hint` },
    h('legend', {}, t('ui.talks.picker')),
    h('p', { class: 'hint', id: `${id}-hint` }, t('ui.talks.pickerHint')),
    groups,
    h('div', { class: 'field' }, h('label', { for: note.id }, t('ui.talks.note')), note, count),
    error);
  const say = (message: string, focus: HTMLElement) => {
    error.textContent = message;
    error.hidden = false;
    focus.focus();
  };
  return {
    element,
    read() {
      const terms = boxes.filter((b) => b.checked).map((b) => b.value);
      if (!terms.length) {
        say(t('ui.talks.atLeastOne'), boxes[0] ?? note);
        return null;
      }
      return { terms, note: note.value.trim() };
    },
    refuse(message) {
      note.setAttribute('aria-invalid', 'true');
      say(message, note);
    },
  };
}
