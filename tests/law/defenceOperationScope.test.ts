/**
 * What a defence operation may do from the day it is ordered. In the CSIS base case all operations are allowed once
 * the SDF is in (§1.2), within the minimum necessary (MOFA-LPS, condition 3, §4.2): against an attack on Japan or US
 * forces the SDF may strike the attacking forces at once; against an attack on Taiwan alone it defends only (that
 * case is finding 9's condition 3 in findings.test.ts). Each played through the command path.
 */
import { describe, expect, it } from 'vitest';
import type { FacilitatorAction } from '../../engine/index.ts';
import { scenarioOf } from '../engine/support.ts';
import { openTo, playSteps } from './support.ts';

const dietSupport = (value: number): FacilitatorAction => ({ kind: 'setIndicator', indicator: 'dietSupport', value });
const japanAttacked: FacilitatorAction = { kind: 'raiseFlag', flag: 'japanAttacked' };
const usAttacked: FacilitatorAction = { kind: 'raiseFlag', flag: 'usForcesAttacked' };
const invasion = scenarioOf('invasion', 'base');

describe('a defence operation ordered against an attack on Japan or US forces may strike the attacking forces from the start', () => {
  it('with the Diet\'s prior approval and US forces attacked, the order lets the SDF strike; the Cabinet may hold it to defensive operations', () => {
    const g = playSteps(invasion, 'scope', [
      { decisions: { beijing: 'launchInvasion', tokyo: 'seekDiplomaticSolution' } },
      { facilitator: [usAttacked], decisions: { tokyo: 'determineSurvivalThreateningSituation' } },
      { facilitator: [usAttacked, dietSupport(100)], decisions: { tokyo: 'requestDefenceOperationApproval' } },
      { facilitator: [usAttacked], decisions: { tokyo: 'orderDefenceOperation' } },
    ]);
    expect(g.last.tracks.tokyo).toMatchObject({ sdfRole: 'defenceOperation', forceScope: 'strikesOnAttackingForces' });
    expect(openTo(invasion, g.last, 'tokyo')).toContain('limitToDefensiveOperations');
    const limited = playSteps(invasion, 'scope', [{ facilitator: [usAttacked], decisions: { tokyo: 'limitToDefensiveOperations' } }], g.last);
    expect(limited.last.tracks.tokyo).toMatchObject({ sdfRole: 'defenceOperation', forceScope: 'defensiveOnly' });
    // Held back, the strikes can be authorised again while the attack goes on.
    expect(openTo(invasion, limited.last, 'tokyo')).toContain('authoriseStrikesOnAttackingForces');
  });

  it('ordered in an emergency ahead of the Diet, it may strike too, and stops striking if the Diet then refuses', () => {
    const g = playSteps(invasion, 'scope', [
      { decisions: { beijing: 'launchInvasion' } },
      { facilitator: [japanAttacked], decisions: { tokyo: 'determineArmedAttackSituation' } },
      { facilitator: [japanAttacked, dietSupport(0)], decisions: { tokyo: 'orderDefenceOperationInEmergency' } },
    ]);
    // The Diet voted at the end of the turn the operation was ordered, and refused it.
    expect(g.states[3]!.tracks.tokyo).toMatchObject({ dietApproval: 'defenceOperationRefused', sdfRole: 'policeRole', forceScope: 'defensiveOnly' });
    const approved = playSteps(invasion, 'scope', [
      { decisions: { beijing: 'launchInvasion' } },
      { facilitator: [japanAttacked], decisions: { tokyo: 'determineArmedAttackSituation' } },
      { facilitator: [japanAttacked, dietSupport(100)], decisions: { tokyo: 'orderDefenceOperationInEmergency' } },
    ]);
    expect(approved.last.tracks.tokyo).toMatchObject({ dietApproval: 'defenceOperationApproved', sdfRole: 'defenceOperation', forceScope: 'strikesOnAttackingForces' });
  });

});
