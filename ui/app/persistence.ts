import { roleName, sentence, t, withStop } from '../../scenarios/words/words.ts';
import { facilitatorCommandSchema, parseReplay, ROLES, stateHash, type FacilitatorAction, type Replay, type Role } from '../../engine/index.ts';
import { checkChoice, currentView, facilitate, sessionFromReplay, toReplay, type PersonChoice, type Seats, type Session } from './session.ts';

const KEY = 'kuroshio.currentGame';
const CORRUPT_KEY = 'kuroshio.unreadableGame';
/** The facilitator's commands for the coming turn: not in the replay until the turn is played. */
const PENDING_KEY = 'kuroshio.pendingFacilitator';
/** Who sits where: a replay records only who took each decision, and nothing before the first turn. */
const SEATS_KEY = 'kuroshio.seats';
const SEAT_VALUES = new Set(['human', 'bot:cautious', 'bot:hawkish']);
/** For a branch, the turns it kept of the game it came from: its exports are named for it. */
const BRANCH_KEY = 'kuroshio.branchedFrom';
/**
 * The teams' choices locked in for the coming turn (a proposal's terms and note with them): like the
 * facilitator's pending commands, not in the replay until the turn is played. Kept with the situation
 * they were made in, so they come back only to that situation. (Storage hides nothing from a person at the
 * same device with devtools; the hand-off card asks the other teams to look away, no more.)
 */
const VOTES_KEY = 'kuroshio.lockedInChoices';
/** Locked-in choices that could not be read or kept: set aside, not deleted. */
const VOTES_ASIDE_KEY = 'kuroshio.unreadableChoices';

type Decided = Partial<Record<Role, PersonChoice>>;

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
    // The game is saved when its situation changes (a turn played, a facilitator's command, a new game or a
    // branch), and the teams' ballot starts afresh with it: choices locked in before are spent.
    st.removeItem(VOTES_KEY);
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

/** The situation the teams decide in: the turn, and the state they see (the facilitator's pending commands applied). */
function situationOf(s: Session): { turn: number; view: string; pending: number } {
  return { turn: s.state.turn, view: stateHash(currentView(s).state), pending: s.pending.length };
}

/** Save the choices the teams have locked in for the coming turn, so that a reload before it is resolved keeps them. */
export function saveVotes(s: Session, decided: Decided): SaveResult {
  const st = storage();
  if (!st) return { ok: false, message: t('ui.votes.notSaved') };
  try {
    st.setItem(VOTES_KEY, JSON.stringify({ situation: situationOf(s), decided }));
    return { ok: true };
  } catch {
    return { ok: false, message: t('ui.votes.notSaved') };
  }
}

export type LoadResult =
  | { kind: 'none' }
  /** `votes`: the teams' choices locked in for the coming turn; `problems`: what could not be kept of them, and why. */
  | { kind: 'game'; session: Session; warnings: string[]; votes: Decided; problems: string[] }
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
  if (restored.ok) {
    const session = withPending(st, withBranch(st, restored.value.session));
    return { kind: 'game', session, warnings: restored.value.warnings, ...savedVotes(st, session) };
  }
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

/** A locked-in choice as saved: a decision name, and terms with a note only as a proposal has them. */
function storedChoice(x: unknown): PersonChoice | null {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return null;
  const { decision, proposal, ...rest } = x as Record<string, unknown>;
  if (Object.keys(rest).length || typeof decision !== 'string' || !/^[a-zA-Z]{1,80}$/.test(decision)) return null;
  if (proposal === undefined) return { decision };
  if (!proposal || typeof proposal !== 'object' || Array.isArray(proposal)) return null;
  const { terms, note, ...more } = proposal as Record<string, unknown>;
  if (Object.keys(more).length || typeof note !== 'string' || !Array.isArray(terms) || terms.length > 20) return null;
  if (!terms.every((x): x is string => typeof x === 'string' && x.length <= 64)) return null;
  return { decision, proposal: { terms: [...terms], note } };
}

/**
 * The teams' locked-in choices for the saved game's coming turn. Choices for another situation are
 * spent and dropped. Each choice is held to its saved form, to a seat a person plays, and to the
 * engine's own check in this situation (a proposal's terms and note included); what fails is named,
 * the text as stored is set aside (kept, not deleted), and the choices that pass are kept.
 */
function savedVotes(st: Storage, s: Session): { votes: Decided; problems: string[] } {
  const none = { votes: {}, problems: [] };
  let text: string | null;
  try {
    text = st.getItem(VOTES_KEY);
  } catch {
    return none;
  }
  if (text === null) return none;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return setVotesAside(st, text, s, {}, [t('ui.votes.unreadable', { reason: t('ui.votes.notJson') })]);
  }
  const { situation, decided, ...rest } = (data && typeof data === 'object' && !Array.isArray(data) ? data : { decided: null }) as Record<string, unknown>;
  if (Object.keys(rest).length || !decided || typeof decided !== 'object' || Array.isArray(decided) || !Object.keys(decided).every((k) => (ROLES as readonly string[]).includes(k))) {
    return setVotesAside(st, text, s, {}, [t('ui.votes.unreadable', { reason: t('ui.votes.notChoices') })]);
  }
  if (JSON.stringify(situation) !== JSON.stringify(situationOf(s))) {
    try {
      st.removeItem(VOTES_KEY);
    } catch {
      // Left where it is: it is spent either way, and never offered to another situation.
    }
    return none;
  }
  const votes: Decided = {};
  const problems: string[] = [];
  for (const role of ROLES) {
    const raw = (decided as Record<string, unknown>)[role];
    if (raw === undefined) continue;
    const choice = storedChoice(raw);
    const why = !choice ? t('ui.votes.notAChoice') : s.setup.seats[role] !== 'human' ? t('ui.votes.botSeat', { role: roleName(role) }) : checkChoice(s, role, choice);
    if (why === null && choice) votes[role] = choice;
    else problems.push(t('ui.votes.notKept', { role: roleName(role), reason: sentence(why ?? '') }));
  }
  return problems.length ? setVotesAside(st, text, s, votes, problems) : { votes, problems };
}

/** Keep what could not be read under its own key, and save back only the choices kept. */
function setVotesAside(st: Storage, text: string, s: Session, votes: Decided, problems: string[]): { votes: Decided; problems: string[] } {
  try {
    st.setItem(VOTES_ASIDE_KEY, text);
    if (Object.keys(votes).length) st.setItem(VOTES_KEY, JSON.stringify({ situation: situationOf(s), decided: votes }));
    else st.removeItem(VOTES_KEY);
  } catch {
    // Storage refused: the message below still tells the teams, and the choices kept are in memory.
  }
  return { votes, problems };
}
