import { withStop } from '../../scenarios/words/words.ts';
import { facilitatorCommandSchema, parseReplay, ROLES, type FacilitatorAction, type Replay } from '../../engine/index.ts';
import { facilitate, sessionFromReplay, toReplay, type Seats, type Session } from './session.ts';

const KEY = 'kuroshio.currentGame';
const CORRUPT_KEY = 'kuroshio.unreadableGame';
/** The facilitator's commands for the coming turn: not in the replay until the turn is played. */
const PENDING_KEY = 'kuroshio.pendingFacilitator';
/** Who sits where: a replay records only who took each decision, and nothing before the first turn. */
const SEATS_KEY = 'kuroshio.seats';
const SEAT_VALUES = new Set(['human', 'bot:cautious', 'bot:hawkish']);
/** For a branch, the turns it kept of the game it came from: its exports are named for it. */
const BRANCH_KEY = 'kuroshio.branchedFrom';

export type SaveResult = { ok: true } | { ok: false; message: string };

/** Browser storage may be missing, blocked, full or corrupt: every access is guarded. */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Save the game after a turn, as its replay: small, versioned, and checked again when loaded. */
export function saveGame(s: Session): SaveResult {
  const st = storage();
  if (!st) return { ok: false, message: 'This browser blocks storage for this page, so the game cannot save itself. Export the replay to keep it.' };
  try {
    st.setItem(KEY, JSON.stringify(toReplay(s)));
    st.setItem(SEATS_KEY, JSON.stringify(s.setup.seats));
    if (s.setup.branchedFrom === undefined) st.removeItem(BRANCH_KEY);
    else st.setItem(BRANCH_KEY, String(s.setup.branchedFrom));
    if (s.pending.length) st.setItem(PENDING_KEY, JSON.stringify(s.pending));
    else st.removeItem(PENDING_KEY);
    return { ok: true };
  } catch (e) {
    const full = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
    return {
      ok: false,
      message: full
        ? 'Browser storage is full, so this turn was not saved. Export the replay to keep the game, or clear space for this site.'
        : `The game could not be saved (${(e as Error).message}). Export the replay to keep it.`,
    };
  }
}

export type LoadResult =
  | { kind: 'none' }
  | { kind: 'game'; session: Session; warnings: string[] }
  | { kind: 'unreadable'; message: string };

/**
 * The saved game, if any. A saved game that cannot be read is moved aside (kept, not deleted) and
 * reported, so it never stops the page from starting.
 */
export function loadSavedGame(): LoadResult {
  const st = storage();
  if (!st) return { kind: 'none' };
  let text: string | null;
  try {
    text = st.getItem(KEY);
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  const parsed = parseReplay(text);
  const restored = parsed.ok ? sessionFromReplay(parsed.value, savedSeats(st)) : parsed;
  if (restored.ok) return { kind: 'game', session: withPending(st, withBranch(st, restored.value.session)), warnings: restored.value.warnings };
  try {
    st.setItem(CORRUPT_KEY, text);
    st.removeItem(KEY);
  } catch {
    // Leave it where it is; the message below still tells the player.
  }
  return { kind: 'unreadable', message: `The saved game could not be resumed: ${withStop(restored.error)} It has been set aside; start a new game or open a replay.` };
}

export type { Replay };

/**
 * Re-apply the facilitator's pending commands, each held to the replay's schema for one and checked
 * again by the engine; any that is malformed or no longer applies is dropped, the others kept.
 */
function withPending(st: Storage, session: Session): Session {
  let s = session;
  try {
    const pending = JSON.parse(st.getItem(PENDING_KEY) ?? '[]') as unknown;
    if (!Array.isArray(pending)) return s;
    for (const item of pending) {
      const c = facilitatorCommandSchema.safeParse(item);
      if (!c.success || c.data.turn !== s.state.turn) continue;
      const r = facilitate(s, c.data.action as FacilitatorAction, c.data.reason);
      if (r.ok) s = r.value;
    }
  } catch {
    // Unreadable pending commands are dropped: the game itself is intact.
  }
  return s;
}

/** A branch stays one after a reload; a number that cannot be a turn it kept is ignored. */
function withBranch(st: Storage, s: Session): Session {
  try {
    const raw = st.getItem(BRANCH_KEY);
    const k = raw === null ? NaN : Number(raw);
    return Number.isInteger(k) && k >= 0 && k <= s.turns.length ? { ...s, setup: { ...s.setup, branchedFrom: k } } : s;
  } catch {
    return s;
  }
}

/** The saved seats, if they are readable and name a seat for every role. */
function savedSeats(st: Storage): Seats | undefined {
  try {
    const seats = JSON.parse(st.getItem(SEATS_KEY) ?? 'null') as Record<string, unknown> | null;
    if (!seats || typeof seats !== 'object') return undefined;
    return ROLES.every((r) => typeof seats[r] === 'string' && SEAT_VALUES.has(seats[r] as string)) ? (seats as Seats) : undefined;
  } catch {
    return undefined;
  }
}
