/**
 * Beijing's ladder and its ways down, through engine/machines/index.ts over every reachable state of
 * the model and along explicit sequences. In the sequences each event carries the facts Beijing's
 * own track implies (its coercion and strikes), as the engine's factsOf would compute them.
 */
import { describe, expect, it } from 'vitest';
import { advance, openDecisions } from '../../engine/machines/index.ts';

import { FACTS, WORLD_NAMES, describePath, explore, factsFor, play, regionOf, type Reached, type World } from './model.ts';
import type { TrackValue } from './model.ts';

const beijing = () => explore('beijing').reached;
const where = (r: Reached) => `${r.key} (via ${describePath(r)})`;
const CAMPAIGNS = ['blockade', 'amphibiousInvasion'];

/** The world as Beijing's own track makes it. */
function ownWorld(value: TrackValue, extra: Partial<World> = {}): World {
  return { coercion: regionOf(value, 'coercion'), strikes: regionOf(value, 'missileStrikes') as World['strikes'], ...extra };
}

/** Plays Beijing's decisions, each with the facts its track implies at that moment. */
function playConsistently(decisions: string[], extra: Partial<World> = {}): TrackValue {
  let value = play('beijing', []);
  for (const d of decisions) value = play('beijing', [[d, ownWorld(value, extra)]], value);
  return value;
}

describe('Beijing: missile strikes', () => {
  it("a ceasefire ends Beijing's missile strikes", () => {
    const striking = beijing().filter((r) => CAMPAIGNS.includes(regionOf(r.value, 'coercion')) && regionOf(r.value, 'missileStrikes') !== 'none');
    expect(striking.length).toBeGreaterThan(0);
    for (const r of striking) {
      for (const w of WORLD_NAMES) {
        expect(openDecisions('beijing', r.value, FACTS[w]), where(r)).toContain('declareCeasefire');
        expect(advance('beijing', r.value, 'declareCeasefire', FACTS[w]), `${where(r)} @${w}`).toMatchObject({ coercion: 'ceasefire', missileStrikes: 'none' });
      }
    }

    const invading = playConsistently(['holdLargeScaleExercise', 'launchInvasion', 'strikeTaiwan', 'strikeAlliedBases']);
    expect(invading).toMatchObject({ coercion: 'amphibiousInvasion', missileStrikes: 'alsoOnAlliedBases' });
    const ceasefire = playConsistently(['holdLargeScaleExercise', 'launchInvasion', 'strikeTaiwan', 'strikeAlliedBases', 'declareCeasefire']);
    expect(ceasefire).toMatchObject({ coercion: 'ceasefire', missileStrikes: 'none' });
    // With the facts of a ceasefire, strikes cannot resume short of resuming the blockade.
    expect(openDecisions('beijing', ceasefire, factsFor(ownWorld(ceasefire)))).not.toContain('strikeTaiwan');
    const resumed = playConsistently(['holdLargeScaleExercise', 'launchInvasion', 'declareCeasefire', 'resumeBlockade']);
    expect(openDecisions('beijing', resumed, factsFor(ownWorld(resumed)))).toContain('strikeTaiwan');
  });

  it('missile strikes need a blockade or invasion under way', () => {
    const violations: string[] = [];
    for (const r of beijing()) {
      for (const w of WORLD_NAMES) {
        const open = openDecisions('beijing', r.value, FACTS[w]).filter((d) => d === 'strikeTaiwan' || d === 'strikeAlliedBases');
        const campaign = ['blockade', 'amphibiousInvasion'].includes(regionOf(r.value, 'coercion'));
        if (open.length && !campaign) violations.push(`${open.join(', ')} open in ${where(r)} @${w}`);
      }
    }
    expect(violations).toEqual([]);
    for (const coercion of ['peacetimePressure', 'grayZone', 'largeScaleExercise', 'quarantine']) {
      const r = beijing().find((x) => regionOf(x.value, 'coercion') === coercion && regionOf(x.value, 'missileStrikes') === 'none');
      expect(r, coercion).toBeDefined();
      if (r) expect(openDecisions('beijing', r.value, factsFor({ coercion })), coercion).not.toContain('strikeTaiwan');
    }
  });

  // Easing a blockade to a quarantine ends its strikes too, so no way down leaves strikes running.
  it('missile strikes stop when Beijing steps down from a blockade', () => {
    const backToPeacetime = playConsistently(['holdLargeScaleExercise', 'declareBlockade', 'strikeTaiwan', 'easeToQuarantine', 'standDown', 'standDown']);
    expect(regionOf(backToPeacetime, 'coercion')).toBe('peacetimePressure');
    expect(regionOf(backToPeacetime, 'missileStrikes')).toBe('none');
  });
});

describe('Beijing: the ladder', () => {
  it('no invasion where the scenario rules it out', () => {
    const violations: string[] = [];
    for (const r of beijing()) {
      for (const w of WORLD_NAMES) {
        if (!FACTS[w].invasionFeasible && openDecisions('beijing', r.value, FACTS[w]).includes('launchInvasion')) violations.push(`${where(r)} @${w}`);
      }
    }
    expect(violations).toEqual([]);
    const exercise = playConsistently(['holdLargeScaleExercise']);
    expect(openDecisions('beijing', exercise, FACTS.exerciseInvasionInfeasible)).not.toContain('launchInvasion');
    expect(openDecisions('beijing', exercise, FACTS.exercise)).toContain('launchInvasion');
  });

  it('a settlement takes Taipei at the table, and is final', () => {
    const ceasefire = playConsistently(['holdLargeScaleExercise', 'declareBlockade', 'declareCeasefire']);
    expect(openDecisions('beijing', ceasefire, factsFor(ownWorld(ceasefire)))).not.toContain('agreeSettlement');
    // Talking is not enough: Taipei must have put terms on the table for Beijing to accept.
    expect(openDecisions('beijing', ceasefire, factsFor(ownWorld(ceasefire, { taipeiStance: 'negotiating' })))).not.toContain('agreeSettlement');
    const settled = play('beijing', [['agreeSettlement', ownWorld(ceasefire, { taipeiStance: 'negotiating', offerBy: 'taipei' })]], ceasefire);
    expect(regionOf(settled, 'coercion')).toBe('negotiatedSettlement');

    for (const r of beijing().filter((x) => regionOf(x.value, 'coercion') === 'negotiatedSettlement')) {
      for (const w of WORLD_NAMES) {
        for (const d of openDecisions('beijing', r.value, FACTS[w])) {
          expect(regionOf(advance('beijing', r.value, d, FACTS[w]), 'coercion'), `${d}@${w} from ${where(r)}`).toBe('negotiatedSettlement');
        }
      }
    }
  });
});
