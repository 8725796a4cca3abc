import type { Timer } from './record.ts';

// The turn timer as data: a deadline while it runs, the time left while paused. The caller passes
// the time in; the server arms its own wake-up at `deadline` and then calls expireTimer.

export function newTimer(durationMs: number, holdAtZero: boolean, paused: boolean, now: number): Timer {
  return { durationMs, holdAtZero, deadline: paused ? null : now + durationMs, remainingMs: durationMs, expired: false };
}

/** The timer for a new turn: the same length, from the start. */
export const restartTimer = (t: Timer, paused: boolean, now: number): Timer => newTimer(t.durationMs, t.holdAtZero, paused, now);

/** Time left, in milliseconds. */
export function remainingMs(t: Timer, now: number): number {
  if (t.expired) return 0;
  return t.deadline === null ? t.remainingMs : Math.max(0, t.deadline - now);
}

export function pauseTimer(t: Timer, now: number): Timer {
  return t.deadline === null ? t : { ...t, deadline: null, remainingMs: remainingMs(t, now) };
}

export function resumeTimer(t: Timer, now: number): Timer {
  return t.expired || t.deadline !== null ? t : { ...t, deadline: now + t.remainingMs };
}

/** Whether the timer has reached zero by `now` and has not yet been marked so. */
export const isDue = (t: Timer | null, now: number): t is Timer => !!t && !t.expired && t.deadline !== null && now >= t.deadline;

export const expiredTimer = (t: Timer): Timer => ({ ...t, deadline: null, remainingMs: 0, expired: true });
