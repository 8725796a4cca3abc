import { rungOf } from '../ladder.ts';
import type { Decision } from '../tracks.ts';
import type { Policy } from './policy.ts';

/**
 * Tokyo climbs the legal ladder as the facts allow. Both cabinets try diplomacy first (the second
 * condition) and evacuate nationals once pressure turns military. Against pressure on Japan's own waters and
 * ships a cautious cabinet orders a maritime security operation, and supports US forces (an important influence
 * situation) only once they are at work; a hawk goes to the higher determination at once. A cautious cabinet waits for an attack on
 * US forces or on Japan before force (or, under the Takaichi reading, for the attack on Taiwan), asks the Diet first and keeps force defensive unless Japan is hit; a
 * hawkish one states the Takaichi reading, takes every determination the law allows, acts in an emergency
 * ahead of the Diet and strikes the attacking forces when it may. Both order force as soon as a determination
 * allows it and raise a survival-threatening situation to an armed attack situation afterwards: the order puts
 * the SDF in the fight; the armed attack determination then adds its air and missile defence of Japan's bases
 * (engine/adjudicate/strikes.ts).
 */
export const tokyoPolicy: Policy<'tokyo'> = ({ state, facts, temperament }) => {
  const hawk = temperament === 'hawkish';
  const t = state.tracks.tokyo;
  const prefs: Decision<'tokyo'>[] = [];
  const rung = rungOf(facts.prcCoercion);
  const attacked = facts.usForcesUnderAttack || facts.japanUnderAttack;

  if (facts.usRequestedPriorConsultation && t.priorConsultation === 'requested') {
    // Consent makes Japan's bases targets ("knowing they may then be struck", the invasion briefing): a cautious cabinet
    // gives it on the same terms as force, once US forces or Japan are attacked, or for Taiwan under the Takaichi reading.
    if (hawk || attacked || (facts.taiwanUnderArmedAttack && facts.taiwanAttackCanQualify)) prefs.push('consentToCombatOperations');
    else if (!facts.militaryPressure) prefs.push('refuseCombatOperations');
  }
  // Force first where a determination already allows it; the armed attack determination can follow.
  if (hawk || facts.japanUnderAttack) prefs.push('orderDefenceOperationInEmergency');
  prefs.push('orderDefenceOperation');
  if (facts.japanUnderAttack || (hawk && facts.japanAttackImminent)) prefs.push('determineArmedAttackSituation');
  // An operation ordered against an attack on US forces may strike at once; a cautious cabinet holds it back until Japan is hit.
  if (hawk || facts.japanUnderAttack) prefs.push('authoriseStrikesOnAttackingForces');
  else prefs.push('limitToDefensiveOperations');
  // Survival-threatening is a step up from below; from an armed attack situation it would be a step down. A cabinet
  // that holds the Takaichi reading (the scenario's, or its own declared one) acts on the attack on Taiwan itself.
  const willAct = hawk || attacked || facts.taiwanAttackCanQualify;
  if (willAct && t.determination !== 'armedAttackSituation') prefs.push('determineSurvivalThreateningSituation');
  if (willAct) prefs.push('requestDefenceOperationApproval');
  if (rung >= 2) prefs.push('orderEvacuation');
  if (rung >= 1) prefs.push('seekDiplomaticSolution');
  if (hawk && facts.militaryPressure) prefs.push('stateBlockadeCouldBeSurvivalThreatening');
  // A cautious cabinet answers pressure on Japan's own waters and ships with the police-role operation the 2015 Cabinet
  // decision made quick to order (§4.4), and determines an important influence situation, which is support for US forces,
  // only once US forces escort or fight or ask to; a hawk takes the higher determination as soon as it is open.
  const usAtWork = facts.usRequestedPriorConsultation || state.tracks.washington.posture === 'convoyEscort' || state.tracks.washington.posture === 'directIntervention';
  if (!hawk && !usAtWork && t.determination === 'normal') prefs.push('orderMaritimeSecurityOperation');
  prefs.push('beginRearAreaSupport');
  if ((hawk || usAtWork) && t.determination === 'normal') prefs.push('determineImportantInfluenceSituation');
  prefs.push('requestSupportPlanApproval');
  if (hawk && t.determination === 'importantInfluenceSituation') prefs.push('determineAnticipatedArmedAttackSituation');
  // The operation is an order beside any determination (engine/machines/tokyo.ts): with nothing higher to do, either cabinet puts
  // the MSDF on station while Japan's waters or ships are infringed.
  prefs.push('orderMaritimeSecurityOperation');
  if (rung === 0 && !facts.taiwanUnderArmedAttack) {
    prefs.push('limitToDefensiveOperations', 'ceaseOperations', 'revokeDetermination', 'returnToAmbiguity');
    if (!facts.japanLinkInfringed) prefs.push('endMaritimeSecurityOperation');
  }
  return prefs;
};
