// The one-device classroom's turn in progress (ui/app/localClass.ts): the class model of
// engine/classroom driven as the app drives it, without a server and without a DOM.
import { describe, expect, it } from 'vitest';
import { stateHash } from '../../engine/index.ts';
import { expireTimer, type ClassSession, type Intent, type Participant } from '../../engine/classroom/index.ts';
import { act, classFor, FACILITATOR, projectorView, sessionAfter, teamOf } from '../../ui/app/localClass.ts';
import { playTurn, startSession, type Session } from '../../ui/app/session.ts';

const INJECT = 'lng-insurers-withdraw';

function game(): Session {
  const s = startSession({ scenarioId: 'blockade', variant: 'base', seed: 'local-class', seats: { beijing: 'bot:cautious', taipei: 'bot:cautious', tokyo: 'human', washington: 'human' } });
  if (!s.ok) throw new Error(s.error);
  return s.value;
}

function must(cls: ClassSession, who: Participant, intent: Intent, now = 1_000): ClassSession {
  const r = act(cls, who, intent, now);
  if (!r.ok) throw new Error(r.error);
  return r.value.session;
}

function fresh(s: Session): ClassSession {
  const c = classFor(s);
  if (!c.ok) throw new Error(c.error);
  return c.value;
}

describe('the one-device turn in progress', () => {
  it('waits for the facilitator to resolve, and plays the same turn the session plays', () => {
    const s = game();
    let cls = fresh(s);
    cls = must(cls, teamOf('tokyo'), { kind: 'lock', decision: 'orderEvacuation' });
    cls = must(cls, teamOf('washington'), { kind: 'lock', decision: 'hold' });
    // Every team has locked in, yet the turn waits: the last team's choice is not revealed as it is made.
    expect(cls.record.turns).toHaveLength(0);
    cls = must(cls, FACILITATOR, { kind: 'resolve' });
    const after = sessionAfter(s, cls);
    const direct = playTurn(s, { tokyo: 'orderEvacuation', washington: 'hold' });
    if (!direct.ok) throw new Error(direct.error);
    expect(stateHash(after.state)).toBe(stateHash(direct.value.state));
    expect(after.turns).toHaveLength(1);
    // The class for the next turn, made again from the played game, is the same situation.
    expect(stateHash(fresh(after).state)).toBe(stateHash(cls.state));
  });

  it("keeps the locked choices through an inject, plays a deck inject at most once, and shows the projector nobody's choice", () => {
    let cls = must(fresh(game()), teamOf('tokyo'), { kind: 'lock', decision: 'orderEvacuation' });
    const inject: Intent = { kind: 'facilitate', action: { kind: 'inject', injectId: INJECT }, reason: 'markets first' };
    cls = must(cls, FACILITATOR, inject);
    expect(cls.record.locked.tokyo?.decision).toBe('orderEvacuation');
    const again = act(cls, FACILITATOR, inject, 2_000);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error).toBe('That inject has been played already, and the scenario plays it at most once.');
    const view = projectorView(cls, 3_000);
    expect(view.lockedIn).toEqual(['tokyo']);
    expect(JSON.stringify(view)).not.toContain('orderEvacuation');
    expect(view.news.some((e) => e.type === 'injectPlayed')).toBe(true);
  });

  it('holds the undecided teams when a timer that holds at zero runs out, and only then', () => {
    let cls = must(fresh(game()), FACILITATOR, { kind: 'setTimer', seconds: 60, holdAtZero: true }, 0);
    cls = must(cls, teamOf('tokyo'), { kind: 'lock', decision: 'orderEvacuation' }, 1_000);
    expect(expireTimer(cls, 59_000)).toBeNull();
    // Paused, the timer stands still: no resolution however late.
    const paused = must(cls, FACILITATOR, { kind: 'pause' }, 30_000);
    expect(expireTimer(paused, 10_000_000)).toBeNull();
    const r = expireTimer(cls, 60_001);
    if (!r?.ok) throw new Error('the timer did not resolve the turn');
    const turn = r.value.session.record.turns[0]!;
    expect(turn.commands.find((c) => c.role === 'tokyo')?.decision).toBe('orderEvacuation');
    expect(turn.commands.find((c) => c.role === 'washington')?.decision).toBe('hold');
    // The timer starts again for the next turn.
    expect(r.value.session.record.timer).toMatchObject({ durationMs: 60_000, holdAtZero: true, expired: false });
  });
});
