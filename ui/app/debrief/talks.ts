import type { Proposal, Role, Scenario } from '../../../engine/index.ts';
import { termsBySide, type TermGiver } from '../../../scenarios/words/narrate.ts';
import { roleName, t } from '../../../scenarios/words/words.ts';
import type { Session } from '../session.ts';

// The talks between Beijing and Taipei over a game, as data: every offer put on the table and what
// became of it, and the settlement if one was agreed, with who gives what in the scenario's words.
// The view and the exports both render this; nothing here touches the DOM.

/** What became of an offer: agreed, still on the table at the end, replaced by a later one, or lapsed when talks ended. */
export type OfferFate = 'agreed' | 'onTable' | 'replaced' | 'lapsed';

/** The terms one side gives, in words: "Beijing gives" and the terms. */
export interface TermsGiven {
  by: TermGiver;
  title: string;
  terms: string[];
}

export interface OfferEntry {
  /** Counted from 0, as the engine counts. */
  turn: number;
  by: Role;
  /** "Turn 3: Taipei's terms". */
  heading: string;
  gives: TermsGiven[];
  /** The proposer's note, as it wrote it ('' for none): text, never markup. */
  note: string;
  /** "Taipei's note". */
  noteTitle: string;
  fate: OfferFate;
  /** The fate in words. */
  fateText: string;
}

export interface SettlementEntry {
  by: Role;
  /** The turn the terms were put on the table (from 0). */
  turn: number;
  /** Who accepted them, and in which turn (from 0). */
  accepter: Role;
  agreedIn: number;
  /** "Taipei's terms of turn 3, accepted by Beijing in turn 4." */
  summary: string;
  gives: TermsGiven[];
  note: string;
  noteTitle: string;
}

export interface TalksRecord {
  offers: OfferEntry[];
  settlement: SettlementEntry | null;
  /** The section's words, for the view and the exports alike. */
  title: string;
  intro: string;
  settlementTitle: string;
  offersTitle: string;
  /** Said where there is no settlement, or no offer. */
  noSettlement: string;
  noOffers: string;
}

const ACCEPTING = new Set(['acceptSettlement', 'agreeSettlement']);

/** Terms in words, grouped by the side that gives them. */
export function givenBy(scenario: Pick<Scenario, 'terms'>, ids: readonly string[]): TermsGiven[] {
  return termsBySide(scenario, ids).map((g) => ({ ...g, title: t('ui.talks.gives', { role: roleName(g.by) }) }));
}

const same = (a: { by: Role; turn: number } | null, b: { by: Role; turn: number }) => a !== null && a.by === b.by && a.turn === b.turn;

/** The game's talks: its offers in the order made, each with its fate, and the settlement agreed, if any. */
export function talksOf(s: Session): TalksRecord {
  const made: (Proposal & { by: Role; turn: number })[] = [];
  let accepted: { accepter: Role; agreedIn: number } | null = null;
  for (const turn of s.turns) {
    for (const e of turn.events) {
      if (e.type !== 'decisionTaken') continue;
      if (e.proposal) made.push({ ...e.proposal, by: e.role, turn: turn.turn });
      if (ACCEPTING.has(e.decision)) accepted = { accepter: e.role, agreedIn: turn.turn };
    }
  }
  const { offer, agreed } = s.state.talks;
  const fate = (o: (typeof made)[number], k: number): OfferFate =>
    same(agreed, o) ? 'agreed' : same(offer, o) ? 'onTable' : k < made.length - 1 ? 'replaced' : 'lapsed';
  const offers = made.map((o, k): OfferEntry => {
    const f = fate(o, k);
    return {
      turn: o.turn, by: o.by, note: o.note, fate: f,
      heading: t('ui.talks.offerHeading', { turn: o.turn + 1, role: roleName(o.by) }),
      gives: givenBy(s.scenario, o.terms),
      noteTitle: t('ui.talks.noteOf', { role: roleName(o.by) }),
      fateText: t('ui.talks.fate', { fate: f }),
    };
  });
  const settlement: SettlementEntry | null = agreed && accepted
    ? {
        by: agreed.by, turn: agreed.turn, ...accepted, note: agreed.note,
        summary: t('ui.talks.agreedOf', { role: roleName(agreed.by), turn: agreed.turn + 1, accepter: roleName(accepted.accepter), agreedIn: accepted.agreedIn + 1 }),
        gives: givenBy(s.scenario, agreed.terms),
        noteTitle: t('ui.talks.noteOf', { role: roleName(agreed.by) }),
      }
    : null;
  return {
    offers, settlement,
    title: t('ui.talks.debriefTitle'),
    intro: t('ui.talks.debriefIntro'),
    settlementTitle: t('ui.talks.agreedTitle'),
    offersTitle: t('ui.talks.offersTitle', { count: offers.length }),
    noSettlement: t('ui.talks.noSettlement'),
    noOffers: t('ui.talks.noOffers'),
  };
}
