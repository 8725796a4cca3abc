import { rungOf } from '../ladder.ts';
import type { Decision } from '../tracks.ts';
import type { Policy } from './policy.ts';

/**
 * Washington moves from ambiguity to warnings, reports the threat to Congress under the TRA once shipping is
 * coerced, runs a blockade with escorts, and intervenes once force is used: a hawk at once, a cautious
 * administration when US forces or Japan are attacked or an invasion starts, and then asks Congress
 * within the War Powers clock. It asks Tokyo early for the use of bases in Japan, uses them once allowed, and meets an attack
 * on Japan under Article V.
 */
export const washingtonPolicy: Policy<'washington'> = ({ state, facts, temperament }) => {
  const hawk = temperament === 'hawkish';
  const w = state.tracks.washington;
  const prefs: Decision<'washington'>[] = [];
  const rung = rungOf(facts.prcCoercion);
  const invasion = facts.prcCoercion === 'amphibiousInvasion';

  if (facts.japanUnderAttack) prefs.push('defendJapan');
  prefs.push('operateFromBasesInJapan');
  const wouldIntervene = hawk || facts.usForcesUnderAttack || facts.japanUnderAttack || invasion;
  // Presidents have acted first and asked Congress within the War Powers clock (60 days, §4.6): intervention comes first.
  if (wouldIntervene) prefs.push('intervene');
  if (wouldIntervene || rung >= 4) prefs.push('requestAuthorisationFromCongress');
  if (hawk && invasion) prefs.push('authoriseMainlandStrikes');
  if (facts.senkakusInPlay && facts.militaryPressure) prefs.push('affirmArticleVForSenkakus');
  if (facts.shippingCoerced) prefs.push('reportThreatUnderTaiwanRelationsAct');
  if (rung >= (hawk ? 2 : 4)) prefs.push('requestPriorConsultation');
  if (rung >= (hawk ? 3 : 4)) prefs.push('escortConvoys');
  if (rung >= 1 && w.posture === 'strategicAmbiguity') prefs.push('issueWarnings');
  if (rung <= 1 && !facts.taiwanUnderArmedAttack) prefs.push('prohibitMainlandStrikes', 'standDownForces', 'endEscorts', 'returnToAmbiguity');
  return prefs;
};
