import { region } from '../facts.ts';
import type { Policy } from './policy.ts';

/**
 * Tokyo climbs the legal ladder as the facts allow. A cautious cabinet waits for an attack on US
 * forces or on Japan before determining a survival-threatening situation and asks the Diet first;
 * a hawkish one takes every determination the law allows and acts in an emergency ahead of the Diet.
 */
export const tokyoPolicy: Policy = ({ state, facts, temperament }) => {
  const hawk = temperament === 'hawkish';
  const t = state.tracks.tokyo;
  const prefs: string[] = [];

  if (facts.usRequestedPriorConsultation && region(t, 'priorConsultation') === 'requested') {
    if (hawk || facts.taiwanUnderArmedAttack || facts.japanAttacked) prefs.push('consentToCombatOperations');
  }
  if (facts.japanAttacked) prefs.push('determineArmedAttackSituation');
  if (hawk || facts.japanAttacked) prefs.push('orderDefenceOperationInEmergency');
  prefs.push('orderDefenceOperation');
  // Survival-threatening is a step up from below; from an armed attack situation it would be a step down.
  if ((hawk || facts.usForcesAttacked || facts.japanAttacked) && region(t, 'determination') !== 'armedAttackSituation') {
    prefs.push('determineSurvivalThreateningSituation');
  }
  if (hawk || facts.usForcesAttacked || facts.japanAttacked) prefs.push('requestDefenceOperationApproval');
  if (facts.prcCoercionRung >= 2) prefs.push('orderEvacuation');
  prefs.push('beginRearAreaSupport');
  if (facts.prcCoercionRung >= 2) {
    if (region(t, 'determination') === 'normal' || region(t, 'determination') === 'maritimeSecurityOperation') {
      prefs.push('determineImportantInfluenceSituation');
    }
    prefs.push('requestSupportPlanApproval');
  }
  if (hawk && facts.japanAttackAnticipated && region(t, 'determination') === 'importantInfluenceSituation') {
    prefs.push('determineAnticipatedArmedAttackSituation');
  }
  if (facts.prcCoercionRung >= 1 && region(t, 'determination') === 'normal') prefs.push('orderMaritimeSecurityOperation');
  if (facts.prcCoercionRung === 0 && !facts.taiwanUnderArmedAttack) prefs.push('ceaseOperations', 'revokeDetermination');
  return prefs;
};
