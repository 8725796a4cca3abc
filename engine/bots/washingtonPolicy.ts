import { region } from '../facts.ts';
import type { Policy } from './policy.ts';

/**
 * Washington moves from ambiguity to warnings, runs a blockade with escorts, and intervenes once
 * force is used: a hawk at once, a cautious administration when US forces or Japan are attacked or
 * an invasion starts. It asks Tokyo early for the use of bases in Japan and uses them once allowed.
 */
export const washingtonPolicy: Policy = ({ state, facts, temperament }) => {
  const hawk = temperament === 'hawkish';
  const w = state.tracks.washington;
  const prefs: string[] = [];
  const invasion = facts.prcCoercion === 'amphibiousInvasion';

  prefs.push('operateFromBasesInJapan');
  if (hawk || facts.usForcesAttacked || facts.japanAttacked || invasion) prefs.push('intervene');
  if (hawk && invasion) prefs.push('authoriseMainlandStrikes');
  if (facts.prcCoercionRung >= (hawk ? 2 : 4)) prefs.push('requestPriorConsultation');
  if (facts.prcCoercionRung >= (hawk ? 3 : 4)) prefs.push('escortConvoys');
  if (facts.prcCoercionRung >= 1 && region(w, 'posture') === 'strategicAmbiguity') prefs.push('issueWarnings');
  if (facts.prcCoercionRung <= 1 && !facts.taiwanUnderArmedAttack) prefs.push('prohibitMainlandStrikes', 'standDownForces', 'endEscorts', 'returnToAmbiguity');
  return prefs;
};
