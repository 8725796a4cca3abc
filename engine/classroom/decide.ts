import { factsOf } from '../facts.ts';
import { explainDecision } from '../machines/explain.ts';
import { decisionsOf, isOpen } from '../machines/index.ts';
import { HOLD } from '../tracks.ts';
import { validateCommands } from '../resolveTurn.ts';
import { err, ok, ROLES, type Command, type Proposal, type Result, type Role } from '../types.ts';
import type { ClassRecord } from './record.ts';
import type { Change } from './resolve.ts';
import { derive, type ClassSession } from './session.ts';
import type { ClassEvent, ClassRefusal } from './types.ts';

/**
 * A team locks in a decision open to it in the situation it sees; locking again changes it. A
 * settlement proposal carries its terms, checked now by the engine as the turn's command will be.
 */
export function lock(s: ClassSession, role: Role, decision: string, proposal: Proposal | undefined, now: number): Result<Change, ClassRefusal> {
  const { record, scenario } = s;
  const state = s.situation.state;
  if (record.setup.seats[role] !== 'human') return err({ code: 'seatIsBot', role });
  if (decision !== HOLD && !decisionsOf(role).includes(decision)) return err({ code: 'notADecision', decision });
  const facts = factsOf(state, scenario.legal);
  const track = state.tracks[role];
  if (!isOpen(role, track, decision, facts)) return err({ code: 'closed', role, decision, why: explainDecision(role, track, decision, facts) });
  const mine: Command = { turn: state.turn, role, decision, by: 'human', ...(proposal ? { proposal } : {}) };
  const checked = validateCommands(scenario, state, ROLES.map((r): Command => (r === role ? mine : { turn: state.turn, role: r, decision: HOLD, by: 'human' })));
  if (!checked.ok) return err({ code: 'engine', refusal: checked.error });
  const { [role]: _done, ...relock } = record.relock;
  const locked = { decision, at: now, ...(proposal ? { proposal } : {}) };
  return ok(changed(s, { ...record, locked: { ...record.locked, [role]: locked }, relock }, [{ type: 'locked', role }]));
}

export function unlock(s: ClassSession, role: Role): Result<Change, ClassRefusal> {
  if (!s.record.locked[role]) return err({ code: 'notLocked' });
  const { [role]: _gone, ...locked } = s.record.locked;
  return ok(changed(s, { ...s.record, locked }, [{ type: 'unlocked', role }]));
}

/**
 * After the situation changed (a facilitator's command given or withdrawn, a seat handed over):
 * locked choices still open are kept; each one now closed is released, and the team is told to
 * decide again and why.
 */
export function recheckLocks(s: ClassSession): Change {
  const facts = factsOf(s.situation.state, s.scenario.legal);
  const locked = { ...s.record.locked };
  const relock = { ...s.record.relock };
  const events: ClassEvent[] = [];
  for (const role of ROLES) {
    const l = locked[role];
    const track = s.situation.state.tracks[role];
    if (!l || isOpen(role, track, l.decision, facts)) continue;
    const why = explainDecision(role, track, l.decision, facts);
    delete locked[role];
    relock[role] = { decision: l.decision, why };
    events.push({ type: 'mustDecideAgain', role, decision: l.decision, why });
  }
  return events.length ? changed(s, { ...s.record, locked, relock }, events) : { session: s, events };
}

/** A session with a new record whose log and pending commands are those of `s` (no refold). */
export const changed = (s: ClassSession, record: ClassRecord, events: ClassEvent[]): Change => ({
  session: { ...s, record },
  events,
});

/** A session with new pending commands: the situation is worked out again. */
export function withPending(s: ClassSession, record: ClassRecord): Result<ClassSession, ClassRefusal> {
  const d = derive(s.scenario, record, s.state, s.lastTurn);
  if (d.ok) return d;
  return err(d.error.code === 'pendingRefused' ? { code: 'engine', refusal: d.error.refusal } : { code: 'notAllowed', intent: 'facilitate' });
}
