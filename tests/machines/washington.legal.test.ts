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
  it("Washington operates from bases in Japan for Taiwan's defence only with Tokyo's consent", () => {
    const violations: string[] = [];
    let opened = 0;
    for (const r of washington()) {
      for (const w of WORLD_NAMES) {
        const facts = FACTS[w];
        if (!openDecisions('washington', r.value, facts).includes('operateFromBasesInJapan')) continue;
        opened++;
        if (!facts.tokyoConsentedToCombatOperations) violations.push(`open in ${where(r)} @${w}`);
      }
    }
    expect(opened).toBeGreaterThan(0);
    expect(violations).toEqual([]);

    const intervening = play('washington', [['intervene', 'blockadeUsForcesAttacked']]);
    // Asked but not yet consented: closed.
    expect(openDecisions('washington', intervening, FACTS.blockadeUsForcesAttacked)).not.toContain('operateFromBasesInJapan');
    // Tokyo consented: open.
    expect(openDecisions('washington', intervening, FACTS.blockadeTokyoConsented)).toContain('operateFromBasesInJapan');
    // Japan itself attacked is no exception for Taiwan's defence: without consent, closed even then.
    expect(openDecisions('washington', intervening, FACTS.invasionJapanNeutral)).not.toContain('operateFromBasesInJapan');
    expect(play('washington', [['operateFromBasesInJapan', 'blockadeTokyoConsented']], intervening)).toMatchObject({
      operatingFrom: 'basesInJapan',
    });
  });

  it('only a Washington that is escorting or intervening moves combat operations to Japan', () => {
    const violations: string[] = [];
    for (const r of washington()) {
      const posture = regionOf(r.value, 'posture');
      if (posture === 'directIntervention' || posture === 'convoyEscort') continue;
      for (const w of WORLD_NAMES) {
        if (openDecisions('washington', r.value, FACTS[w]).includes('operateFromBasesInJapan')) violations.push(`open in ${where(r)} @${w}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("Article V: US forces defend Japan when Japan is under armed attack, with or without Tokyo's consent", () => {
    const violations: string[] = [];
    for (const r of washington()) {
      for (const w of WORLD_NAMES) {
        if (openDecisions('washington', r.value, FACTS[w]).includes('defendJapan') && !FACTS[w].japanUnderAttack) {
          violations.push(`open in ${where(r)} @${w}`);
        }
      }
    }
    expect(violations).toEqual([]);
    const start = play('washington', []);
    expect(openDecisions('washington', start, FACTS.invasionJapanNeutral)).toContain('defendJapan');
    expect(openDecisions('washington', start, FACTS.blockade)).not.toContain('defendJapan');
    const defending = play('washington', [['defendJapan', 'invasionJapanNeutral']], start);
    expect(defending).toMatchObject({ defenceOfJapan: 'defendingJapan' });
    // They stand down from the defence of Japan only once Japan is no longer attacked.
    expect(openDecisions('washington', defending, FACTS.invasionJapanAttacked)).not.toContain('standDownForces');
  });

  it('Tokyo withdrawing its consent moves combat operations out of Japan', () => {
    const intervening = play('washington', [['intervene', 'blockadeUsForcesAttacked']]);
    const fromJapan = play('washington', [['operateFromBasesInJapan', 'blockadeTokyoConsented']], intervening);
    expect(play('washington', [['consentWithdrawn', 'blockadeTokyoRefused']], fromJapan)).toMatchObject({ operatingFrom: 'guamAndAtSea' });
  });
});

describe('Washington: the War Powers Resolution and Congress', () => {
  it('past the deadline without authorisation, forces leave hostilities, Japan and mainland strikes', () => {
    const intervening = play('washington', [['intervene', 'blockadeUsForcesAttacked']]);
    const striking = play('washington', [['operateFromBasesInJapan', 'blockadeTokyoConsented'], ['authoriseMainlandStrikes', 'blockade']], intervening);
    expect(play('washington', [['warPowersDeadline', 'blockade']], striking)).toMatchObject({
      posture: 'warningsAndShowOfForce',
      operatingFrom: 'guamAndAtSea',
      mainlandStrikes: 'notAuthorised',
    });
  });

  it('Congress is asked only once there is a crisis, and may be asked again after a refusal', () => {
    const start = play('washington', []);
    expect(openDecisions('washington', start, FACTS.calmPeacetime)).not.toContain('requestAuthorisationFromCongress');
    const asked = play('washington', [['requestAuthorisationFromCongress', 'blockade']], start);
    expect(asked).toMatchObject({ congress: 'authorisationRequested' });
    const refused = play('washington', [['congressRefuses', 'blockade']], asked);
    expect(openDecisions('washington', refused, FACTS.blockade)).toContain('requestAuthorisationFromCongress');
  });
});

describe('Washington: intervention', () => {
  it("in a 'Taiwan stands alone' reading (usMayFight false) Washington cannot intervene", () => {
    const violations: string[] = [];
    for (const r of washington()) {
      for (const w of WORLD_NAMES) {
        const facts = factsFor(withLegal(WORLDS[w], { usMayFight: false }));
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
        if (!(f.taiwanUnderArmedAttack || f.usForcesUnderAttack || f.japanUnderAttack)) violations.push(`intervene open in ${where(r)} @${w}`);
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
