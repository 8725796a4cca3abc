import { decisionsOf, explainDecision, factsOf, openDecisions, type GameState, type Role, type Scenario } from '../../../engine/index.ts';
import { options } from '../../../scenarios/catalog.ts';
import { h } from '../dom.ts';
import { opennessText, roleName, t } from '../../../scenarios/words/words.ts';
import { citation, citedText } from '../citation.ts';

/**
 * The decisions a role may take this turn, asked of the rules machines. Open ones can be chosen, each
 * with its explanation and legal basis; closed ones are shown disabled with the reason.
 */
export function decisionPanel(state: GameState, scenario: Scenario, role: Role, chosen: string, onChoose: (d: string) => void): HTMLElement {
  const facts = factsOf(state, scenario.legal);
  const open = openDecisions(role, state.tracks[role], facts);
  const all = ['hold', ...decisionsOf(role)];
  const teach = options()[role];
  const name = `decision-${role}`;
  const item = (d: string, isOpen: boolean) => {
    const o = teach[d];
    const id = `${name}-${d}`;
    return h('li', { class: isOpen ? 'option' : 'option closed' },
      h('input', { type: 'radio', name, id, value: d, checked: d === chosen, disabled: !isOpen, onchange: () => onChoose(d) }),
      h('label', { for: id }, h('span', { class: 'option-label' }, o?.label ?? d)),
      h('p', { class: 'option-text' }, citedText(o?.explanation ?? '')),
      // Why it is closed in this situation, as the machine itself answers (never a generic rule that may not fit).
      isOpen ? null : h('p', { class: 'option-why' }, opennessText(role, explainDecision(role, state.tracks[role], d, facts))),
      o?.legalBasis ? h('p', { class: 'option-legal' }, h('strong', {}, `${t('ui.legalBasis')}: `), citedText(o.legalBasis)) : null,
      o?.sources.length ? h('p', { class: 'option-sources' }, `${t('ui.sources')}: `, o.sources.map(citation)) : null,
    );
  };
  const openItems = all.filter((d) => open.includes(d));
  const closedItems = all.filter((d) => !open.includes(d));
  return h('fieldset', { class: 'decision-panel' },
    h('legend', {}, t('ui.roleDecides', { role: roleName(role) })),
    h('ul', { class: 'options' }, openItems.map((d) => item(d, true))),
    closedItems.length
      ? h('details', { class: 'closed-options' },
          h('summary', {}, `Closed this turn (${closedItems.length}): why`),
          h('ul', { class: 'options' }, closedItems.map((d) => item(d, false))))
      : null,
  );
}
