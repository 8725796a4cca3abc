/**
 * Taiwan's readiness matters outside an invasion too: dispersed aircraft and ships and manned air defences take less of a
 * missile strike
 * (engine/adjudicate/strikes.ts, STRIKE_EXPOSURE; BLOG §1.4). Played through the command path.
 */
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../engine/index.ts';
import { holds, playSteps, type Step } from '../law/support.ts';
import { blockade } from './support.ts';

/** Taiwan's losses to strikes over a blockade with strikes on Taiwan from turn 1, Taipei taking `readiness` (or holding) in turn 0. */
function strikeLosses(seed: string, readiness: string | null) {
  const steps: Step[] = [
    { decisions: { beijing: 'declareBlockade', ...(readiness ? { taipei: readiness } : {}) } },
    { decisions: { beijing: 'strikeTaiwan' } },
    ...holds(3),
  ];
  const played = playSteps(blockade(), seed, steps);
  const hits = played.events.flat().filter((e): e is Extract<GameEvent, { type: 'lossesInflicted' }> => e.type === 'lossesInflicted' && e.side === 'taiwan' && e.cause === 'strikesOnTaiwan');
  expect(hits.length).toBeGreaterThan(0);
  return { aircraft: hits.reduce((a, e) => a + e.aircraft, 0), casualties: hits.reduce((a, e) => a + e.casualties, 0), ground: played.last.forces.taiwanGroundStrength };
}

describe("Taiwan's readiness shelters its forces from strikes", () => {
  it('a mobilised Taiwan loses fewer aircraft, fewer people and less ground strength to the same strikes than one at normal readiness', () => {
    const seeds = Array.from({ length: 12 }, (_, i) => `shelter-${i}`);
    const total = (readiness: string | null) =>
      seeds.map((s) => strikeLosses(s, readiness)).reduce((a, x) => ({ aircraft: a.aircraft + x.aircraft, casualties: a.casualties + x.casualties, ground: a.ground + x.ground }), { aircraft: 0, casualties: 0, ground: 0 });
    const normal = total(null);
    const mobilised = total('mobilise');
    // Mobilisation takes 0.65 of a strike (0.55 once resisting fully); the dice are the same seeds, so well under 0.8.
    expect(mobilised.aircraft).toBeLessThan(0.8 * normal.aircraft);
    expect(mobilised.casualties).toBeLessThan(0.8 * normal.casualties);
    expect(mobilised.ground).toBeGreaterThan(normal.ground);
    // Raised readiness alone, short of mobilising, spares a fifth.
    const raised = total('raiseReadiness');
    expect(raised.casualties).toBeLessThan(0.85 * normal.casualties);
    expect(raised.casualties).toBeGreaterThan(mobilised.casualties);
  });
});
