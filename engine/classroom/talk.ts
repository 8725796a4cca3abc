import { err, ok, type Result, type Role } from '../types.ts';
import type { ClassRecord, TalkProposal, Talk } from './record.ts';
import { changed } from './decide.ts';
import type { Change } from './resolve.ts';
import { teamsOf, type ClassSession } from './session.ts';
import { MAX_TALK, MAX_TERMS, termSchema } from './talkRecord.ts';
import { MAX_MESSAGE, MAX_STATEMENT, textRefusal } from './text.ts';
import type { ClassRefusal } from './types.ts';

/** At most this many proposals a team may have waiting for an answer at once. */
export const MAX_OPEN_PROPOSALS = 5;

const withTalk = (record: ClassRecord, talk: Partial<Talk>): ClassRecord => ({ ...record, talk: { ...record.talk, ...talk } });

/** The other team a message or proposal goes to must be a team of people, and not the sender. */
function recipientRefusal(record: ClassRecord, from: Role, to: Role): ClassRefusal | null {
  if (to === from) return { code: 'toSelf' };
  return teamsOf(record).includes(to) ? null : { code: 'notATeam', role: to };
}

/** A team's one public statement this turn: news on every screen, kept in the replay. */
export function makeStatement(s: ClassSession, from: Role, text: string, now: number): Result<Change, ClassRefusal> {
  const { record } = s;
  const turn = s.state.turn;
  if (record.talk.statements.some((x) => x.turn === turn && x.from === from)) return err({ code: 'statementMade', turn });
  if (record.talk.statements.length >= MAX_TALK) return err({ code: 'talkFull', max: MAX_TALK });
  const bad = textRefusal(text, MAX_STATEMENT);
  if (bad) return err(bad);
  const statement = { turn, from, text: text.trim(), at: now };
  return ok(changed(s, withTalk(record, { statements: [...record.talk.statements, statement] }), [{ type: 'statementMade', statement }]));
}

/** A private message to another team: seen by the two teams and the facilitator, kept in the replay. */
export function sendMessage(s: ClassSession, from: Role, to: Role, text: string, now: number): Result<Change, ClassRefusal> {
  const { record } = s;
  const bad = recipientRefusal(record, from, to) ?? textRefusal(text, MAX_MESSAGE, { lines: true });
  if (bad) return err(bad);
  if (record.talk.messages.length >= MAX_TALK) return err({ code: 'talkFull', max: MAX_TALK });
  const message = { id: record.talk.messages.length + 1, turn: s.state.turn, from, to, text: text.trim(), at: now };
  return ok(changed(s, withTalk(record, { messages: [...record.talk.messages, message] }), [{ type: 'messageSent', message }]));
}

function termsRefusal(s: ClassSession, terms: readonly string[]): ClassRefusal | null {
  if (!terms.length) return { code: 'noTerms' };
  if (terms.length > MAX_TERMS) return { code: 'tooManyTerms', max: MAX_TERMS };
  for (const [i, term] of terms.entries()) {
    if (!termSchema.safeParse(term).success || !s.scenario.terms.some((t) => t.id === term)) return { code: 'badTerm', term };
    if (terms.indexOf(term) !== i) return { code: 'repeatedTerm', term };
  }
  return null;
}

/**
 * A draft proposal to another team, within a turn: terms from the scenario's list (what each side
 * gives) and a note. Accepting one is an understanding between two teams, kept in the replay; the
 * settlement itself is made by the engine's decisions (a proposal with terms, accepted the next turn).
 */
export function propose(s: ClassSession, from: Role, to: Role, terms: readonly string[], note: string, now: number): Result<Change, ClassRefusal> {
  const { record } = s;
  const bad = recipientRefusal(record, from, to) ?? termsRefusal(s, terms) ?? textRefusal(note, MAX_MESSAGE, { lines: true, empty: true });
  if (bad) return err(bad);
  const proposals = record.talk.proposals;
  if (proposals.length >= MAX_TALK) return err({ code: 'talkFull', max: MAX_TALK });
  if (proposals.filter((p) => p.from === from && p.status === 'open').length >= MAX_OPEN_PROPOSALS) return err({ code: 'tooManyOpenProposals', max: MAX_OPEN_PROPOSALS });
  const proposal: TalkProposal = { id: proposals.length + 1, turn: s.state.turn, from, to, terms: [...terms], note: note.trim(), at: now, status: 'open' };
  return ok(changed(s, withTalk(record, { proposals: [...proposals, proposal] }), [{ type: 'proposalMade', proposal }]));
}

/** The team a proposal was made to accepts or rejects it. */
export function answer(s: ClassSession, by: Role, id: number, accept: boolean, now: number): Result<Change, ClassRefusal> {
  return close(s, by, id, 'to', accept ? 'accepted' : 'rejected', now);
}

/** The team that made a proposal takes it back before it is answered. */
export function withdraw(s: ClassSession, by: Role, id: number, now: number): Result<Change, ClassRefusal> {
  return close(s, by, id, 'from', 'withdrawn', now);
}

function close(s: ClassSession, by: Role, id: number, side: 'from' | 'to', status: TalkProposal['status'], now: number): Result<Change, ClassRefusal> {
  const { record } = s;
  const p = record.talk.proposals[id - 1];
  if (!p || (p.from !== by && p.to !== by)) return err({ code: 'noSuchProposal', proposal: id });
  if (p[side] !== by) return err(side === 'to' ? { code: 'notAddressedToYou', proposal: id } : { code: 'notYourProposal', proposal: id });
  if (p.status !== 'open') return err({ code: 'proposalAnswered', proposal: id, status: p.status });
  const proposal: TalkProposal = { ...p, status, answeredTurn: s.state.turn, answeredAt: now };
  const proposals = record.talk.proposals.map((x) => (x.id === id ? proposal : x));
  return ok(changed(s, withTalk(record, { proposals }), [{ type: 'proposalAnswered', proposal }]));
}
