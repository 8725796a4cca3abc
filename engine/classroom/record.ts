import { z } from '../zod.ts';
import { facilitatorCommandSchema, replayTurnSchema, type ReplayTurn } from '../replay.ts';
import { isValidSeed, SEED_RULE } from '../seed.ts';
import type { Seats } from '../seats.ts';
import { err, ok, ROLES, type FacilitatorCommand, type Proposal, type Result, type Role } from '../types.ts';
import type { Openness } from '../machines/explain.ts';
import { MAX_FACILITATOR_ACTIONS } from '../facilitator.ts';
import { MAX_MESSAGE, MAX_STATEMENT } from './text.ts';
import { MAX_TALK, MAX_TERMS, PROPOSAL_STATUSES, termSchema, type ProposalStatus } from './talkRecord.ts';

// A class as plain JSON: what a server stores and the one-device app keeps in the browser. The game
// itself is its setup and log, played through the engine's fold; the rest is the turn in progress
// (locked choices, the facilitator's pending commands, pause and timer) and what the teams said.
// Times are timestamps (milliseconds) given by the caller: this module reads no clock.

export const CLASS_FORMAT = 'kuroshio-class';
export const CLASS_FORMAT_VERSION = 1;

export interface ClassSetup {
  scenarioId: string;
  variant: string;
  seed: string;
  /** Who plays each role: a team of people ('human') or a bot. */
  seats: Seats;
}

/** A team's choice for the turn, hidden from the other teams until the turn resolves. */
export interface Lock {
  decision: string;
  at: number;
  /** The terms, when the decision proposes a settlement: they go on the turn's command. */
  proposal?: Proposal;
}

/** A team whose locked choice a facilitator's action closed: what it was and why it is closed now. */
export interface Relock {
  decision: string;
  why: Openness;
}

/** The turn timer. Its length applies to every turn until cleared; it restarts when a turn resolves. */
export interface Timer {
  durationMs: number;
  /** At zero, resolve the turn with undecided teams holding; otherwise only say that time is up. */
  holdAtZero: boolean;
  /** When it reaches zero; null while paused or once expired. */
  deadline: number | null;
  /** Time left when paused (the whole length before it starts). */
  remainingMs: number;
  expired: boolean;
}

export interface Statement {
  turn: number;
  from: Role;
  text: string;
  at: number;
}

export interface PrivateMessage {
  id: number;
  turn: number;
  from: Role;
  to: Role;
  text: string;
  at: number;
}

/** A settlement proposal from one team to another: terms from the scenario's list, and a note. */
export interface TalkProposal {
  id: number;
  turn: number;
  from: Role;
  to: Role;
  terms: string[];
  note: string;
  at: number;
  status: ProposalStatus;
  answeredTurn?: number;
  answeredAt?: number;
}

export interface Talk {
  statements: Statement[];
  messages: PrivateMessage[];
  proposals: TalkProposal[];
}

export interface ClassRecord {
  format: typeof CLASS_FORMAT;
  formatVersion: typeof CLASS_FORMAT_VERSION;
  setup: ClassSetup;
  /** The turns played, as a replay records them: the game is this log through the engine's fold. */
  turns: ReplayTurn[];
  /** The facilitator's commands for the coming turn, applied before its decisions. */
  pending: FacilitatorCommand[];
  locked: Partial<Record<Role, Lock>>;
  relock: Partial<Record<Role, Relock>>;
  paused: boolean;
  timer: Timer | null;
  talk: Talk;
  /** How many changes the class has taken: the version a view shows. */
  seq: number;
}

export function newClassRecord(setup: ClassSetup): ClassRecord {
  return {
    format: CLASS_FORMAT,
    formatVersion: CLASS_FORMAT_VERSION,
    setup,
    turns: [],
    pending: [],
    locked: {},
    relock: {},
    paused: false,
    timer: null,
    talk: { statements: [], messages: [], proposals: [] },
    seq: 0,
  };
}

const time = () => z.number().int().min(0).max(8.64e15);
const turn = () => z.number().int().min(0).max(10000);
const role = () => z.enum(ROLES);
const decision = () => z.string().min(1).max(80, { abort: true }).regex(/^[a-zA-Z]+$/, 'a decision name');
const perRole = <T extends z.ZodType>(value: T) => z.strictObject({ beijing: value.optional(), taipei: value.optional(), tokyo: value.optional(), washington: value.optional() });
const guardCheck = z.strictObject({ guard: z.string().max(120), held: z.boolean() });
const openness = z.union([
  z.strictObject({ open: z.literal(true), held: z.array(guardCheck).max(50) }),
  z.strictObject({ open: z.literal(false), why: z.enum(['already', 'notFromHere']), region: z.string().max(80), state: z.string().max(80) }),
  z.strictObject({ open: z.literal(false), why: z.literal('guards'), failed: z.array(guardCheck).max(50) }),
]);
const actor = () => z.enum(['human', 'bot:cautious', 'bot:hawkish']);
const anyText = (max: number) => z.string().max(max);

const recordSchema = z.strictObject({
  format: z.literal(CLASS_FORMAT),
  formatVersion: z.literal(CLASS_FORMAT_VERSION),
  setup: z.strictObject({
    scenarioId: z.string().max(64).regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
    variant: z.string().max(64).regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
    seed: z.string().max(200).refine(isValidSeed, `a seed of ${SEED_RULE}`),
    seats: z.strictObject({ beijing: actor(), taipei: actor(), tokyo: actor(), washington: actor() }),
  }),
  turns: z.array(replayTurnSchema).max(1000),
  pending: z.array(facilitatorCommandSchema).max(MAX_FACILITATOR_ACTIONS),
  locked: perRole(z.strictObject({ decision: decision(), at: time(), proposal: z.strictObject({ terms: z.array(termSchema).min(1).max(20), note: anyText(MAX_MESSAGE) }).optional() })),
  relock: perRole(z.strictObject({ decision: decision(), why: openness })),
  paused: z.boolean(),
  timer: z.strictObject({
    durationMs: z.number().int().min(0).max(1e8),
    holdAtZero: z.boolean(),
    deadline: time().nullable(),
    remainingMs: z.number().int().min(0).max(1e8),
    expired: z.boolean(),
  }).nullable(),
  // Text is checked when a team sends it; here only its size is bounded.
  talk: z.strictObject({
    statements: z.array(z.strictObject({ turn: turn(), from: role(), text: anyText(MAX_STATEMENT), at: time() })).max(MAX_TALK),
    messages: z.array(z.strictObject({ id: z.number().int().min(1), turn: turn(), from: role(), to: role(), text: anyText(MAX_MESSAGE), at: time() })).max(MAX_TALK),
    proposals: z.array(z.strictObject({
      id: z.number().int().min(1),
      turn: turn(),
      from: role(),
      to: role(),
      terms: z.array(termSchema).min(1).max(MAX_TERMS),
      note: anyText(MAX_MESSAGE),
      at: time(),
      status: z.enum(PROPOSAL_STATUSES),
      answeredTurn: turn().optional(),
      answeredAt: time().optional(),
    })).max(MAX_TALK),
  }),
  seq: z.number().int().min(0),
});

/** Check that data read back (a database row, browser storage) is a class record; the error names the first problem. */
export function parseClassRecord(data: unknown): Result<ClassRecord> {
  const r = recordSchema.safeParse(data);
  if (r.success) return ok(r.data as ClassRecord);
  const issue = r.error.issues[0]!;
  return err(`not a class record: at ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
}
