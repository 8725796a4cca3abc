/**
 * Washington's rules, through engine/machines/index.ts over every reachable state of the model and
 * along explicit sequences.
 */
import { describe, expect, it } from 'vitest';
import { openDecisions } from '../../engine/machines/index.ts';
import { FACTS, WORLDS, WORLD_NAMES, describePath, explore, factsFor, play, regionOf, withLegal, type Reached } from './model.ts';

const washington = () => explore('washington').reached;
const where = (r: Reached) => `${r.key} (via ${describePath(r)})`;

describe('Washington: bases in Japan (Kishi-Herter prior consultation)', () => {
  it("Washington cannot operate from bases in Japan without Tokyo's consent unless Japan itself is attacked", () => {
    const violations: string[] = [];
    let opened = 0;
    for (const r of washington()) {
      for (const w of WORLD_NAMES) {
        const facts = FACTS[w];
        if (!openDecisions('washington', r.value, facts).includes('operateFromBasesInJapan')) continue;
        opened++;
        if (!(facts.tokyoConsentedToCombatOperations || facts.japanAttacked)) violations.push(`open in ${where(r)} @${w}`);
      }
    }
    expect(opened).toBeGreaterThan(0);
    expect(violations).toEqual([]);

    const intervening = play('washington', [['intervene', 'blockadeUsForcesAttacked']]);
    // Asked but not yet consented: closed.
    expect(openDecisions('washington', intervening, FACTS.blockadeUsForcesAttacked)).not.toContain('operateFromBasesInJapan');
    // Tokyo consented: open.
    expect(openDecisions('washington', intervening, FACTS.blockadeTokyoConsented)).toContain('operateFromBasesInJapan');
    // Japan itself attacked (Article V), even a neutral Japan that has not consented: open.
    expect(openDecisions('washington', intervening, FACTS.invasionJapanNeutral)).toContain('operateFromBasesInJapan');
    expect(play('washington', [['operateFromBasesInJapan', 'invasionJapanAttacked']], intervening)).toMatchObject({
      operatingFrom: 'basesInJapan',
    });
  });

  it('only a Washington that is intervening directly moves its combat operations to Japan', () => {
    const violations: string[] = [];
    for (const r of washington()) {
      if (regionOf(r.value, 'posture') === 'directIntervention') continue;
      for (const w of WORLD_NAMES) {
        if (openDecisions('washington', r.value, FACTS[w]).includes('operateFromBasesInJapan')) violations.push(`open in ${where(r)} @${w}`);
      }
    }
    expect(violations).toEqual([]);
  });
});

describe('Washington: intervention', () => {
  it("in a 'Taiwan stands alone' reading (usMayIntervene false) Washington cannot intervene", () => {
    const violations: string[] = [];
    for (const r of washington()) {
      for (const w of WORLD_NAMES) {
        const facts = factsFor(withLegal(WORLDS[w], { usMayIntervene: false }));
        if (openDecisions('washington', r.value, facts).includes('intervene')) violations.push(`intervene open in ${where(r)} @${w}`);
      }
    }
    expect(violations).toEqual([]);
    // Not even when US forces and Japan are attacked, from any posture short of intervention.
    for (const posture of ['strategicAmbiguity', 'warningsAndShowOfForce', 'convoyEscort', 'standingAside']) {
      const r = washington().find((x) => regionOf(x.value, 'posture') === posture);
      expect(r, posture).toBeDefined();
      if (r) {
        expect(openDecisions('washington', r.value, FACTS.invasionTaiwanStandsAlone), posture).not.toContain('intervene');
        expect(openDecisions('washington', r.value, FACTS.invasionJapanAttacked), posture).toContain('intervene');
      }
    }
  });

  it('intervention answers the use of force: closed while Beijing coerces short of armed attack', () => {
    const violations: string[] = [];
    for (const r of washington()) {
      for (const w of WORLD_NAMES) {
        const f = FACTS[w];
        if (!openDecisions('washington', r.value, f).includes('intervene')) continue;
        if (!(f.taiwanUnderArmedAttack || f.usForcesAttacked || f.japanAttacked)) violations.push(`intervene open in ${where(r)} @${w}`);
      }
    }
    expect(violations).toEqual([]);
    const start = play('washington', []);
    for (const w of ['calmPeacetime', 'grayZone', 'exercise', 'quarantine', 'ceasefireTaipeiNegotiating'] as const) {
      expect(openDecisions('washington', start, FACTS[w]), w).not.toContain('intervene');
    }
    expect(openDecisions('washington', start, FACTS.blockade)).toContain('intervene');
  });

  it('mainland strikes are authorised only while intervening directly', () => {
    const violations: string[] = [];
    for (const r of washington()) {
      if (regionOf(r.value, 'posture') === 'directIntervention') continue;
      for (const w of WORLD_NAMES) {
        if (openDecisions('washington', r.value, FACTS[w]).includes('authoriseMainlandStrikes')) violations.push(`open in ${where(r)} @${w}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('convoys are escorted only through a quarantine or blockade, not during a ceasefire', () => {
    const start = play('washington', []);
    expect(openDecisions('washington', start, FACTS.quarantine)).toContain('escortConvoys');
    expect(openDecisions('washington', start, FACTS.blockade)).toContain('escortConvoys');
    for (const w of ['calmPeacetime', 'grayZone', 'exercise', 'ceasefireTaipeiNegotiating'] as const) {
      expect(openDecisions('washington', start, FACTS[w]), w).not.toContain('escortConvoys');
    }
  });

  it('forces stand down only once Beijing stops using force or declares a ceasefire', () => {
    const intervening = play('washington', [['intervene', 'blockade']]);
    expect(openDecisions('washington', intervening, FACTS.blockade)).not.toContain('standDownForces');
    expect(openDecisions('washington', intervening, FACTS.ceasefireTaipeiNegotiating)).toContain('standDownForces');
    expect(play('washington', [['standDownForces', 'ceasefireTaipeiNegotiating']], intervening)).toMatchObject({
      posture: 'warningsAndShowOfForce',
    });
  });
});
