import { z } from '../zod.ts';
import { readJson } from '../readJson.ts';
import { facilitatorCommandSchema, replaySchema, replayTurnSchema, type Replay } from '../replay.ts';
import { OUTCOMES, ROLES, err, ok, type Result, type Role } from '../types.ts';
import { facilitatorIntentSchema, teamIntentSchema } from './intents.ts';
import { classSetupSchema, lockSchema, opennessSchema, privateMessageSchema, relockSchema, statementSchema, talkProposalSchema, timerSchema } from './record.ts';
import { gameEventSchema, gameStateSchema } from './stateSchema.ts';
import type { ClassEvent, ClassRefusal, Viewer } from './types.ts';
import type { ClassView } from './views.ts';

// The networked classroom's messages, one JSON object per WebSocket text frame. A device opens
// `/ws/CLASS` (the class code in the path, so a load balancer can route by it before any message),
// then joins with a key (a team's, the projector's or the facilitator's) or resumes with the token
// a join gave it. Every frame from a device is checked against `clientMessageSchema`; a frame that
// fails gets an `error` and changes nothing.

/** Codes, keys and tokens are Crockford base32 (no I, L, O, U): easy to read aloud and type. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const code = (length: number) => z.string().length(length).regex(/^[0-9A-HJKMNP-TV-Z]+$/, 'a code of digits and capital letters');
export const CLASS_ID_LENGTH = 10;
export const TEAM_KEY_LENGTH = 10;
export const SECRET_LENGTH = 26;
export const TOKEN_LENGTH = 32;
export const classIdSchema = code(CLASS_ID_LENGTH);
/** A team's or the projector's key (10 characters: typed from a screen if a QR code will not scan), or the facilitator's secret (26). */
export const keySchema = z.union([code(TEAM_KEY_LENGTH), code(SECRET_LENGTH)]);
export const tokenSchema = code(TOKEN_LENGTH);

/** The largest frame a device may send: a message of 1,000 characters fits several times over. */
export const MAX_FRAME_BYTES = 8 * 1024;
export const WS_PATH = '/ws/';

export const clientMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('join'), key: keySchema }),
  z.strictObject({ type: z.literal('resume'), token: tokenSchema }),
  /** `id` is the device's own number for the request, echoed in `done` or `refused`. */
  z.strictObject({ type: z.literal('intent'), id: z.number().int().min(0).max(2 ** 31 - 1), intent: z.union([teamIntentSchema, facilitatorIntentSchema]) }),
  /** The game's replay with what the teams said: the facilitator's at any time, everyone's once the game is over. */
  z.strictObject({ type: z.literal('replay') }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** How many devices are connected, by viewer: shown on the facilitator's console. */
export interface Presence {
  teams: Partial<Record<Role, number>>;
  projector: number;
  facilitator: number;
}

/** Why a frame was not taken, as a code; `message` says it in words. */
export const WIRE_ERRORS = [
  'badJson', 'badMessage', 'tooLarge', 'joinFirst', 'alreadyJoined', 'wrongKey', 'unknownToken',
  'tooManyAttempts', 'rateLimited', 'notYet', 'classFull', 'serverFull', 'storage', 'classUnreadable',
] as const;
export type WireError = (typeof WIRE_ERRORS)[number];

/**
 * What the facilitator's console shows so the other devices can join: the projector's key, each
 * team's key, and the address devices on the network reach the server at (null: the console's own).
 */
export interface JoinKeys {
  address: string | null;
  projector: string;
  teams: Record<Role, string>;
}

/**
 * A device's address for a class: the class code in the query (the page and a load balancer read it),
 * the key in the fragment, which a browser never sends to a server, so it stays out of logs.
 */
export const classLink = (address: string, classId: string, key: string): string => `${address}/?class=${classId}#key=${key}`;

export type ServerMessage =
  /**
   * Keep `token` (e.g. in the browser's storage) to resume as the same viewer after a reload or a lost
   * connection. The facilitator is also given the keys the other devices join with.
   */
  | { type: 'welcome'; classId: string; viewer: Viewer; token: string; join?: JoinKeys }
  /** Everything the device may see now, and the share of the last change's events it may see. */
  | { type: 'view'; view: ClassView; events: ClassEvent[]; presence?: Presence }
  | { type: 'done'; id: number }
  | { type: 'refused'; id: number; refusal: ClassRefusal; message: string }
  | { type: 'error'; code: WireError; message: string }
  | { type: 'replay'; replay: Replay }
  | { type: 'presence'; presence: Presence };

// ---------------------------------------------------------------------------------------------
// What a device checks every frame from a server against, before it shows anything of it.
// ---------------------------------------------------------------------------------------------

const role = () => z.enum(ROLES);
const seq = () => z.number().int().min(0).max(2 ** 53 - 1);
const time = () => z.number().int().min(0).max(8.64e15);
const count = () => z.number().int().min(0).max(100_000);
const perRole = <T extends z.ZodType>(value: T) => z.strictObject({ beijing: value.optional(), taipei: value.optional(), tokyo: value.optional(), washington: value.optional() });
const events = () => z.array(gameEventSchema).max(5000);
const optionSchema = z.strictObject({ decision: z.string().min(1).max(80).regex(/^[a-zA-Z]+$/), openness: opennessSchema });
const options = () => z.array(optionSchema).max(100);

const viewerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('team'), role: role() }),
  z.strictObject({ kind: z.literal('facilitator') }),
  z.strictObject({ kind: z.literal('projector') }),
]);

