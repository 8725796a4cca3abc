import type { GameState } from './types.ts';

/**
 * The survival threshold of the first of the Three New Conditions: an armed attack on a close partner
 * that "threatens Japan's survival and poses a clear danger to fundamentally overturn people's right to
 * life, liberty and pursuit of happiness" (MOFA-LPS, domain-facts §4.2). The law gives no test; the
 * model counts signs a Cabinet would weigh, each one visible on the screen, and asks for enough of them
 * (the scenario's `survivalThreatSigns`; one fewer once Tokyo states the Takaichi reading). A modelling
 * choice, stated in docs/model.md so a class can argue it.
 */
export const SURVIVAL_SIGNS = ['usForcesDefendingJapanAttacked', 'warNextToJapan', 'japaneseShippingHit', 'nationalsAtRisk', 'attackOnJapanAnticipated'] as const;
export type SurvivalSign = (typeof SURVIVAL_SIGNS)[number];

/** The facts the signs are read from; computed by facts.ts before the survival threat itself. */
export interface SurvivalInputs {
  usForcesUnderAttack: boolean;
  taiwanUnderArmedAttack: boolean;
  japanLinkInfringed: boolean;
  japanAttackAnticipated: boolean;
}

/** The signs that hold now. */
export function survivalSigns(state: GameState, f: SurvivalInputs): SurvivalSign[] {
  const held: SurvivalSign[] = [];
  // US forces that defend Japan under the treaty are being attacked (the US is the close partner the government names, §4.3 glossary row 8).
  if (f.usForcesUnderAttack) held.push('usForcesDefendingJapanAttacked');
  // Force is being used 110 km from Yonaguni (TAIPEITIMES-YONA, §5.1).
  if (f.taiwanUnderArmedAttack) held.push('warNextToJapan');
  // Japanese ships boarded or attacked, or Japan's economy hit by more than 1% of GDP (its sea lanes run past Taiwan).
  if (f.japanLinkInfringed || state.indicators.gdpImpactPct.japan <= -1) held.push('japaneseShippingHit');
  // Japanese nationals are still in Taiwan while it is under armed attack (YOMIURI-1108: rescuing them is the top priority, §4.8).
  if (f.taiwanUnderArmedAttack && state.tracks.tokyo.evacuation !== 'completed') held.push('nationalsAtRisk');
  if (f.japanAttackAnticipated) held.push('attackOnJapanAnticipated');
  return held;
}

/** How many signs the Cabinet needs: the scenario's number, one fewer under the Takaichi reading. */
export function signsNeeded(needed: number, takaichiReading: boolean): number {
  return Math.max(1, needed - (takaichiReading ? 1 : 0));
}
