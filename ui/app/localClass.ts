import { ROLES, err, ok, stateHash, type Result, type Role } from '../../engine/index.ts';
import {
  applyIntent, newClassRecord, viewOf,
  type ClassEvent, type ClassRecord, type ClassSession, type DecidedBots, type FacilitatorView, type Intent, type Participant, type PublicView,
} from '../../engine/classroom/index.ts';
import { lockSchema, relockSchema, talkStateSchema, timerSchema } from '../../engine/classroom/record.ts';
import { derive } from '../../engine/classroom/session.ts';
import { facilitatorCommandSchema } from '../../engine/replay.ts';
import { classRefusalText } from '../../scenarios/words/classroom.ts';
import { decisionLabel, has, opennessText, roleName, sentence, t } from '../../scenarios/words/words.ts';
import type { Session } from './session.ts';

// The one-device classroom holds its turn in progress as a class of engine/classroom, the same
// model the server holds: the teams' locked choices (hidden until the turn resolves), the
// facilitator's pending commands, pause, timer. Every change is an intent through applyIntent, so
// a facilitator's action keeps the locks it leaves open and names the teams that must decide again,
// a deck inject plays at most once, and the turn resolves through the engine's one fold.
// `Session` keeps the played game (every state, for the replay and the debrief); the class keeps
// the coming turn. They share the log: the class's turns are the session's.

export const FACILITATOR: Participant = { kind: 'facilitator' };
export const teamOf = (role: Role): Participant => ({ kind: 'team', role });

/** A class for a game on this device: its turns played, nothing done yet in the coming turn. */
export function classFor(s: Session): Result<ClassSession, string> {
  const record: ClassRecord = {
    ...newClassRecord({ scenarioId: s.scenario.id, variant: s.scenario.variant, seed: s.setup.seed, seats: s.setup.seats }),
    turns: s.turns.map((x) => ({ turn: x.turn, commands: x.commands, ...(x.facilitator?.length ? { facilitator: x.facilitator } : {}), stateHash: x.stateHash })),
  };
  // The session's log was played through the engine already: the class takes its state as it is.
  const d = derive(s.scenario, record, s.state, s.turns.at(-1) ?? null);
  return d.ok ? ok(d.value) : err(JSON.stringify(d.error));
}

/** The one-device app's way to apply an intent: the turn resolves when asked, not when the last team locks in. */
export function act(cls: ClassSession, who: Participant, intent: Intent, now: number, decided: DecidedBots = {}): Result<{ session: ClassSession; events: ClassEvent[] }, string> {
  const r = applyIntent(cls, who, intent, now, { resolveWhenAllLocked: false, decided });
  return r.ok ? r : err(classRefusalText(r.error));
}

/** The played game after the class resolved a turn: the class's last turn and state appended. */
export function sessionAfter(s: Session, cls: ClassSession): Session {
  if (cls.record.turns.length === s.turns.length || !cls.lastTurn) return { ...s, pending: cls.record.pending };
  return { ...s, turns: [...s.turns, cls.lastTurn], states: [...s.states, cls.state], state: cls.state, pending: cls.record.pending };
}

/** What the projector shows, and what the console reads: the class's own views. */
export const projectorView = (cls: ClassSession, now: number): PublicView => viewOf(cls, { kind: 'projector' }, now);
export const consoleView = (cls: ClassSession, now: number): FacilitatorView => viewOf(cls, FACILITATOR, now) as FacilitatorView;

/** A decision as a team reads it (its label; holding has its own). */
export const decisionText = (role: Role, decision: string): string =>
  decision === 'hold' || has(`decision.${role}.${decision}.label`, 'en') ? decisionLabel(role, decision) : decision;

/** "The Tokyo team must decide again: …" for each team a facilitator's action released. */
export function mustDecideAgainText(events: readonly ClassEvent[]): string[] {
  return events.flatMap((e) => {
    if (e.type !== 'mustDecideAgain') return [];
    return [t('classroom.oneDevice.mustDecideAgain', { role: roleName(e.role), decision: decisionText(e.role, e.decision), why: opennessText(e.role, e.why) })];
  });
}

// ---------------------------------------------------------------------------------------------
// The turn in progress as it is kept in the browser's storage, and read back.
// ---------------------------------------------------------------------------------------------