const publicShape = {
  seq: seq(),
  now: time(),
  setup: classSetupSchema,
  teams: z.array(role()).max(ROLES.length),
  turn: z.number().int().min(0).max(10000),
  state: gameStateSchema,
  log: z.array(replayTurnSchema).max(1000),
  stateHash: z.string().regex(/^[0-9a-f]{28}$/),
  news: events(),
  lastTurn: z.strictObject({ turn: z.number().int().min(0).max(10000), events: events() }).nullable(),
  lockedIn: z.array(role()).max(ROLES.length),
  paused: z.boolean(),
  timer: z.strictObject({ ...timerSchema.shape, leftMs: z.number().int().min(0).max(1e8) }).nullable(),
  statements: z.array(statementSchema).max(2000),
  outcome: z.enum(OUTCOMES).nullable(),
};

const viewSchemas = {
  projector: z.strictObject({ ...publicShape, viewer: z.strictObject({ kind: z.literal('projector') }) }),
  team: z.strictObject({
    ...publicShape,
    viewer: z.strictObject({ kind: z.literal('team'), role: role() }),
    role: role(),
    options: options(),
    locked: lockSchema.nullable(),
    relock: relockSchema.nullable(),
    messages: z.array(privateMessageSchema).max(2000),
    proposals: z.array(talkProposalSchema).max(2000),
  }),
  facilitator: z.strictObject({
    ...publicShape,
    viewer: z.strictObject({ kind: z.literal('facilitator') }),
    options: z.strictObject({ beijing: options(), taipei: options(), tokyo: options(), washington: options() }),
    locked: perRole(lockSchema),
    relock: perRole(relockSchema),
    pending: z.array(facilitatorCommandSchema).max(100),
    pendingEvents: events(),
    deck: z.array(z.strictObject({ id: z.string().max(64), once: z.boolean(), played: z.boolean() })).max(200),
    messages: z.array(privateMessageSchema).max(2000),
    proposals: z.array(talkProposalSchema).max(2000),
  }),
};
const viewSchema = z.union([viewSchemas.projector, viewSchemas.team, viewSchemas.facilitator]);

const classEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('locked'), role: role() }),
  z.strictObject({ type: z.literal('unlocked'), role: role() }),
  z.strictObject({ type: z.literal('mustDecideAgain'), role: role(), decision: z.string().max(80), why: opennessSchema }),
  z.strictObject({ type: z.literal('facilitatorActed'), action: z.enum(['inject', 'customInject', 'setIndicator', 'setForce', 'raiseFlag', 'setParameter']), news: events() }),
  z.strictObject({ type: z.literal('pendingWithdrawn'), index: count() }),
  z.strictObject({ type: z.literal('turnResolved'), turn: z.number().int().min(0).max(10000), stateHash: z.string().regex(/^[0-9a-f]{28}$/), outcome: z.enum(OUTCOMES).nullable() }),
  z.strictObject({ type: z.literal('statementMade'), statement: statementSchema }),
  z.strictObject({ type: z.literal('messageSent'), message: privateMessageSchema }),
  z.strictObject({ type: z.literal('proposalMade'), proposal: talkProposalSchema }),
  z.strictObject({ type: z.literal('proposalAnswered'), proposal: talkProposalSchema }),
  z.strictObject({ type: z.literal('paused') }),
  z.strictObject({ type: z.literal('resumed') }),
  z.strictObject({ type: z.literal('timerSet'), timer: timerSchema }),
  z.strictObject({ type: z.literal('timerCleared') }),
  z.strictObject({ type: z.literal('timeUp'), holdAtZero: z.boolean() }),
  z.strictObject({ type: z.literal('seatChanged'), role: role(), seat: z.enum(['human', 'bot:cautious', 'bot:hawkish']) }),
]);

const presenceSchema = z.strictObject({ teams: perRole(count()), projector: count(), facilitator: count() });
/** A server's words for a device: shown as text, never as markup. */
const words = () => z.string().max(4000);

export const serverMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('welcome'),
    classId: classIdSchema,
    viewer: viewerSchema,
    token: tokenSchema,
    join: z.strictObject({
      address: z.string().max(200).regex(/^https?:\/\/[^\s/?#]+$/, 'an address such as http://192.168.1.20:8080').nullable(),
      projector: code(TEAM_KEY_LENGTH),
      teams: z.strictObject({ beijing: code(TEAM_KEY_LENGTH), taipei: code(TEAM_KEY_LENGTH), tokyo: code(TEAM_KEY_LENGTH), washington: code(TEAM_KEY_LENGTH) }),
    }).optional(),
  }),
  z.strictObject({ type: z.literal('view'), view: viewSchema, events: z.array(classEventSchema).max(200), presence: presenceSchema.optional() }),
  z.strictObject({ type: z.literal('done'), id: z.number().int().min(0).max(2 ** 31 - 1) }),
  // The refusal's code and data are for the device's logic; `message` says it.
  z.strictObject({ type: z.literal('refused'), id: z.number().int().min(0).max(2 ** 31 - 1), refusal: z.looseObject({ code: z.string().max(40) }), message: words() }),
  z.strictObject({ type: z.literal('error'), code: z.enum(WIRE_ERRORS), message: words() }),
  z.strictObject({ type: z.literal('replay'), replay: replaySchema }),
  z.strictObject({ type: z.literal('presence'), presence: presenceSchema }),
]);

/** The largest frame a device reads: far above a facilitator's view of a long game. */
export const MAX_SERVER_FRAME = 8_000_000;

/**
 * A frame from a server, checked: JSON of bounded size and depth, then the schema of its type. The
 * error names where the frame is wrong; a device shows nothing of a frame that fails.
 */
export function parseServerMessage(text: string): Result<ServerMessage, string> {
  if (text.length > MAX_SERVER_FRAME) return err(`a frame of ${text.length} characters, more than ${MAX_SERVER_FRAME}`);
  const json = readJson(text);
  if (!json.ok) return err(`not JSON (line ${json.error.line}, column ${json.error.column}: expected ${json.error.expected})`);
  const parsed = serverMessageSchema.safeParse(json.value);
  if (!parsed.success) {
    // A view that fails is checked again as its viewer's view, so the error names the field itself.
    const data = json.value as { type?: unknown; view?: { viewer?: { kind?: unknown } } };
    const kind = data?.type === 'view' ? data.view?.viewer?.kind : undefined;
    const own = typeof kind === 'string' && Object.hasOwn(viewSchemas, kind) ? viewSchemas[kind as keyof typeof viewSchemas].safeParse(data.view) : null;
    const issue = own && !own.success ? { ...own.error.issues[0]!, path: ['view', ...own.error.issues[0]!.path] } : parsed.error.issues[0]!;
    return err(`at ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  // The schema checks every field a screen reads; the engine's own types say the rest.
  return ok(parsed.data as unknown as ServerMessage);
}
