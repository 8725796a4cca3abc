import { decisionsOf, explainDecision, factsOf, openDecisions, survivalAssessment, type GameState, type Role, type Scenario } from '../../../engine/index.ts';
import { options } from '../../../scenarios/catalog.ts';
import { h } from '../dom.ts';
import { otherSide } from '../../../scenarios/words/narrate.ts';
import { opennessText, roleName, survivalSignsText, t } from '../../../scenarios/words/words.ts';
import { citation, citedText } from '../citation.ts';
import type { PersonChoice } from '../session.ts';
import { noteOf, termsByGiver } from './talks.ts';
import { termsPicker } from './termsPicker.ts';

/** The decision that puts terms on the table, and each side's decision that accepts the other's. */
const PROPOSE = 'proposeSettlement';
const SURVIVAL = 'determineSurvivalThreateningSituation';
const ACCEPT: Partial<Record<Role, string>> = { taipei: 'acceptSettlement', beijing: 'agreeSettlement' };

export interface DecisionPanel {
  element: HTMLElement;
  /**
   * The choice as it stands, with the terms when it puts terms on the table; null after saying, at
   * the terms, what is missing or why the engine (`check`) would refuse it.
   */
  choice(): PersonChoice | null;
}

/**
 * The decisions a role may take this turn, asked of the rules machines. Open ones can be chosen, each
 * with its explanation and legal basis; closed ones are shown disabled with the reason. Putting terms
 * on the table opens a picker of the scenario's terms; accepting the other side's offer names the
 * terms it accepts. `check` asks the engine whether it would take a choice (null if so, else why not).
 */
export function decisionPanel(state: GameState, scenario: Scenario, role: Role, check: (c: PersonChoice) => string | null): DecisionPanel {
  const facts = factsOf(state, scenario.legal);
  const open = openDecisions(role, state.tracks[role], facts);
  const all = ['hold', ...decisionsOf(role)];
  const teach = options()[role];
  const name = `decision-${role}`;
  let chosen = 'hold';
  const picker = open.includes(PROPOSE) ? termsPicker(scenario, role) : null;
  if (picker) picker.element.hidden = true;
  const refusal = h('p', { class: 'field-error', role: 'alert', hidden: true });
  const choose = (d: string) => {
    chosen = d;
    refusal.hidden = true;
    if (picker) picker.element.hidden = d !== PROPOSE;
  };
  // The offer an accepting option takes, when it is the other side's and on the table now.
  const offer = state.talks.offer;
  const accepts = (d: string) => d === ACCEPT[role] && offer !== null && offer.by === otherSide(role);
  const item = (d: string, isOpen: boolean) => {
    const o = teach[d];
    const id = `${name}-${d}`;
    const terms = isOpen && accepts(d) && offer
      ? h('div', { class: 'terms-accepted', id: `${id}-terms` },
          h('p', {}, t('ui.talks.accepts', { role: roleName(offer.by), turn: offer.turn + 1 })),
          termsByGiver(scenario, offer.terms, 'h5'),
          noteOf(offer))
      : null;
    return h('li', { class: isOpen ? 'option' : 'option closed' },
      h('input', { type: 'radio', name, id, value: d, checked: d === chosen, disabled: !isOpen, onchange: () => choose(d), 'aria-describedby': terms ? terms.id : undefined }),
      h('label', { for: id }, h('span', { class: 'option-label' }, o?.label ?? d)),
      h('p', { class: 'option-text' }, citedText(o?.explanation ?? '')),
      terms,
      isOpen && d === PROPOSE ? picker?.element : null,
      // Why it is closed in this situation, as the machine itself answers (never a generic rule that may not fit).
      isOpen ? null : h('p', { class: 'option-why' }, opennessText(role, explainDecision(role, state.tracks[role], d, facts))),
      // The survival threshold is a count a team can watch and change (evacuating nationals removes a sign).
      d === SURVIVAL ? h('p', { class: 'option-signs' }, survivalSignsText(survivalAssessment(state, scenario.legal))) : null,
      o?.legalBasis ? h('p', { class: 'option-legal' }, h('strong', {}, `${t('ui.legalBasis')}: `), citedText(o.legalBasis)) : null,
      o?.sources.length ? h('p', { class: 'option-sources' }, `${t('ui.sources')}: `, o.sources.map(citation)) : null,
    );
  };
  const openItems = all.filter((d) => open.includes(d));
  const closedItems = all.filter((d) => !open.includes(d));
  const element = h('fieldset', { class: 'decision-panel' },
    h('legend', {}, t('ui.roleDecides', { role: roleName(role) })),
    h('ul', { class: 'options' }, openItems.map((d) => item(d, true))),
    refusal,
    closedItems.length
      ? h('details', { class: 'closed-options' },
          h('summary', {}, t('ui.play.closedThisTurn', { count: closedItems.length })),
          h('ul', { class: 'options' }, closedItems.map((d) => item(d, false))))
      : null,
  );
  return {
    element,
    choice() {
      if (chosen === PROPOSE && picker) {
        const proposal = picker.read();
        if (!proposal) return null;
        const c = { decision: chosen, proposal };
        const why = check(c);
        if (why) {
          picker.refuse(why);
          return null;
        }
        return c;
      }
      const c = { decision: chosen };
      const why = check(c);
      if (why) {
        refusal.textContent = why;
        refusal.hidden = false;
        return null;
      }
      return c;
    },
  };
}
