import { describe, expect, it } from 'vitest';
import { createGame, createReplay, fromLog, parseReplay, playGame, playTurns, resolveTurn, verifyReplay, type FacilitatorCommand, type GameState } from '../../engine/index.ts';
import { loadScenario } from '../../scenarios/catalog.ts';

const scenario = (() => {
  const s = loadScenario('blockade', 'base');
  if (typeof s === 'string') throw new Error(s);
  return s;
})();

const holds = (state: GameState) => (['beijing', 'taipei', 'tokyo', 'washington'] as const).map((role) => ({ turn: state.turn, role, decision: 'hold', by: 'bot:cautious' as const }));

describe('the facilitator (white cell)', () => {
  it('plays an inject from the deck with its effects, recorded with its reason', () => {
    const s0 = createGame(scenario, 'white-1');
    const cmd: FacilitatorCommand = { turn: 0, action: { kind: 'inject', injectId: 'lng-insurers-withdraw' }, reason: 'to raise the stakes' };
    const r = resolveTurn(scenario, s0, holds(s0), [cmd]);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.events[0]).toEqual({ type: 'facilitatorAction', action: cmd.action, reason: 'to raise the stakes' });
    expect(r.value.events.some((e) => e.type === 'injectPlayed' && e.id === 'lng-insurers-withdraw')).toBe(true);
  });

  it('overrides an adjudicated value before the roles decide, and the roles decide in that situation', () => {
    const s0 = createGame(scenario, 'white-2');
    const attack: FacilitatorCommand = { turn: 0, action: { kind: 'raiseFlag', flag: 'usForcesAttacked' }, reason: 'a US destroyer is hit in the exercise area (class scenario)' };
    // Washington could not intervene at turn 0 (no force used yet); after the override it can.
    const cmds = holds(s0).map((c) => (c.role === 'washington' ? { ...c, decision: 'intervene' } : c));
    expect(resolveTurn(scenario, s0, cmds).ok).toBe(false);
    expect(resolveTurn(scenario, s0, cmds, [attack]).ok).toBe(true);
  });

  it('changes a parameter for the rest of the game, and adjudication uses it', () => {
    const s0 = createGame(scenario, 'white-3');
    const blockade = holds(s0).map((c) => (c.role === 'beijing' ? { ...c, decision: 'declareBlockade' } : c));
    const tight: FacilitatorCommand = { turn: 0, action: { kind: 'setParameter', path: 'shipping.throughputByCoercion.blockade', value: 0 }, reason: 'the class asks: what if nothing gets through?' };
    const r = resolveTurn(scenario, s0, blockade, [tight]);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.state.paramOverrides).toEqual({ 'shipping.throughputByCoercion.blockade': 0 });
    expect(r.value.state.indicators.shippingPct).toBe(0);
  });

  it('refuses commands that name nothing real, or give no reason', () => {
    const s0 = createGame(scenario, 'white-4');
    const bad: FacilitatorCommand[] = [
      { turn: 0, action: { kind: 'inject', injectId: 'nope' }, reason: 'x' },
      { turn: 0, action: { kind: 'setParameter', path: 'shipping.nope', value: 1 }, reason: 'x' },
      { turn: 0, action: { kind: 'setIndicator', indicator: 'lngDays', value: Number.NaN }, reason: 'x' },
      { turn: 0, action: { kind: 'customInject', headline: 'x', effects: [{ indicator: 'nope' as 'lngDays', add: 1 }] }, reason: 'x' },
      { turn: 0, action: { kind: 'raiseFlag', flag: 'japanAttacked' }, reason: '  ' },
      { turn: 1, action: { kind: 'raiseFlag', flag: 'japanAttacked' }, reason: 'wrong turn' },
    ];
    for (const c of bad) expect(resolveTurn(scenario, s0, holds(s0), [c]).ok, JSON.stringify(c)).toBe(false);
  });

  it('refuses to override an indicator the turn works out afresh, saying so, instead of letting the turn silently undo it', () => {
    const s0 = createGame(scenario, 'white-recomputed');
    for (const indicator of ['shippingPct', 'energyShippingPct', 'electricityPct'] as const) {
      const set: FacilitatorCommand = { turn: 0, action: { kind: 'setIndicator', indicator, value: 100 }, reason: 'a convoy got through' };
      const r = resolveTurn(scenario, s0, holds(s0), [set]);
      expect(r.ok ? null : r.error).toEqual({ code: 'recomputedEachTurn', indicator });
      const news: FacilitatorCommand = { turn: 0, action: { kind: 'customInject', headline: 'x', effects: [{ indicator, add: 10 }] }, reason: 'x' };
      expect(resolveTurn(scenario, s0, holds(s0), [news]).ok).toBe(false);
    }
    // An override of a stock lasts: the turn works from it.
    const lng: FacilitatorCommand = { turn: 0, action: { kind: 'setIndicator', indicator: 'lngDays', value: 3 }, reason: 'a tank fire at Yong-an' };
    const r = resolveTurn(scenario, s0, holds(s0), [lng]);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.state.indicators.lngDays).toBeLessThanOrEqual(3);
  });

  it('is kept in the replay, and the replay re-simulates to the same hashes', () => {
    const game = playGame(scenario, 'white-5', { beijing: 'bot:hawkish', taipei: 'bot:cautious', tokyo: 'bot:cautious', washington: 'bot:cautious' });
    // Re-play with a written inject and an override before turn 3.
    const white: FacilitatorCommand[] = [
      { turn: 2, action: { kind: 'customInject', headline: 'Diet protest outside the Kantei', effects: [{ indicator: 'dietSupport', add: -5 }] }, reason: 'news the class wrote' },
      { turn: 2, action: { kind: 'setIndicator', indicator: 'japanPublicSupport', value: 30 }, reason: 'override: a poll the facilitator reads out' },
    ];
    const log = game.turns.slice(0, 4).map((t) => ({ commands: t.commands, facilitator: t.turn === 2 ? white : [] }));
    const played = playTurns(scenario, createGame(scenario, 'white-5'), fromLog(log));
    if (played.stopped) throw new Error(JSON.stringify(played.stopped));
    const replay = createReplay(scenario, 'white-5', played.turns, played.state);
    const parsed = parseReplay(JSON.stringify(replay));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.turns[2]!.facilitator).toHaveLength(2);
    const v = verifyReplay(parsed.value, scenario);
    expect(v.ok).toBe(true);
  });
});

describe('prior consultation', () => {
  it('lets Washington ask again after Tokyo refuses, and the new request reaches Tokyo', () => {
    const q = loadScenario('blockade', 'base');
    if (typeof q === 'string') throw new Error(q);
    const turn = (s: GameState, decisions: Partial<Record<string, string>>) => {
      const cmds = (['beijing', 'taipei', 'tokyo', 'washington'] as const).map((role) => ({ turn: s.turn, role, decision: decisions[role] ?? 'hold', by: 'human' as const }));
      const r = resolveTurn(q, s, cmds);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value.state;
    };
    let s = createGame(q, 'consult-again');
    s = turn(s, { washington: 'requestPriorConsultation' });
    s = turn(s, { tokyo: 'refuseCombatOperations' });
    expect(s.tracks.tokyo).toMatchObject({ priorConsultation: 'refused' });
    s = turn(s, { washington: 'requestPriorConsultation' });
    expect(s.tracks.tokyo).toMatchObject({ priorConsultation: 'requested' });
    s = turn(s, { tokyo: 'consentToCombatOperations' });
    expect(s.tracks.tokyo).toMatchObject({ priorConsultation: 'consented' });
  });
});
