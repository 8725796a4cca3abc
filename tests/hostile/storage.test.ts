// Browser storage is outside input too (another tab, an extension, a person with devtools): what
// cannot be read is set aside with a message, and never stops the page or loses good content.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSavedGame, saveGame, saveTurn } from '../../ui/app/persistence.ts';
import { classFor } from '../../ui/app/localClass.ts';
import { facilitate, playTurn, startSession, type Session } from '../../ui/app/session.ts';
import { RAW_CONTROL } from './support/cli.ts';
import { goldenText } from './support/fixtures.ts';

const items = new Map<string, string>();
beforeEach(() => {
  items.clear();
  (globalThis as { window?: unknown }).window = { localStorage: { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => items.set(k, v), removeItem: (k: string) => items.delete(k) } };
});
afterEach(() => delete (globalThis as { window?: unknown }).window);

function game(): Session {
  const s = startSession({ scenarioId: 'blockade', variant: 'base', seed: 'stored', seats: { beijing: 'bot:hawkish', taipei: 'human', tokyo: 'human', washington: 'bot:cautious' } });
  if (!s.ok) throw new Error(s.error);
  const r = playTurn(s.value, {});
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function setAside(text: string): string {
  items.set('kuroshio.currentGame', text);
  const r = loadSavedGame();
  expect(r.kind).toBe('unreadable');
  expect(items.get('kuroshio.unreadableGame')).toBe(text);
  return r.kind === 'unreadable' ? r.message : '';
}

describe('a saved game that cannot be read', () => {
  it('with escape sequences is reported visibly', () => {
    expect(setAside('\x1b[2J\x1b[H{"format"')).not.toMatch(RAW_CONTROL);
  });

  it('larger than a replay may be is reported with the limit', () => {
    expect(setAside(goldenText().replace('"seed"', `"x": "${'y'.repeat(6_000_000)}", "seed"`))).toMatch(/larger than the 5 MB a replay may be/);
  });

  it('nested deep is reported with where, without throwing', () => {
    expect(setAside('['.repeat(500_000))).toMatch(/at line 1, column 65: expected objects and arrays nested at most 64 deep/);
  });
});

describe("the facilitator's pending commands in storage", () => {
  it('a malformed entry is dropped and the good ones around it are kept', () => {
    const g = game();
    saveGame(g);
    const good = (i: number) => ({ turn: g.state.turn, action: { kind: 'setIndicator', indicator: 'dietSupport', value: 40 + i }, reason: `poll ${i}` });
    // The turn in progress is stored with the class's pending commands; each is given again when read.
    const cls = classFor(g);
    if (!cls.ok) throw new Error(cls.error);
    saveTurn(cls.value);
    const stored = JSON.parse(items.get('kuroshio.turnInProgress')!);
    stored.class.pending = [
      { turn: g.state.turn, action: { kind: 'customInject', headline: 'Storm', effects: 'not a list' }, reason: 'broken' },
      good(1),
      { turn: g.state.turn, action: { kind: 'setParameter', path: 'shipping.noise', value: 5 }, reason: 'out of bounds' },
      { turn: g.state.turn, action: { kind: 'setParameter', path: 'constructor.prototype', value: 1 }, reason: 'not a parameter' },
      good(2),
    ];
    items.set('kuroshio.turnInProgress', JSON.stringify(stored));
    const r = loadSavedGame();
    expect(r.kind).toBe('game');
    if (r.kind !== 'game') return;
    expect(r.session.pending.map((c) => c.reason)).toEqual(['poll 1', 'poll 2']);
    expect(r.cls.record.pending.map((c) => c.reason)).toEqual(['poll 1', 'poll 2']);
    // Each one dropped is named, and the text as stored is kept aside.
    expect(r.problems).toHaveLength(3);
    expect(items.get('kuroshio.unreadableTurn')).toContain('constructor.prototype');
  });
});

describe('what the console accepts, storage gives back', () => {
  it('a facilitator reason or headline the engine accepts always survives a save and a reload', () => {
    const g = game();
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), (reason, headline) => {
      const given = facilitate(g, { kind: 'customInject', headline, effects: [] }, reason);
      if (!given.ok) return true;
      const played = playTurn(given.value, {});
      if (!played.ok) return false;
      saveGame(played.value);
      return loadSavedGame().kind === 'game';
    }), { numRuns: 60 });
  });

  it('a reason with an invisible character is refused when given, with why, not later when the game is reloaded', () => {
    expect(facilitate(game(), { kind: 'raiseFlag', flag: 'japanAttacked' }, 'drills​')).toEqual({ ok: false, error: 'The reason may not contain control or invisible characters (character 7 is \\u{200b}).' });
  });
});
