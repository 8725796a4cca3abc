import { decisionsOf, factsOf, openDecisions, type GameState, type Role, type Scenario } from '../../../engine/index.ts';
import { options } from '../../../scenarios/catalog.ts';
import { h } from '../dom.ts';
import { ROLE_NAME } from '../narrate.ts';

/**
 * The decisions a role may take this turn, asked of the rules machines. Open ones can be chosen, each
 * with its explanation and legal basis; closed ones are shown disabled with the reason.
 */
export function decisionPanel(state: GameState, scenario: Scenario, role: Role, chosen: string, onChoose: (d: string) => void): HTMLElement {
  const open = openDecisions(role, state.tracks[role], factsOf(state, scenario.legal));
  const all = ['hold', ...decisionsOf(role)];
  const teach = options()[role];
  const name = `decision-${role}`;
  const item = (d: string, isOpen: boolean) => {
    const o = teach[d];
    const id = `${name}-${d}`;
    return h('li', { class: isOpen ? 'option' : 'option closed' },
      h('input', { type: 'radio', name, id, value: d, checked: d === chosen, disabled: !isOpen, onchange: () => onChoose(d) }),
      h('label', { for: id }, h('span', { class: 'option-label' }, o?.label ?? d)),
      h('p', { class: 'option-text' }, o?.explanation ?? ''),
      isOpen ? null : h('p', { class: 'option-why' }, h('strong', {}, 'Closed now. '), o?.opensWhen ?? ''),
      o?.legalBasis ? h('p', { class: 'option-legal' }, h('strong', {}, 'Legal basis: '), o.legalBasis) : null,
      o?.sources.length ? h('p', { class: 'option-sources' }, `Sources: ${o.sources.join('; ')}`) : null,
    );
  };
  const openItems = all.filter((d) => open.includes(d));
  const closedItems = all.filter((d) => !open.includes(d));
  return h('fieldset', { class: 'decision-panel' },
    h('legend', {}, `${ROLE_NAME[role]} decides`),
    h('ul', { class: 'options' }, openItems.map((d) => item(d, true))),
    closedItems.length
      ? h('details', { class: 'closed-options' },
          h('summary', {}, `Closed this turn (${closedItems.length}): why`),
          h('ul', { class: 'options' }, closedItems.map((d) => item(d, false))))
      : null,
  );
}
