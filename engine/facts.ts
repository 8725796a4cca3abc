import { blockadeOrWorse, militaryPressure, pressureVisible, shippingCoerced } from './ladder.ts';
import type { LegalReading } from './scenario.ts';
import type { Facts, GameState } from './types.ts';

/** The facts of a state, as the machines' guards read them. */
export function factsOf(state: GameState, legal: LegalReading): Facts {
  const { beijing, taipei, tokyo, washington } = state.tracks;
  const prcCoercion = beijing.coercion;
  const prcStrikes = beijing.missileStrikes;
  const taiwanUnderArmedAttack = blockadeOrWorse(prcCoercion) || prcStrikes !== 'none' || state.flags.taiwanAttacked;
  return {
    prcCoercion,
    prcStrikes,
    coercionVisible: pressureVisible(prcCoercion),
    militaryPressure: militaryPressure(prcCoercion),
    shippingCoerced: shippingCoerced(prcCoercion),
    taiwanUnderArmedAttack,
    usForcesAttacked: state.flags.usForcesAttacked,
    japanAttacked: state.flags.japanAttacked,
    japanAttackAnticipated: state.flags.japanAttacked || prcStrikes === 'alsoOnAlliedBases' || blockadeOrWorse(prcCoercion),
    taiwanAttackCanQualify: legal.taiwanAttackCanQualify,
    usRequestedPriorConsultation: tokyo.priorConsultation !== 'notRequested',
    tokyoConsentedToCombatOperations: tokyo.priorConsultation === 'consented',
    tokyoRefusedConsultation: tokyo.priorConsultation === 'refused',
    usIntervening: washington.posture === 'directIntervention',
    taipeiNegotiating: taipei.stance === 'negotiating',
    invasionFeasible: legal.invasionFeasible,
    prcCeasefire: prcCoercion === 'ceasefire',
    usMayIntervene: legal.usInterventionFromDay !== null && state.day >= legal.usInterventionFromDay,
    japanMayConsentToBases: legal.japanMayConsentToBases,
  };
}

/** A compact key of the facts, for memoising machine queries (guards read nothing else). */
export function factsKey(f: Facts): string {
  let key = `${f.prcCoercion}|${f.prcStrikes}|`;
  // Every other fact is a boolean: one digit each, in the interface's order.
  for (const k of BOOLEAN_FACTS) key += f[k] ? '1' : '0';
  return key;
}

type BooleanFact = { [K in keyof Facts]: Facts[K] extends boolean ? K : never }[keyof Facts];
// Written as a record so that a fact added to Facts and forgotten here fails to compile.
const BOOLEAN_FACTS = Object.keys({
  coercionVisible: 1, militaryPressure: 1, shippingCoerced: 1, taiwanUnderArmedAttack: 1, usForcesAttacked: 1,
  japanAttacked: 1, japanAttackAnticipated: 1, taiwanAttackCanQualify: 1, usRequestedPriorConsultation: 1,
  tokyoConsentedToCombatOperations: 1, tokyoRefusedConsultation: 1, usIntervening: 1, taipeiNegotiating: 1,
  invasionFeasible: 1, prcCeasefire: 1, usMayIntervene: 1, japanMayConsentToBases: 1,
} satisfies Record<BooleanFact, 1>) as BooleanFact[];
