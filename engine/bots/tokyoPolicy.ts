import { rungOf } from '../ladder.ts';
import type { Decision } from '../tracks.ts';
import type { Policy } from './policy.ts';

/**
 * Tokyo climbs the legal ladder as the facts allow. A cautious cabinet waits for an attack on US
 * forces or on Japan before determining a survival-threatening situation and asks the Diet first;
 * a hawkish one takes every determination the law allows and acts in an emergency ahead of the Diet.
 */
export const tokyoPolicy: Policy<'tokyo'> = ({ state, facts, temperament }) => {
  const hawk = temperament === 'hawkish';
  const t = state.tracks.tokyo;
  const prefs: Decision<'tokyo'>[] = [];
  const rung = rungOf(facts.prcCoercion);

  if (facts.usRequestedPriorConsultation && t.priorConsultation === 'requested') {
    if (hawk || facts.taiwanUnderArmedAttack || facts.japanAttacked) prefs.push('consentToCombatOperations');
  }
  if (facts.japanAttacked) prefs.push('determineArmedAttackSituation');
  if (hawk || facts.japanAttacked) prefs.push('orderDefenceOperationInEmergency');
  prefs.push('orderDefenceOperation');
  // Survival-threatening is a step up from below; from an armed attack situation it would be a step down.
  if ((hawk || facts.usForcesAttacked || facts.japanAttacked) && t.determination !== 'armedAttackSituation') {
    prefs.push('determineSurvivalThreateningSituation');
  }
  if (hawk || facts.usForcesAttacked || facts.japanAttacked) prefs.push('requestDefenceOperationApproval');
  if (rung >= 2) prefs.push('orderEvacuation');
  prefs.push('beginRearAreaSupport');
  if (rung >= 2) {
    if (t.determination === 'normal' || t.determination === 'maritimeSecurityOperation') {
      prefs.push('determineImportantInfluenceSituation');
    }
    prefs.push('requestSupportPlanApproval');
  }
  if (hawk && facts.japanAttackAnticipated && t.determination === 'importantInfluenceSituation') {
    prefs.push('determineAnticipatedArmedAttackSituation');
  }
  if (rung >= 1 && t.determination === 'normal') prefs.push('orderMaritimeSecurityOperation');
  if (rung === 0 && !facts.taiwanUnderArmedAttack) prefs.push('ceaseOperations', 'revokeDetermination');
  return prefs;
};
