// The strategist seats decided off the page's thread (ui/workers/strategist.ts, ui/app/strategists.ts): the
// choices the worker works out, handed to the turn's resolution, play the very turn the engine plays when it
// asks the strategists itself. The worker's code is run directly here, without a DOM.
import { describe, expect, it } from 'vitest';
import { stateHash, type Seats } from '../../engine/index.ts';
import { expireTimer, type ClassSession } from '../../engine/classroom/index.ts';
import { act, classFor, FACILITATOR, teamOf } from '../../ui/app/localClass.ts';
import { startSession } from '../../ui/app/session.ts';
import { strategistChoices, strategistRoles } from '../../ui/workers/strategist.ts';

function classOf(seats: Seats, scenarioId = 'blockade', variant = 'base'): ClassSession {
  const s = startSession({ scenarioId, variant, seed: 'strategist-worker', seats });
  if (!s.ok) throw new Error(s.error);
  const c = classFor(s.value);
  if (!c.ok) throw new Error(c.error);
  return c.value;
}

const resolve = (cls: ClassSession, decided = {}): ClassSession => {
  const r = act(cls, FACILITATOR, { kind: 'resolve' }, 1_000, decided);
  if (!r.ok) throw new Error(r.error);
  return r.value.session;
};

describe('strategists decided in a worker', () => {
  it('resolve every turn of a game as the engine does when it asks them itself', () => {
    const seats: Seats = { beijing: 'bot:strategist', taipei: 'bot:cautious', tokyo: 'human', washington: 'bot:strategist' };
    let ours = classOf(seats);
    let engine = classOf(seats);
    expect(strategistRoles(seats)).toEqual(['beijing', 'washington']);
    for (let turn = 0; turn < 4 && !ours.state.outcome; turn++) {
      const decided = strategistChoices({ scenario: ours.scenario, state: ours.situation.state, seats: ours.record.setup.seats });
      expect(Object.keys(decided).sort()).toEqual(['beijing', 'washington']);
      ours = resolve(ours, decided);
      engine = resolve(engine);
      expect(ours.record.turns.at(-1)).toEqual(engine.record.turns.at(-1));
      expect(stateHash(ours.state)).toBe(stateHash(engine.state));
    }
  });

  it("are used only for the seats their bots still hold, and for a timer's zero too", () => {
    const seats: Seats = { beijing: 'bot:strategist', taipei: 'bot:cautious', tokyo: 'human', washington: 'bot:cautious' };
    const cls = classOf(seats);
    // A choice offered for a seat a person holds, or a bot of another kind, is not taken: that seat decides as it would.
    const played = resolve(cls, { tokyo: { decision: 'orderEvacuation', by: 'bot:strategist' }, taipei: { decision: 'raiseReadiness', by: 'bot:strategist' } });
    expect(played.record.turns[0]!.commands).toEqual(resolve(cls).record.turns[0]!.commands);
    // With a timer that holds undecided teams at zero, the turn resolves at zero with the strategists' choices.
    const timed = act(cls, FACILITATOR, { kind: 'setTimer', seconds: 60, holdAtZero: true }, 0);
    if (!timed.ok) throw new Error(timed.error);
    const decided = strategistChoices({ scenario: cls.scenario, state: timed.value.session.situation.state, seats });
    const expired = expireTimer(timed.value.session, 61_000, decided);
    const plain = expireTimer(timed.value.session, 61_000);
    if (!expired?.ok || !plain?.ok) throw new Error('the timer did not resolve the turn');
    expect(expired.value.session.record.turns[0]).toEqual(plain.value.session.record.turns[0]);
    expect(expired.value.session.record.turns[0]!.commands.find((c) => c.role === 'beijing')!.by).toBe('bot:strategist');
  });

  it('lock-ins leave the situation the strategists decide from as it was', () => {
    const seats: Seats = { beijing: 'bot:strategist', taipei: 'human', tokyo: 'human', washington: 'bot:cautious' };
    const cls = classOf(seats);
    const r = act(cls, teamOf('tokyo'), { kind: 'lock', decision: 'hold' }, 500);
    if (!r.ok) throw new Error(r.error);
    expect(stateHash(r.value.session.situation.state)).toBe(stateHash(cls.situation.state));
  });
});
