import { describe, expect, it } from 'vitest';
import { decisionsOf, ROLES } from '../../engine/index.ts';
import { options, scenarioFiles, theatre } from '../../scenarios/catalog.ts';

describe('teaching material', () => {
  it('explains every decision every role can take, and nothing else', () => {
    for (const role of ROLES) {
      const explained = Object.keys(options()[role]).filter((d) => d !== 'hold').sort();
      expect(explained, role).toEqual([...decisionsOf(role)].sort());
    }
  });

  it('gives a legal basis with sources wherever the law opens or closes an option for Tokyo', () => {
    const legal = ['orderMaritimeSecurityOperation', 'determineImportantInfluenceSituation', 'determineSurvivalThreateningSituation',
      'determineArmedAttackSituation', 'requestDefenceOperationApproval', 'orderDefenceOperationInEmergency', 'orderDefenceOperation',
      'consentToCombatOperations', 'refuseCombatOperations'];
    for (const d of legal) {
      const o = options().tokyo[d]!;
      expect(o.legalBasis, d).toBeTruthy();
      expect(o.sources.length, d).toBeGreaterThan(0);
    }
  });

  it('gives every scenario a decision point, objectives, four briefings and debrief questions', () => {
    for (const f of scenarioFiles()) {
      expect(f.decisionPoint.length, f.id).toBeGreaterThan(50);
      for (const role of ROLES) {
        const b = f.roles[role];
        expect(b.situation.length, `${f.id} ${role}`).toBeGreaterThan(50);
        expect(b.authorities.length, `${f.id} ${role}`).toBeGreaterThan(0);
      }
      expect(f.debriefQuestions.length, f.id).toBeGreaterThanOrEqual(5);
    }
  });

  it('places the theatre on the map where domain-facts puts it', () => {
    const taipei = theatre().places.find((p) => p.id === 'taipei')!;
    expect([taipei.lat, taipei.lon]).toEqual([25.0478, 121.5319]);
    const median = theatre().lines.find((l) => l.id === 'median-line')!;
    expect(median.points).toEqual([[27, 122], [23, 118]]);
  });
});
