import { t, withStop } from '../../scenarios/words/words.ts';
import { ACTORS, parseReplay, ROLES, type Replay } from '../../engine/index.ts';
import type { ClassSession } from '../../engine/classroom/index.ts';
import { classFor, restoreTurn, storedTurn, type RestoredTurn } from './localClass.ts';
import { sessionFromReplay, toReplay, type Seats, type Session } from './session.ts';

const KEY = 'kuroshio.currentGame';
const CORRUPT_KEY = 'kuroshio.unreadableGame';
/** Who sits where: a replay records only who took each decision, and nothing before the first turn. */
const SEATS_KEY = 'kuroshio.seats';
const SEAT_VALUES = new Set<string>(ACTORS);
/** For a branch, the turns it kept of the game it came from: its exports are named for it. */
const BRANCH_KEY = 'kuroshio.branchedFrom';
/**
 * The turn in progress, as the class holds it (localClass.ts): the teams' locked choices (a
 * proposal's terms and note with them), the facilitator's pending commands, the pause and the turn
 * timer. Not in the replay until the turn is played. Kept with the situation it belongs to, so it
 * comes back only to that situation. (Storage hides nothing from a person at the same device with
 * devtools; the hand-off card asks the other teams to look away, no more.)
 */
const TURN_KEY = 'kuroshio.turnInProgress';
/** A turn in progress that could not be read or kept whole: set aside, not deleted. */
const TURN_ASIDE_KEY = 'kuroshio.unreadableTurn';
/** Where earlier builds kept the pending commands and the locked choices apart: cleared when the game is saved. */
const OLD_KEYS = ['kuroshio.pendingFacilitator', 'kuroshio.lockedInChoices'];

export type SaveResult = { ok: true } | { ok: false; message: string };

/** Browser storage may be missing, blocked, full or corrupt: every access is guarded. */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const full = (e: unknown) => e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);

/** Save the game after a turn, as its replay: small, versioned, and checked again when loaded. */
export function saveGame(s: Session): SaveResult {
  const st = storage();
  if (!st) return { ok: false, message: t('ui.save.blocked') };
  try {
    st.setItem(KEY, JSON.stringify(toReplay(s)));
    st.setItem(SEATS_KEY, JSON.stringify(s.setup.seats));
    if (s.setup.branchedFrom === undefined) st.removeItem(BRANCH_KEY);
    else st.setItem(BRANCH_KEY, String(s.setup.branchedFrom));
    for (const k of OLD_KEYS) st.removeItem(k);
    return { ok: true };
  } catch (e) {
    return {
      ok: false,
      message: full(e)
        ? t('ui.save.full')
        : t('ui.save.failed', { message: (e as Error).message }),
    };
  }
}

/** Save the turn in progress (locked choices, pending commands, pause, timer) so that a reload before it is resolved keeps it. */
export function saveTurn(cls: ClassSession): SaveResult {
  const st = storage();
  if (!st) return { ok: false, message: t('ui.votes.notSaved') };
  try {
    st.setItem(TURN_KEY, JSON.stringify(storedTurn(cls)));
    return { ok: true };
  } catch {
    return { ok: false, message: t('ui.votes.notSaved') };
  }
}

/** The turn in progress as stored, as text (for another window of the same game: the projector's). */
export function storedTurnText(): string | null {
  try {
    return storage()?.getItem(TURN_KEY) ?? null;
  } catch {
    return null;
  }
}

export type LoadResult =
  | { kind: 'none' }
  /** `cls`: the turn in progress; `problems`: what could not be kept of it, and why. */
  | { kind: 'game'; session: Session; cls: ClassSession; warnings: string[]; problems: string[] }
  | { kind: 'unreadable'; message: string };

/**
 * The saved game, if any, with its turn in progress. A saved game that cannot be read is moved
 * aside (kept, not deleted) and reported, so it never stops the page from starting.
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
  const base = restored.ok ? classFor(withBranch(st, restored.value.session)) : null;
  if (restored.ok && base?.ok) {
    const turn = savedTurn(st, base.value);
    const session = { ...withBranch(st, restored.value.session), pending: turn.cls.record.pending };
    return { kind: 'game', session, cls: turn.cls, warnings: restored.value.warnings, problems: turn.problems };
  }
  try {
    st.setItem(CORRUPT_KEY, text);
    st.removeItem(KEY);
  } catch {
    // Leave it where it is; the message below still tells the player.
  }
  const why = restored.ok ? (base && !base.ok ? base.error : '') : restored.error;
  return { kind: 'unreadable', message: t('ui.save.unreadable', { why: withStop(why) }) };
}

export type { Replay };

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

/**
 * The saved game's turn in progress. A turn stored for another situation is spent and dropped.
 * What cannot be kept is named; the text as stored is then set aside (kept, not deleted) and only
 * what was kept is saved back.
 */
function savedTurn(st: Storage, base: ClassSession): RestoredTurn {
  let text: string | null;
  try {
    text = st.getItem(TURN_KEY);
  } catch {
    return { cls: base, problems: [] };
  }
  if (text === null) return { cls: base, problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return setTurnAside(st, text, { cls: base, problems: [t('classroom.oneDevice.turnUnreadable', { reason: t('ui.votes.notJson') })] });
  }
  const restored = restoreTurn(base, data);
  return restored.problems.length ? setTurnAside(st, text, restored) : restored;
}

function setTurnAside(st: Storage, text: string, kept: RestoredTurn): RestoredTurn {
  try {
    st.setItem(TURN_ASIDE_KEY, text);
    st.setItem(TURN_KEY, JSON.stringify(storedTurn(kept.cls)));
  } catch {
    // Storage refused: the message still tells the teams, and what was kept is in memory.
  }
  return kept;
}
