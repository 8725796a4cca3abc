import { rungOf } from '../ladder.ts';
import type { Decision } from '../tracks.ts';
import type { Policy } from './policy.ts';

/**
 * Washington moves from ambiguity to warnings, runs a blockade with escorts, and intervenes once
 * force is used: a hawk at once, a cautious administration when US forces or Japan are attacked or
 * an invasion starts. It asks Tokyo early for the use of bases in Japan and uses them once allowed.
 */
export const washingtonPolicy: Policy<'washington'> = ({ state, facts, temperament }) => {
  const hawk = temperament === 'hawkish';
  const w = state.tracks.washington;
  const prefs: Decision<'washington'>[] = [];
  const rung = rungOf(facts.prcCoercion);
  const invasion = facts.prcCoercion === 'amphibiousInvasion';

  prefs.push('operateFromBasesInJapan');
  if (hawk || facts.usForcesAttacked || facts.japanAttacked || invasion) prefs.push('intervene');
  if (hawk && invasion) prefs.push('authoriseMainlandStrikes');
  if (rung >= (hawk ? 2 : 4)) prefs.push('requestPriorConsultation');
  if (rung >= (hawk ? 3 : 4)) prefs.push('escortConvoys');
  if (rung >= 1 && w.posture === 'strategicAmbiguity') prefs.push('issueWarnings');
  if (rung <= 1 && !facts.taiwanUnderArmedAttack) prefs.push('prohibitMainlandStrikes', 'standDownForces', 'endEscorts', 'returnToAmbiguity');
  return prefs;
};
