import { applyFacilitator } from '../facilitator.ts';
import { err, ok, type Actor, type FacilitatorAction, type FacilitatorCommand, type Result, type Role } from '../types.ts';
import { expiredTimer, isDue, newTimer, pauseTimer, resumeTimer } from './clock.ts';
import { changed, recheckLocks, withPending } from './decide.ts';
import type { ClassRecord } from './record.ts';
import { resolveClassTurn, type Change, type DecidedBots } from './resolve.ts';
import { teamsOf, type ClassSession } from './session.ts';
import type { ClassEvent, ClassRefusal } from './types.ts';

/**
 * The facilitator's command for the coming turn, checked by the engine now and applied to what the
 * teams see at once. A deck inject the scenario plays at most once cannot be played twice. Locked
 * choices stay locked unless the new situation closes them.
 */
export function facilitate(s: ClassSession, action: FacilitatorAction, reason: string): Result<Change, ClassRefusal> {
  const { record, scenario } = s;
  if (action.kind === 'inject') {
    const inject = scenario.injects.find((i) => i.id === action.injectId);
    if (inject?.once && s.situation.state.injectsPlayed.includes(inject.id)) return err({ code: 'injectPlayed', inject: inject.id });
  }
  const cmd: FacilitatorCommand = { turn: s.state.turn, action, reason: reason.trim() };
  const pending = [...record.pending, cmd];
  const checked = applyFacilitator(scenario, s.state, pending);
  if (!checked.ok) return err({ code: 'engine', refusal: checked.error });
  return repending(s, { ...record, pending }, (news) => ({ type: 'facilitatorActed', action: action.kind, news }));
}

/** Take back a pending command; the situation is worked out again without it. */
export function withdrawPending(s: ClassSession, index: number): Result<Change, ClassRefusal> {
  if (index >= s.record.pending.length) return err({ code: 'noSuchPending', index });
  const pending = s.record.pending.filter((_, i) => i !== index);
  return repending(s, { ...s.record, pending }, () => ({ type: 'pendingWithdrawn', index }));
}

function repending(s: ClassSession, record: ClassRecord, event: (news: ClassSession['situation']['events']) => ClassEvent): Result<Change, ClassRefusal> {
  const before = s.situation.events.length;
  const next = withPending(s, record);
  if (!next.ok) return next;
  // What the teams see of it: the game's events it made, without the facilitator's own note.
  const news = next.value.situation.events.slice(before).filter((e) => e.type !== 'facilitatorAction');
  const rechecked = recheckLocks(next.value);
  return ok({ session: rechecked.session, events: [event(news), ...rechecked.events] });
}

export function pause(s: ClassSession, now: number): Result<Change, ClassRefusal> {
  if (s.record.paused) return err({ code: 'alreadyPaused' });
  const timer = s.record.timer && pauseTimer(s.record.timer, now);
  return ok(changed(s, { ...s.record, paused: true, timer }, [{ type: 'paused' }]));
}

export function resume(s: ClassSession, now: number): Result<Change, ClassRefusal> {
  if (!s.record.paused) return err({ code: 'notPaused' });
  const timer = s.record.timer && resumeTimer(s.record.timer, now);
  return ok(changed(s, { ...s.record, paused: false, timer }, [{ type: 'resumed' }]));
}

export function setTimer(s: ClassSession, seconds: number, holdAtZero: boolean, now: number): Result<Change, ClassRefusal> {
  const timer = newTimer(seconds * 1000, holdAtZero, s.record.paused, now);
  return ok(changed(s, { ...s.record, timer }, [{ type: 'timerSet', timer }]));
}

export function clearTimer(s: ClassSession): Result<Change, ClassRefusal> {
  if (!s.record.timer) return err({ code: 'noTimer' });
  return ok(changed(s, { ...s.record, timer: null }, [{ type: 'timerCleared' }]));
}

/** Hand a seat to a bot (its team's locked choice is dropped) or back to a team of people. */
export function setSeat(s: ClassSession, role: Role, seat: Actor): Result<Change, ClassRefusal> {
  const { record } = s;
  if (record.setup.seats[role] === seat) return err({ code: 'seatUnchanged', role, seat });
  const seats = { ...record.setup.seats, [role]: seat };
  if (!teamsOf({ ...record, setup: { ...record.setup, seats } }).length) return err({ code: 'noTeams' });
  const { [role]: _l, ...locked } = record.locked;
  const { [role]: _r, ...relock } = record.relock;
  const next = seat === 'human' ? { ...record, setup: { ...record.setup, seats } } : { ...record, setup: { ...record.setup, seats }, locked, relock };
  return ok(changed(s, next, [{ type: 'seatChanged', role, seat }]));
}

/**
 * The timer reached zero (the caller's wake-up at its deadline, or a class loaded after it): say so,
 * and if the facilitator chose to hold undecided teams at zero, resolve the turn. Null if not due.
 */
export function expireTimer(s: ClassSession, now: number, decided?: DecidedBots): Result<Change, ClassRefusal> | null {
  const timer = s.record.timer;
  if (s.record.paused || s.state.outcome || !isDue(timer, now)) return null;
  const expired = changed(s, { ...s.record, timer: expiredTimer(timer), seq: s.record.seq + 1 }, [{ type: 'timeUp', holdAtZero: timer.holdAtZero }]);
  if (!timer.holdAtZero) return ok(expired);
  const resolved = resolveClassTurn(expired.session, now, decided);
  return resolved.ok ? ok({ session: resolved.value.session, events: [...expired.events, ...resolved.value.events] }) : resolved;
}
