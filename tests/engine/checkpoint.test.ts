/**
 * The invasion judged like the published games: a game still running four weeks after the landings is a
 * stalemate trending one way, recorded in the state and told in the turn's events; what follows is extrapolation.
 */
import { describe, expect, it } from 'vitest';
import { verdictAtCheckpoint } from '../../engine/index.ts';
import { playSteps, type Step } from '../law/support.ts';
import { scenarioOf } from './support.ts';

const invasion = scenarioOf('invasion', 'base');
const turnsToCheckpoint = Math.ceil(invasion.checkpointDays! / invasion.turnDays) + 1;

describe('the checkpoint at D+28 (VERMILION: most games lasted three to four weeks)', () => {
  it('a Taiwan left alone, the lodgment growing: the stalemate trends toward Beijing, four weeks after the landings', () => {
    const steps: Step[] = [{ decisions: { beijing: 'launchInvasion' } }, ...Array.from({ length: turnsToCheckpoint }, () => ({}))];
    const g = playSteps(invasion, 'alone', steps);
    const at = g.states.findIndex((s) => s.checkpoint !== null);
    expect(at).toBeGreaterThan(0);
    const s = g.states[at]!;
    expect(s.invasionFromDay).not.toBeNull();
    expect(s.checkpoint!.day - s.invasionFromDay!).toBeGreaterThanOrEqual(28);
    expect(s.checkpoint!.day - s.invasionFromDay!).toBeLessThan(28 + invasion.turnDays);
    expect(s.checkpoint!.trend).toBe('towardBeijing');
    expect(g.events[at - 1]!.some((e) => e.type === 'checkpointReached')).toBe(true);
    // Recorded once: the turns after it are the model's extrapolation.
    expect(g.events.flat().filter((e) => e.type === 'checkpointReached')).toHaveLength(1);
  });

  it('a lodgment whose fleet is sunk to a remnant, against a Taiwan resisting fully: the stalemate trends toward Taiwan', () => {
    // The facilitator holds the fleet at 30% each turn: too little to supply the lodgment, enough that it does not collapse.
    const remnant = { facilitator: [{ kind: 'setForce', force: 'amphibiousFleetPct', value: 30 } as const] };
    const steps: Step[] = [
      // A leadership facing defeat may use a nuclear weapon (extremes.ts); this test is about the ground war.
      { decisions: { beijing: 'launchInvasion', taipei: 'mobilise' }, facilitator: [{ kind: 'setParameter', path: 'combat.nuclearUseChanceWhenLosing', value: 0 }] },
      { ...remnant, decisions: { taipei: 'resistFully' } },
      ...Array.from({ length: turnsToCheckpoint }, () => remnant),
    ];
    const g = playSteps(invasion, 'remnant', steps);
    const s = g.states.find((x) => x.checkpoint !== null);
    expect(s?.checkpoint?.trend).toBe('towardTaiwan');
  });

  it('no checkpoint without an invasion, or in a scenario without one', () => {
    const g = playSteps(invasion, 'no-landing', Array.from({ length: turnsToCheckpoint }, () => ({})));
    expect(g.last.checkpoint).toBeNull();
    const blockade = scenarioOf('blockade', 'base');
    expect(blockade.checkpointDays).toBeNull();
  });

  it('a game still running at the checkpoint is judged a stalemate with its trend; any other by its ending', () => {
    expect(verdictAtCheckpoint('prcDecisiveDefeat', 1)).toBe('stalemateTowardBeijing');
    expect(verdictAtCheckpoint('prcVictory', -1)).toBe('stalemateTowardTaiwan');
    expect(verdictAtCheckpoint('prcDecisiveDefeat', null)).toBe('prcDecisiveDefeat');
  });
});
