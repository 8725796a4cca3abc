import type { GameState, TrackValue } from './types.ts';
import type { LegalReading } from './scenario.ts';

/**
 * The situation as the decision machines' guards see it. Every decision event carries the facts of
 * the turn it is taken in, so a guard is a pure function of (machine state, facts) and the same
 * machine definitions answer "is this open now?" for the engine, the bots and the UI.
 */
export interface Facts {
  prcCoercion: string;
  /** Position of Beijing's coercion on the ladder; see COERCION_RUNG. */
  prcCoercionRung: number;
  prcStrikes: string;
  /** Beijing is using military force against Taiwan: a declared blockade, strikes or an invasion. */
  taiwanUnderArmedAttack: boolean;
  usForcesAttacked: boolean;
  japanAttacked: boolean;
  /** Strikes on bases in Japan are under way or Beijing's forces are at war next door. */
  japanAttackAnticipated: boolean;
  /** The scenario's reading of whether an armed attack on Taiwan alone can ground a survival-threatening situation. */
  taiwanAttackCanQualify: boolean;
  usRequestedPriorConsultation: boolean;
  tokyoConsentedToCombatOperations: boolean;
  /** Tokyo refused the last request for prior consultation: Washington may ask again. */
  tokyoRefusedConsultation: boolean;
  usIntervening: boolean;
  taipeiNegotiating: boolean;
  invasionFeasible: boolean;
  prcCeasefire: boolean;
  /** The scenario lets Washington intervene directly by now. */
  usMayIntervene: boolean;
  /** The scenario lets Tokyo consent to US combat operations from bases in Japan. */
  japanMayConsentToBases: boolean;
}

/** The coercion ladder, gray zone to invasion (domain-facts §6: gray zone §2.5 → quarantine §2.2 → blockade §2.1 → invasion §1.3). */
export const COERCION_RUNG: Record<string, number> = {
  negotiatedSettlement: 0,
  peacetimePressure: 0,
  grayZone: 1,
  ceasefire: 1,
  largeScaleExercise: 2,
  quarantine: 3,
  blockade: 4,
  amphibiousInvasion: 5,
};

export function region(value: TrackValue, name: string): string {
  if (typeof value === 'string') return value;
  const v = value[name];
  if (typeof v !== 'string') throw new Error(`track has no region "${name}"`);
  return v;
}

export function factsOf(state: GameState, legal: LegalReading): Facts {
  const { beijing, taipei, tokyo, washington } = state.tracks;
  const prcCoercion = region(beijing, 'coercion');
  const prcStrikes = region(beijing, 'missileStrikes');
  const rung = COERCION_RUNG[prcCoercion] ?? 0;
  const taiwanUnderArmedAttack = rung >= COERCION_RUNG.blockade! || prcStrikes !== 'none' || state.flags.taiwanAttacked;
  return {
    prcCoercion,
    prcCoercionRung: rung,
    prcStrikes,
    taiwanUnderArmedAttack,
    usForcesAttacked: state.flags.usForcesAttacked,
    japanAttacked: state.flags.japanAttacked,
    japanAttackAnticipated: state.flags.japanAttacked || prcStrikes === 'alsoOnAlliedBases' || rung >= COERCION_RUNG.blockade!,
    taiwanAttackCanQualify: legal.taiwanAttackCanQualify,
    usRequestedPriorConsultation: region(tokyo, 'priorConsultation') !== 'notRequested',
    tokyoConsentedToCombatOperations: region(tokyo, 'priorConsultation') === 'consented',
    tokyoRefusedConsultation: region(tokyo, 'priorConsultation') === 'refused',
    usIntervening: region(washington, 'posture') === 'directIntervention',
    taipeiNegotiating: region(taipei, 'stance') === 'negotiating',
    invasionFeasible: legal.invasionFeasible,
    prcCeasefire: prcCoercion === 'ceasefire',
    usMayIntervene: legal.usInterventionFromDay !== null && state.day >= legal.usInterventionFromDay,
    japanMayConsentToBases: legal.japanMayConsentToBases,
  };
}

/** A compact key of the facts, for memoising machine queries (guards read nothing else). */
export function factsKey(f: Facts): string {
  return [
    f.prcCoercion,
    f.prcCoercionRung,
    f.prcStrikes,
    +f.prcCeasefire,
    +f.taiwanUnderArmedAttack,
    +f.usForcesAttacked,
    +f.japanAttacked,
    +f.japanAttackAnticipated,
    +f.taiwanAttackCanQualify,
    +f.usRequestedPriorConsultation,
    +f.tokyoConsentedToCombatOperations,
    +f.tokyoRefusedConsultation,
    +f.usIntervening,
    +f.taipeiNegotiating,
    +f.invasionFeasible,
    +f.usMayIntervene,
    +f.japanMayConsentToBases,
  ].join('');
}
