import { err, ok, type FacilitatorAction, type Result, type Role } from '../types.ts';
import { lock, unlock } from './decide.ts';
import { clearTimer, facilitate, pause, resume, setSeat, setTimer, withdrawPending } from './facilitate.ts';
import type { FacilitatorIntent, Intent, TeamIntent } from './intents.ts';
import { everyTeamLocked, resolveClassTurn, type Change, type DecidedBots } from './resolve.ts';
import type { ClassSession } from './session.ts';
import { answer, makeStatement, propose, sendMessage, withdraw } from './talk.ts';
import type { ClassRefusal, Participant } from './types.ts';

const TEAM_KINDS = new Set<string>(['lock', 'unlock', 'statement', 'message', 'propose', 'answer', 'withdraw']);
const isTeamIntent = (i: Intent): i is TeamIntent => TEAM_KINDS.has(i.kind);

export interface ApplyOptions {
  /**
   * Resolve the turn as soon as every team has locked in (the default, as the server plays). The
   * one-device app resolves when the facilitator asks instead, after the last team has handed the
   * device back, so the last team's choice is not revealed the moment it is made.
   */
  resolveWhenAllLocked?: boolean;
  /** Bots' choices worked out elsewhere, for a turn this intent resolves (resolve.ts). */
  decided?: DecidedBots;
}

/**
 * The one way a class changes: an intent from a participant at time `now`, checked against the
 * class and the engine's rules, gives the new session and what happened, or a refusal that changes
 * nothing. When every team has locked in (and the game is not paused) the turn resolves at once.
 */
export function applyIntent(s: ClassSession, who: Participant, intent: Intent, now: number, options: ApplyOptions = {}): Result<Change, ClassRefusal> {
  if (s.state.outcome) return err({ code: 'gameOver', outcome: s.state.outcome });
  let r: Result<Change, ClassRefusal>;
  if (who.kind === 'team') {
    if (!isTeamIntent(intent)) return err({ code: 'notAllowed', intent: intent.kind });
    if (s.record.paused) return err({ code: 'paused' });
    r = teamIntent(s, who.role, intent, now);
  } else {
    if (isTeamIntent(intent)) return err({ code: 'notAllowed', intent: intent.kind });
    r = facilitatorIntent(s, intent, now, options.decided);
  }
  if (!r.ok) return r;
  let { session, events } = r.value;
  session = { ...session, record: { ...session.record, seq: s.record.seq + 1 } };
  if ((options.resolveWhenAllLocked ?? true) && !session.record.paused && everyTeamLocked(session.record)) {
    const resolved = resolveClassTurn(session, now, options.decided);
    if (!resolved.ok) return resolved;
    ({ session } = resolved.value);
    events = [...events, ...resolved.value.events];
  }
  return ok({ session, events });
}

function teamIntent(s: ClassSession, role: Role, intent: TeamIntent, now: number): Result<Change, ClassRefusal> {
  switch (intent.kind) {
    case 'lock': return lock(s, role, intent.decision, intent.proposal, now);
    case 'unlock': return unlock(s, role);
    case 'statement': return makeStatement(s, role, intent.text, now);
    case 'message': return sendMessage(s, role, intent.to, intent.text, now);
    case 'propose': return propose(s, role, intent.to, intent.terms, intent.note, now);
    case 'answer': return answer(s, role, intent.proposal, intent.accept, now);
    case 'withdraw': return withdraw(s, role, intent.proposal, now);
  }
}

function facilitatorIntent(s: ClassSession, intent: FacilitatorIntent, now: number, decided?: DecidedBots): Result<Change, ClassRefusal> {
  switch (intent.kind) {
    // The schema checks the action's shape; the engine checks its names (indicators, flags, parameters).
    case 'facilitate': return facilitate(s, intent.action as FacilitatorAction, intent.reason);
    case 'withdrawPending': return withdrawPending(s, intent.index);
    case 'pause': return pause(s, now);
    case 'resume': return resume(s, now);
    case 'setTimer': return setTimer(s, intent.seconds, intent.holdAtZero, now);
    case 'clearTimer': return clearTimer(s);
    case 'resolve': return resolveClassTurn(s, now, decided);
    case 'setSeat': return setSeat(s, intent.role, intent.seat);
  }
}
