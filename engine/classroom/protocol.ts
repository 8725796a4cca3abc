import { z } from '../zod.ts';
import type { Replay } from '../replay.ts';
import type { Role } from '../types.ts';
import { facilitatorIntentSchema, teamIntentSchema } from './intents.ts';
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

export type ServerMessage =
  /** Keep `token` (e.g. in the browser's storage) to resume as the same viewer after a reload or a lost connection. */
  | { type: 'welcome'; classId: string; viewer: Viewer; token: string }
  /** Everything the device may see now, and the share of the last change's events it may see. */
  | { type: 'view'; view: ClassView; events: ClassEvent[]; presence?: Presence }
  | { type: 'done'; id: number }
  | { type: 'refused'; id: number; refusal: ClassRefusal; message: string }
  | { type: 'error'; code: WireError; message: string }
  | { type: 'replay'; replay: Replay }
  | { type: 'presence'; presence: Presence };
