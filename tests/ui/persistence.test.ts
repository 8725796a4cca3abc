import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stateHash } from '../../engine/index.ts';
import { loadSavedGame, saveGame, saveVotes } from '../../ui/app/persistence.ts';
import { facilitate, playTurn, startSession, type Session } from '../../ui/app/session.ts';

/** A Storage stand-in whose failures the tests control. */
class FakeStorage {
  items = new Map<string, string>();
  full = false;
  getItem(k: string) { return this.items.get(k) ?? null; }
  setItem(k: string, v: string) {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(k, v);
  }
  removeItem(k: string) { this.items.delete(k); }
}

let store: FakeStorage;
beforeEach(() => {
  store = new FakeStorage();
  (globalThis as { window?: unknown }).window = { localStorage: store };
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

function game(): Session {
  const s = startSession({ scenarioId: 'quarantine', variant: 'comprehensive', seed: 'save', seats: { beijing: 'bot:hawkish', taipei: 'human', tokyo: 'bot:cautious', washington: 'bot:cautious' } });
  if (!s.ok) throw new Error(s.error);
  const r = playTurn(s.value, { taipei: 'raiseReadiness' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('the game saves itself and resumes', () => {
  it('resumes a saved game to the same state', () => {
    const g = game();
    expect(saveGame(g)).toEqual({ ok: true });
    const loaded = loadSavedGame();
    expect(loaded.kind).toBe('game');
    if (loaded.kind === 'game') expect(stateHash(loaded.session.state)).toBe(stateHash(g.state));
  });

  it('says so plainly when storage is full, and does not throw', () => {
    store.full = true;
    const r = saveGame(game());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/storage is full.*Export the replay/);
  });

  it('says so when storage is blocked', () => {
    Object.defineProperty((globalThis as unknown as { window: object }).window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    const r = saveGame(game());
    expect(r.ok).toBe(false);
    expect(loadSavedGame()).toEqual({ kind: 'none' });
  });

  it('sets a corrupt saved game aside, keeps its text, and reports it', () => {
    store.setItem('kuroshio.currentGame', '{"format":"kuroshio-replay", broken');
    const r = loadSavedGame();
    expect(r.kind).toBe('unreadable');
    expect(store.getItem('kuroshio.currentGame')).toBeNull();
    expect(store.getItem('kuroshio.unreadableGame')).toContain('broken');
  });
});

describe('seats and the facilitator survive a reload', () => {
  it('keeps who sits where even before the first turn', () => {
    const s = startSession({ scenarioId: 'blockade', variant: 'base', seed: 'seats', seats: { beijing: 'bot:hawkish', taipei: 'bot:cautious', tokyo: 'human', washington: 'human' } });
    if (!s.ok) throw new Error(s.error);
    saveGame(s.value);
    const loaded = loadSavedGame();
    expect(loaded.kind).toBe('game');
    if (loaded.kind === 'game') expect(loaded.session.setup.seats).toEqual(s.value.setup.seats);
  });
});

describe('talks survive a reload', () => {
  const OFFER = { decision: 'proposeSettlement', proposal: { terms: ['liftMeasures', 'reaffirmStatusQuo'], note: 'Ships first, then talks.' } };

  /** The blockade with people at Beijing, Taipei and Tokyo, talks open (turn 3 coming). */
  function talking(): Session {
    const s = startSession({ scenarioId: 'blockade', variant: 'base', seed: 'talks-saved', seats: { beijing: 'human', taipei: 'human', tokyo: 'human', washington: 'bot:cautious' } });
    if (!s.ok) throw new Error(s.error);
    let g = s.value;
    for (const d of [{ beijing: 'declareBlockade' }, { taipei: 'openNegotiations' }]) {
      const r = playTurn(g, d);
      if (!r.ok) throw new Error(r.error);
      g = r.value;
    }
    return g;
  }

  it('the offer on the table comes back with the game, terms and note as made', () => {
    const r = playTurn(talking(), { taipei: OFFER });
    if (!r.ok) throw new Error(r.error);
    saveGame(r.value);
    const loaded = loadSavedGame();
    expect(loaded.kind).toBe('game');
    if (loaded.kind === 'game') expect(loaded.session.state.talks.offer).toEqual({ ...OFFER.proposal, by: 'taipei', turn: 2 });
  });

  it("a team's locked-in proposal, not yet played, comes back for the same turn and is spent once the turn is played", () => {
    const g = talking();
    saveGame(g);
    expect(saveVotes(g, { taipei: OFFER, tokyo: { decision: 'hold' } })).toEqual({ ok: true });
    const loaded = loadSavedGame();
    if (loaded.kind !== 'game') throw new Error(loaded.kind);
    expect(loaded.votes).toEqual({ taipei: OFFER, tokyo: { decision: 'hold' } });
    expect(loaded.problems).toEqual([]);
    const played = playTurn(loaded.session, { ...loaded.votes, beijing: 'hold' });
    if (!played.ok) throw new Error(played.error);
    expect(played.value.state.talks.offer?.note).toBe('Ships first, then talks.');
    saveGame(played.value);
    expect(store.getItem('kuroshio.lockedInChoices')).toBeNull();
    const again = loadSavedGame();
    if (again.kind === 'game') expect(again.votes).toEqual({});
  });

  it('choices locked in before a facilitator acted are spent: they were made in another situation', () => {
    const g = talking();
    saveGame(g);
    saveVotes(g, { taipei: OFFER });
    const f = facilitate(g, { kind: 'setIndicator', indicator: 'dietSupport', value: 70 }, 'a poll');
    if (!f.ok) throw new Error(f.error);
    saveGame(f.value);
    const loaded = loadSavedGame();
    if (loaded.kind !== 'game') throw new Error(loaded.kind);
    expect(loaded.session.pending).toHaveLength(1);
    expect(loaded.votes).toEqual({});
    expect(loaded.problems).toEqual([]);
  });

  it('a stored proposal the engine would refuse is named with the reason and set aside; the other choices and the game are kept', () => {
    const g = talking();
    saveGame(g);
    saveVotes(g, { taipei: OFFER, tokyo: { decision: 'hold' } });
    const stored = JSON.parse(store.getItem('kuroshio.lockedInChoices')!);
    stored.decided.taipei.proposal.note = 'hidden\u202eevil';
    const text = JSON.stringify(stored);
    store.setItem('kuroshio.lockedInChoices', text);
    const loaded = loadSavedGame();
    if (loaded.kind !== 'game') throw new Error(loaded.kind);
    expect(stateHash(loaded.session.state)).toBe(stateHash(g.state));
    expect(loaded.votes).toEqual({ tokyo: { decision: 'hold' } });
    expect(loaded.problems).toEqual([
      "The Taipei team's locked-in choice was not kept: The note may not contain control or invisible characters (character 7 is \\u{202e}). That team chooses again.",
    ]);
    expect(store.getItem('kuroshio.unreadableChoices')).toBe(text);
    expect(JSON.parse(store.getItem('kuroshio.lockedInChoices')!).decided).toEqual({ tokyo: { decision: 'hold' } });
  });

  it('stored choices that are not what the game saves are set aside whole, with a message, and the game resumes', () => {
    const g = talking();
    saveGame(g);
    const bad: [string, RegExp][] = [
      ['{"situation": broken', /could not be read \(the saved text is not valid JSON\), so they were set aside: each team chooses again\./],
      ['{"situation":{},"decided":{"moscow":{"decision":"hold"}}}', /could not be read \(they are not in the form the game saves them in\)/],
      ['[1,2,3]', /could not be read \(they are not in the form the game saves them in\)/],
    ];
    for (const [text, message] of bad) {
      store.setItem('kuroshio.lockedInChoices', text);
      const loaded = loadSavedGame();
      if (loaded.kind !== 'game') throw new Error(loaded.kind);
      expect(loaded.votes).toEqual({});
      expect(loaded.problems).toHaveLength(1);
      expect(loaded.problems[0]).toMatch(message);
      expect(store.getItem('kuroshio.unreadableChoices')).toBe(text);
      expect(store.getItem('kuroshio.lockedInChoices')).toBeNull();
    }
  });

  it('a stored choice of the wrong form, or for a seat a bot plays, is named; the choices beside it are kept', () => {
    const g = talking();
    saveGame(g);
    saveVotes(g, { tokyo: { decision: 'hold' } });
    const stored = JSON.parse(store.getItem('kuroshio.lockedInChoices')!);
    stored.decided.taipei = { decision: 'proposeSettlement', proposal: { terms: 'liftMeasures', note: '' } };
    stored.decided.washington = { decision: 'hold' };
    store.setItem('kuroshio.lockedInChoices', JSON.stringify(stored));
    const loaded = loadSavedGame();
    if (loaded.kind !== 'game') throw new Error(loaded.kind);
    expect(loaded.votes).toEqual({ tokyo: { decision: 'hold' } });
    expect(loaded.problems).toEqual([
      "The Taipei team's locked-in choice was not kept: It is not in the form the game saves a choice in. That team chooses again.",
      "The Washington team's locked-in choice was not kept: Washington is played by a bot in this game. That team chooses again.",
    ]);
  });

  it('a saved game whose recorded proposal was tampered with is set aside whole, saying where and why', () => {
    const r = playTurn(talking(), { taipei: OFFER });
    if (!r.ok) throw new Error(r.error);
    saveGame(r.value);
    const replay = JSON.parse(store.getItem('kuroshio.currentGame')!);
    const tampered: [(proposal: { terms: string[]; note: string }) => void, RegExp][] = [
      [(p) => (p.terms = ['handOverPenghu']), /It diverges at turn 3: "handOverPenghu" is not one of the terms this scenario allows\./],
      [(p) => (p.note = 'x'.repeat(501)), /at turns\.2\.commands\.1\.proposal\.note: expected/],
      [(p) => (p.note = 'bell\u0007'), /at turns\.2\.commands\.1\.proposal\.note: expected text without control or invisible characters, found the string "bell\\x07"/],
    ];
    for (const [change, message] of tampered) {
      const copy = structuredClone(replay);
      change(copy.turns[2].commands.find((c: { role: string }) => c.role === 'taipei').proposal);
      const text = JSON.stringify(copy);
      store.setItem('kuroshio.currentGame', text);
      const loaded = loadSavedGame();
      expect(loaded.kind).toBe('unreadable');
      if (loaded.kind === 'unreadable') expect(loaded.message).toMatch(message);
      expect(store.getItem('kuroshio.unreadableGame')).toBe(text);
    }
  });
});
