import { z } from '../zod.ts';
import { ROLES } from '../types.ts';
import { MAX_MESSAGE, MAX_STATEMENT, textRefusal } from './text.ts';

// What the teams said to each other, as a replay records it (the optional `talk` field): public
// statements, private messages, and settlement proposals with their terms and answers. Times and
// ids are the class's own bookkeeping and stay out of the record.

/** At most this many of each kind in one game: far above a lesson's worth, and it bounds a replay's size. */
export const MAX_TALK = 2000;
/** At most this many terms in one proposal. */
export const MAX_TERMS = 10;
export const PROPOSAL_STATUSES = ['open', 'accepted', 'rejected', 'withdrawn'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

const turn = () => z.number().int().min(0).max(10000);
const role = () => z.enum(ROLES);
const text = (max: number, lines: boolean, empty = false) =>
  z.string().max(max, { abort: true }).refine((s) => textRefusal(s, max, { lines, empty }) === null, 'text without control or invisible characters');
/** A settlement term is a code from the scenario's list (what each side gives); the words module says it. */
export const termSchema = z.string().min(1).max(80, { abort: true }).regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'a term name');

export const statementRecordSchema = z.strictObject({ turn: turn(), from: role(), text: text(MAX_STATEMENT, false) });
export const messageRecordSchema = z.strictObject({ turn: turn(), from: role(), to: role(), text: text(MAX_MESSAGE, true) });
export const proposalRecordSchema = z.strictObject({
  turn: turn(),
  from: role(),
  to: role(),
  terms: z.array(termSchema).min(1).max(MAX_TERMS),
  note: text(MAX_MESSAGE, true, true),
  status: z.enum(PROPOSAL_STATUSES),
  answeredTurn: turn().optional(),
});

export const talkSchema = z.strictObject({
  statements: z.array(statementRecordSchema).max(MAX_TALK),
  messages: z.array(messageRecordSchema).max(MAX_TALK),
  proposals: z.array(proposalRecordSchema).max(MAX_TALK),
});

/** What the teams said in a game, as a replay records it. */
export type TalkRecord = z.infer<typeof talkSchema>;