/** The state after the turns played, by hash: a stored turn in progress belongs to that situation only. */
const afterHash = (cls: ClassSession): string => cls.record.turns.at(-1)?.stateHash ?? stateHash(cls.state);

/** The turn in progress as stored: the class's record without its setup and log (the saved game holds those). */
export function storedTurn(cls: ClassSession): object {
  const { pending, locked, relock, paused, timer, talk, seq } = cls.record;
  return { turn: cls.state.turn, after: afterHash(cls), class: { pending, locked, relock, paused, timer, talk, seq } };
}

export interface RestoredTurn {
  cls: ClassSession;
  /** What could not be kept, and why, in words; the rest is kept. */
  problems: string[];
}

/**
 * A stored turn in progress, read back into the game's class. It is replayed as the intents that
 * made it: each pending command given again, each locked choice locked again (so the engine checks
 * each as it did when it was made); what it refuses is named and left out, the rest kept. A turn
 * stored for another situation (the game has moved on) is spent and dropped.
 */
export function restoreTurn(base: ClassSession, stored: unknown): RestoredTurn {
  const problems: string[] = [];
  const data = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : null;
  const c = data?.class && typeof data.class === 'object' && !Array.isArray(data.class) ? (data.class as Record<string, unknown>) : null;
  if (!data || !c) return { cls: base, problems: [t('classroom.oneDevice.turnUnreadable', { reason: t('ui.votes.notChoices') })] };
  if (data.turn !== base.state.turn || data.after !== afterHash(base) || base.state.outcome) return { cls: base, problems };
  let cls = base;
  const part = <T>(schema: { safeParse(x: unknown): { success: boolean; data?: T } }, value: unknown): T | undefined => {
    const r = schema.safeParse(value);
    return r.success ? r.data : undefined;
  };

  for (const item of Array.isArray(c.pending) ? c.pending : []) {
    const command = part(facilitatorCommandSchema, item);
    const r = command && command.turn === cls.state.turn ? act(cls, FACILITATOR, { kind: 'facilitate', action: command.action, reason: command.reason }, 0) : err(t('ui.votes.notAChoice'));
    if (r.ok) cls = r.value.session;
    else problems.push(t('classroom.oneDevice.commandNotKept', { reason: sentence(r.error) }));
  }

  const locked = c.locked && typeof c.locked === 'object' && !Array.isArray(c.locked) ? (c.locked as Record<string, unknown>) : {};
  for (const key of Object.keys(locked)) {
    if (!(ROLES as readonly string[]).includes(key)) problems.push(t('ui.votes.unreadable', { reason: t('ui.votes.notChoices') }));
  }
  for (const role of ROLES) {
    if (locked[role] === undefined) continue;
    const lock = part(lockSchema, locked[role]);
    let why: string | null;
    if (!lock) why = t('ui.votes.notAChoice');
    else if (cls.record.setup.seats[role] !== 'human') why = t('ui.votes.botSeat', { role: roleName(role) });
    else {
      const r = act(cls, teamOf(role), { kind: 'lock', decision: lock.decision, ...(lock.proposal ? { proposal: lock.proposal } : {}) }, lock.at);
      why = r.ok ? null : r.error;
      if (r.ok) cls = r.value.session;
    }
    if (why !== null) problems.push(t('ui.votes.notKept', { role: roleName(role), reason: sentence(why) }));
  }

  // The rest is the class's own bookkeeping: kept where it is of the form the class keeps it in.
  const relockIn = c.relock && typeof c.relock === 'object' && !Array.isArray(c.relock) ? (c.relock as Record<string, unknown>) : {};
  const relock = { ...cls.record.relock };
  for (const role of ROLES) {
    const r = part(relockSchema, relockIn[role]);
    if (r && !cls.record.locked[role]) relock[role] = r;
  }
  const timer = c.timer === null ? null : part(timerSchema, c.timer) ?? null;
  const talk = part(talkStateSchema, c.talk) ?? cls.record.talk;
  const paused = c.paused === true;
  const seq = typeof c.seq === 'number' && Number.isInteger(c.seq) && c.seq >= 0 ? Math.max(c.seq, cls.record.seq) : cls.record.seq;
  cls = { ...cls, record: { ...cls.record, relock, timer, talk, paused, seq } };
  return { cls, problems };
}
