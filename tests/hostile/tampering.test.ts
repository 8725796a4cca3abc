// Trust: a replay is shown or opened only if it re-simulates to what it records, and a replay whose
// facilitator breaks the rules' bounds does not re-simulate. Every door (CLI replay and verify, a
// share link, a saved game) gives the same answer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zlibSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseReplay } from '../../engine/index.ts';
import { loadSavedGame } from '../../ui/app/persistence.ts';
import { sessionFromReplay } from '../../ui/app/session.ts';
import { replayFromLink } from '../../ui/app/shareLink.ts';
import { lines, scratch, sim } from './support/cli.ts';
import { goldenJson, NOISE_OUT_OF_BOUNDS } from './support/fixtures.ts';

const dir = scratch();

describe('`replay` verifies before it shows', () => {
  it('a replay with a tampered seed is refused up front, with where it diverges, and nothing is shown', async () => {
    writeFileSync(join(dir(), 'seed.json'), JSON.stringify({ ...goldenJson(), seed: 'golden-2' }));
    const r = await sim(dir(), ['replay', 'seed.json']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^error: seed\.json does not verify, so it is not shown: it diverges at turn 1: the state differs from the one recorded \(state hash [0-9a-f]+/)]);
  });

  it('a replay whose last state hash was changed is refused, naming the last turn', async () => {
    const replay = goldenJson();
    const last = replay.turns[replay.turns.length - 1]!;
    last.stateHash = last.stateHash.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    writeFileSync(join(dir(), 'hash.json'), JSON.stringify(replay));
    const r = await sim(dir(), ['replay', 'hash.json']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`it diverges at turn ${replay.turns.length}:`);
  });

  it('a replay whose facilitator sets shipping.noise to 5 does not verify', async () => {
    writeFileSync(join(dir(), 'noise.json'), NOISE_OUT_OF_BOUNDS);
    const [verify, replay] = await Promise.all([sim(dir(), ['verify', 'noise.json']), sim(dir(), ['replay', 'noise.json'])]);
    expect(verify.status).toBe(1);
    expect(verify.stdout.trim()).toBe('diverged at turn 2: 5 is outside what "Turn-to-turn spread of shipping" may be: a number from 0 to 1.');
    expect(replay.status).toBe(1);
    expect(replay.stdout).toBe('');
  });
});

describe('the app refuses the same replay at every door', () => {
  const parsed = () => {
    const r = parseReplay(NOISE_OUT_OF_BOUNDS);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };

  it('opened from a file or a drop (parse, then verify)', () => {
    expect(sessionFromReplay(parsed())).toEqual({ ok: false, error: expect.stringMatching(/diverges at turn 2: 5 is outside what "Turn-to-turn spread of shipping" may be/) });
  });

  it('from a share link', () => {
    let s = '';
    for (const b of zlibSync(new TextEncoder().encode(NOISE_OUT_OF_BOUNDS))) s += String.fromCharCode(b);
    const link = replayFromLink(`#replay=${btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`);
    expect(link.ok).toBe(true);
    if (link.ok) expect(sessionFromReplay(link.value).ok).toBe(false);
  });

  describe('from browser storage', () => {
    const items = new Map<string, string>();
    beforeEach(() => {
      items.clear();
      (globalThis as { window?: unknown }).window = { localStorage: { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => items.set(k, v), removeItem: (k: string) => items.delete(k) } };
    });
    afterEach(() => delete (globalThis as { window?: unknown }).window);

    it('a saved game that breaks the bounds is set aside and reported, not resumed', () => {
      items.set('kuroshio.currentGame', NOISE_OUT_OF_BOUNDS);
      const r = loadSavedGame();
      expect(r).toEqual({ kind: 'unreadable', message: expect.stringMatching(/could not be resumed: .*5 is outside what "Turn-to-turn spread of shipping" may be/) });
      expect(items.get('kuroshio.unreadableGame')).toBe(NOISE_OUT_OF_BOUNDS);
    });
  });
});
