/**
 * Taipei's rules, through engine/machines/index.ts over every reachable state of the model and along
 * explicit sequences.
 */
import { describe, expect, it } from 'vitest';
import { advance, openDecisions } from '../../engine/machines/index.ts';
import { FACTS, WORLD_NAMES, describePath, explore, play, regionOf, type Reached } from './model.ts';

const taipei = () => explore('taipei').reached;
const where = (r: Reached) => `${r.key} (via ${describePath(r)})`;
const STANCE_DECISIONS = ['openNegotiations', 'breakOffNegotiations', 'accommodate'];

describe('Taipei: stance', () => {
  it("Taipei's accommodation is final", () => {
    const accommodated = taipei().filter((r) => regionOf(r.value, 'stance') === 'accommodation');
    expect(accommodated.length).toBeGreaterThan(0);
    for (const r of accommodated) {
      for (const w of WORLD_NAMES) {
        const open = openDecisions('taipei', r.value, FACTS[w]);
        expect(open.filter((d) => STANCE_DECISIONS.includes(d)), where(r)).toEqual([]);
        // A decision that is not open leaves the track unchanged, so the open ones are all to check.
        for (const d of open) {
          expect(regionOf(advance('taipei', r.value, d, FACTS[w]), 'stance'), `${d}@${w} from ${where(r)}`).toBe('accommodation');
        }
      }
    }
  });

  it('Taipei accommodates only from negotiations, and negotiates only when there is something to negotiate', () => {
    const violations: string[] = [];
    for (const r of taipei()) {
      for (const w of WORLD_NAMES) {
        const f = FACTS[w];
        const open = openDecisions('taipei', r.value, f);
        if (open.includes('accommodate') && regionOf(r.value, 'stance') !== 'negotiating') violations.push(`accommodate open in ${where(r)} @${w}`);
        if (open.includes('openNegotiations') && !(f.shippingCoerced || f.prcCeasefire)) violations.push(`openNegotiations open in ${where(r)} @${w}`);
      }
    }
    expect(violations).toEqual([]);
    const start = play('taipei', []);
    expect(openDecisions('taipei', start, FACTS.exercise)).not.toContain('openNegotiations');
    expect(play('taipei', [['openNegotiations', 'quarantine'], ['accommodate', 'quarantine']])).toMatchObject({ stance: 'accommodation' });
  });
});

describe('Taipei: defence', () => {
  it('full resistance answers an armed attack on Taiwan; standing down waits for calm', () => {
    const violations: string[] = [];
    for (const r of taipei()) {
      for (const w of WORLD_NAMES) {
        const f = FACTS[w];
        const open = openDecisions('taipei', r.value, f);
        if (open.includes('resistFully') && !f.taiwanUnderArmedAttack) violations.push(`resistFully open in ${where(r)} @${w}`);
        if (open.includes('standDownForces') && f.militaryPressure) violations.push(`standDownForces open in ${where(r)} @${w}`);
      }
    }
    expect(violations).toEqual([]);
    const mobilised = play('taipei', [['mobilise', 'grayZone']]);
    expect(openDecisions('taipei', mobilised, FACTS.quarantine)).not.toContain('resistFully');
    expect(play('taipei', [['resistFully', 'blockade']], mobilised)).toMatchObject({ defence: 'fullResistance' });
  });
});
