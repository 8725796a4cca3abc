/**
 * The scenarios' legal readings (the CSIS excursions about Japan), played through the command path: a
 * variant that changes an assumption changes what the seats may do.
 */
import { describe, expect, it } from 'vitest';
import type { FacilitatorAction } from '../../engine/index.ts';
import { beijingPolicy } from '../../engine/bots/beijingPolicy.ts';
import { wish } from '../../engine/bots/policy.ts';
import { factsOf, openDecisions } from '../../engine/index.ts';
import { scenarioOf } from '../engine/support.ts';
import { openTo, playSteps } from './support.ts';

const usAttacked: FacilitatorAction = { kind: 'raiseFlag', flag: 'usForcesAttacked' };
const dietBehind: FacilitatorAction = { kind: 'setIndicator', indicator: 'dietSupport', value: 100 };

describe('Japan neutral (CSIS excursion): no collective self-defence, no support to others, no bases', () => {
  for (const variant of ['japan-neutral', 'ragnarok']) {
    it(`${variant}: Tokyo cannot determine a survival-threatening situation or support US forces, and has not consented`, () => {
      const neutral = scenarioOf('invasion', variant);
      const g = playSteps(neutral, 'neutral', [
        { decisions: { beijing: 'launchInvasion', tokyo: 'seekDiplomaticSolution' } },
        { facilitator: [usAttacked], decisions: { tokyo: 'determineImportantInfluenceSituation' } },
        { facilitator: [usAttacked, dietBehind], decisions: { tokyo: 'requestSupportPlanApproval' } },
      ]);
      expect(g.last.tracks.tokyo.priorConsultation).not.toBe('consented');
      const open = openTo(neutral, g.last, 'tokyo');
      expect(open).not.toContain('determineSurvivalThreateningSituation');
      expect(open).not.toContain('beginRearAreaSupport');
      expect(open).not.toContain('consentToCombatOperations');
      // Japan still defends itself.
      const attacked = playSteps(neutral, 'neutral', [{ decisions: { beijing: 'launchInvasion' } }, { facilitator: [{ kind: 'raiseFlag', flag: 'japanAttacked' }] }]);
      expect(openTo(neutral, attacked.last, 'tokyo')).toContain('determineArmedAttackSituation');
    });
  }

  it('the base case allows what the neutral reading rules out', () => {
    const base = scenarioOf('invasion', 'base');
    const g = playSteps(base, 'neutral', [
      { decisions: { beijing: 'launchInvasion', tokyo: 'seekDiplomaticSolution' } },
      { facilitator: [usAttacked] },
    ]);
    expect(openTo(base, g.last, 'tokyo')).toContain('determineSurvivalThreateningSituation');
  });
});

describe("Japan's forces defensive only (CSIS excursion)", () => {
  it('the SDF may not strike the attacking forces, even with Japan attacked; in the base case it may from the order on', () => {
    const japanAttacked = { kind: 'raiseFlag', flag: 'japanAttacked' } as FacilitatorAction;
    const steps = [
      { decisions: { beijing: 'launchInvasion' } },
      { facilitator: [japanAttacked], decisions: { tokyo: 'determineArmedAttackSituation' } },
      { facilitator: [japanAttacked], decisions: { tokyo: 'orderDefenceOperationInEmergency' } },
      { facilitator: [japanAttacked] },
    ];
    for (const [variant, allowed] of [['japan-defensive', false], ['base', true]] as const) {
      const s = scenarioOf('invasion', variant);
      const g = playSteps(s, 'defensive', steps);
      expect(g.last.tracks.tokyo.sdfRole, variant).toBe('defenceOperation');
      // In the base case all operations are allowed once in (CSIS, §1.2): the order itself lets the SDF strike.
      expect(g.last.tracks.tokyo.forceScope, variant).toBe(allowed ? 'strikesOnAttackingForces' : 'defensiveOnly');
      expect(openTo(s, g.last, 'tokyo').includes('authoriseStrikesOnAttackingForces'), variant).toBe(false);
      expect(openTo(s, g.last, 'tokyo').includes('limitToDefensiveOperations'), variant).toBe(allowed);
    }
  });
});

describe('The Takaichi reading (YOMIURI-1108): a blockade enforced by warships may be survival-threatening', () => {
  it("changes Beijing's instrument: a cautious leadership declares a quarantine, which the reading does not cover; a hawk blockades anyway", () => {
    const chosen = (variant: string, temperament: 'cautious' | 'hawkish', steps: Parameters<typeof playSteps>[2] = []) => {
      const s = scenarioOf('blockade', variant);
      const g = playSteps(s, 'reading', steps);
      // The policy's first wish the machine allows: what the bot takes unless it hesitates (a roll, not a policy).
      const facts = factsOf(g.last, s.legal);
      const open = openDecisions('beijing', g.last.tracks.beijing, facts);
      return beijingPolicy({ scenario: s, state: g.last, facts, temperament }).map((w) => wish(w).decision).find((d) => open.includes(d)) ?? 'hold';
    };
    expect(chosen('base', 'cautious')).toBe('declareBlockade');
    expect(chosen('takaichi-reading', 'cautious')).toBe('declareQuarantine');
    expect(chosen('takaichi-reading', 'hawkish')).toBe('declareBlockade');
    // Tokyo stating the reading itself has the same effect in the base case, and the cautious leadership holds at the quarantine.
    expect(chosen('base', 'cautious', [{ decisions: { tokyo: 'stateBlockadeCouldBeSurvivalThreatening' } }])).toBe('declareQuarantine');
    expect(chosen('takaichi-reading', 'cautious', [{ decisions: { beijing: 'declareQuarantine' } }])).not.toBe('declareBlockade');
  });
});
