import type { GameState, Proposal, Role, Scenario } from '../../../engine/index.ts';
import { termsBySide } from '../../../scenarios/words/narrate.ts';
import { roleName, t } from '../../../scenarios/words/words.ts';
import { h } from '../dom.ts';

type Heading = 'h3' | 'h4' | 'h5';

/** Terms grouped by the side that gives them ("Beijing gives", "Taipei gives"), each group a headed list. */
export function termsByGiver(scenario: Pick<Scenario, 'terms'>, ids: readonly string[], heading: Heading = 'h4'): HTMLElement {
  return h('div', { class: 'terms-by-giver' }, termsBySide(scenario, ids).map((g) =>
    h('div', { class: `terms-giver terms-giver-${g.by}` },
      h(heading, {}, t('ui.talks.gives', { role: roleName(g.by) })),
      h('ul', {}, g.terms.map((x) => h('li', {}, x))))));
}

/** The proposer's note, as text (a person wrote it: it is never parsed as markup). Null when there is none. */
export function noteOf(p: Proposal & { by: Role }): HTMLElement | null {
  if (!p.note) return null;
  return h('p', { class: 'terms-note' }, h('strong', {}, `${t('ui.talks.noteOf', { role: roleName(p.by) })}: `), h('q', {}, p.note));
}

/** An offer: who made it and in which turn, what each side gives, and the note. */
export function offerView(scenario: Pick<Scenario, 'terms'>, offer: Proposal & { by: Role; turn: number }, heading: Heading = 'h4'): HTMLElement[] {
  return [
    h('p', { class: 'terms-offer-by' }, t('ui.talks.offerOf', { role: roleName(offer.by), turn: offer.turn + 1 })),
    termsByGiver(scenario, offer.terms, heading),
    noteOf(offer),
  ].filter((x): x is HTMLElement => x !== null);
}

/**
 * The talks between Beijing and Taipei as every team and the facilitator see them: the offer on the
 * table (public, like a statement to the press), or that talks are open with nothing on it yet. Null
 * while there are no talks.
 */
export function talksPanel(state: Pick<GameState, 'talks' | 'tracks'>, scenario: Pick<Scenario, 'terms'>, id = 'talks'): HTMLElement | null {
  const offer = state.talks.offer;
  const open = state.tracks.taipei.stance === 'negotiating';
  if (!offer && !open) return null;
  return h('section', { class: 'talks', 'aria-labelledby': `${id}-title` },
    h('h3', { id: `${id}-title` }, t('ui.talks.onTheTable')),
    offer ? offerView(scenario, offer) : h('p', { class: 'hint' }, t('ui.talks.talksOpen')));
}
