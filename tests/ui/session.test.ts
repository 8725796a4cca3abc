import { describe, expect, it } from 'vitest';
import { stateHash } from '../../engine/index.ts';
import { branchAt, playTurn, sessionFromReplay, startSession, toReplay, type Session } from '../../ui/app/session.ts';

const setup = { scenarioId: 'blockade', variant: 'base', seed: 'ui-test', seats: { beijing: 'bot:hawkish', taipei: 'bot:cautious', tokyo: 'human', washington: 'bot:cautious' } as const };

function played(turns: number): Session {
  const s = startSession({ ...setup, seats: { ...setup.seats } });
  if (!s.ok) throw new Error(s.error);
  let session = s.value;
  for (let i = 0; i < turns && !session.state.outcome; i++) {
    const r = playTurn(session, { tokyo: 'hold' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    session = r.value;
  }
  return session;
}

describe('a game session in the browser', () => {
  it('plays a person\'s decision and the bots\' through the engine, logging both as commands', () => {
    const s = played(1);
    expect(s.turns).toHaveLength(1);
    expect(s.turns[0]!.commands.find((c) => c.role === 'tokyo')).toMatchObject({ decision: 'hold', by: 'human' });
    expect(s.turns[0]!.commands.find((c) => c.role === 'beijing')!.by).toBe('bot:hawkish');
  });

  it('refuses a decision the rules close, and keeps the game as it was', () => {
    const s = played(0);
    const r = playTurn(s, { tokyo: 'orderDefenceOperation' });
    expect(r.ok).toBe(false);
    expect(s.turns).toHaveLength(0);
  });

  it('keeps the state after every turn, so travelling in time is a lookup', () => {
    const s = played(3);
    expect(s.states).toHaveLength(4);
    expect(stateHash(s.states[2]!)).toBe(s.turns[1]!.stateHash);
    expect(s.states[3]).toBe(s.state);
  });

  it('round-trips through a replay to the same final state hash, seats included', () => {
    const s = played(4);
    const back = sessionFromReplay(JSON.parse(JSON.stringify(toReplay(s))));
    if (!back.ok) throw new Error(back.error);
    expect(stateHash(back.value.session.state)).toBe(stateHash(s.state));
    expect(back.value.session.setup.seats.tokyo).toBe('human');
  });

  it('refuses a tampered replay with the turn where it diverges', () => {
    const replay = toReplay(played(4));
    replay.turns[2]!.stateHash = '0'.repeat(28);
    const r = sessionFromReplay(replay);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/It diverges at turn 3: the state differs from the one recorded/);
  });

  it('branches from a turn with a person taking over a role, keeping the turns before it', () => {
    const s = played(4);
    const b = branchAt(s, 2, 'washington');
    expect(b.turns).toHaveLength(2);
    expect(b.setup.seats.washington).toBe('human');
    expect(stateHash(b.state)).toBe(s.turns[1]!.stateHash);
    expect(playTurn(b, { tokyo: 'hold', washington: 'hold' }).ok).toBe(true);
  });
});

describe('the facilitator in a session', () => {
  it('refuses a parameter outside what the scenario format allows, and more actions than a replay holds', async () => {
    const { facilitate } = await import('../../ui/app/session.ts');
    let s = played(0);
    expect(facilitate(s, { kind: 'setParameter', path: 'shipping.noise', value: 5 }, 'too much').ok).toBe(false);
    expect(facilitate(s, { kind: 'setParameter', path: 'shipping.noise', value: 0.3 }, 'a little more friction').ok).toBe(true);
    for (let i = 0; i < 50; i++) {
      const r = facilitate(s, { kind: 'setIndicator', indicator: 'dietSupport', value: 50 }, `poll ${i}`);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      s = r.value;
    }
    const over = facilitate(s, { kind: 'setIndicator', indicator: 'dietSupport', value: 50 }, 'one more');
    expect(over.ok).toBe(false);
  });
});
