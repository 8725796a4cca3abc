import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stateHash } from '../../engine/index.ts';
import { loadSavedGame, saveGame } from '../../ui/app/persistence.ts';
import { playTurn, startSession, type Session } from '../../ui/app/session.ts';

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
