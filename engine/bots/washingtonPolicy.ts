import { rungOf } from '../ladder.ts';
import type { Policy, Wish } from './policy.ts';

/**
 * Washington moves from ambiguity to warnings, asks Tokyo for its bases and runs a blockade with escorts,
 * and intervenes once force is used: a hawk at once, a cautious administration when US forces or Japan are
 * attacked or an invasion starts. It asks Congress within the War Powers clock and reports the threat under
 * the TRA once operations are under way, uses bases in Japan once allowed, and meets an attack on Japan
 * under Article V.
 */
export const washingtonPolicy: Policy<'washington'> = ({ scenario, state, facts, temperament }) => {
  const hawk = temperament === 'hawkish';
  const w = state.tracks.washington;
  const prefs: Wish<'washington'>[] = [];
  const rung = rungOf(facts.prcCoercion);
  const invasion = facts.prcCoercion === 'amphibiousInvasion';

  if (facts.japanUnderAttack) prefs.push('defendJapan');
  prefs.push('operateFromBasesInJapan');
  const wouldIntervene = hawk || facts.usForcesUnderAttack || facts.japanUnderAttack || invasion;
  // Presidents have acted first and asked Congress within the War Powers clock (60 days, §4.6): intervention comes first.
  // A scenario whose premise is that the US intervenes at once (the invasion: the CSIS base case) gives no pause over it.
  if (wouldIntervene) prefs.push(scenario.bots.usIntervenesAtOnce ? { decision: 'intervene', atOnce: true } : 'intervene');
  // Operations before paperwork: ask Tokyo for its bases, then run the escorts; Congress and the TRA report follow.
  if (rung >= (hawk ? 2 : 4)) prefs.push('requestPriorConsultation');
  // A quarantine that lets trade through gives escorts nothing to do and a president no case: it "need not close the
  // Strait to commercial traffic, limiting intervention options" (D33-Q, §2.2). Escort one only while it cuts shipping.
  const tradeCut = state.indicators.shippingPct < scenario.params.shipping.restoredPct;
  if (rung >= 4 || (hawk && rung >= 3 && tradeCut)) prefs.push('escortConvoys');
  if (wouldIntervene || rung >= 4) prefs.push('requestAuthorisationFromCongress');
  // The top rung: a hawk strikes the mainland in an invasion, or in retaliation once the PLA fires on US forces
  // and the war has climbed (T4, §2.1); a cautious administration steps back from it as the war nears the top.
  const esc = state.indicators.escalation;
  if (hawk && (invasion || (facts.usForcesUnderAttack && esc >= 8))) prefs.push('authoriseMainlandStrikes');
  if (!hawk && w.mainlandStrikes === 'authorised' && esc >= 9) prefs.push('prohibitMainlandStrikes');
  if (facts.senkakusInPlay && facts.militaryPressure) prefs.push('affirmArticleVForSenkakus');
  if (facts.shippingCoerced) prefs.push('reportThreatUnderTaiwanRelationsAct');
  if (rung >= 1 && w.posture === 'strategicAmbiguity') prefs.push('issueWarnings');
  if (rung <= 1 && !facts.taiwanUnderArmedAttack) prefs.push('prohibitMainlandStrikes', 'standDownForces', 'endEscorts', 'returnToAmbiguity');
  return prefs;
};
