import type { Coercion } from './tracks.ts';

/**
 * Beijing's coercion ladder, defined once: each rung's position and its level on the 0-10 escalation
 * scale. Rungs follow domain-facts §6 (gray zone §2.5 → quarantine §2.2 → blockade §2.1 → invasion §1.3);
 * escalation levels follow the CSIS blockade matrix (C1 inspection … C4 attacks on Guam and Japan, §2.1).
 * A ceasefire sits low on the ladder (forces pull back) but keeps tension above an exercise's.
 */
export const COERCION_LADDER: Record<Coercion, { rung: number; escalation: number }> = {
  peacetimePressure: { rung: 0, escalation: 0 },
  negotiatedSettlement: { rung: 0, escalation: 0 },
  grayZone: { rung: 1, escalation: 1 },
  ceasefire: { rung: 1, escalation: 2 },
  largeScaleExercise: { rung: 2, escalation: 2 },
  quarantine: { rung: 3, escalation: 3 },
  blockade: { rung: 4, escalation: 5 },
  amphibiousInvasion: { rung: 5, escalation: 7 },
};

export const rungOf = (c: Coercion): number => COERCION_LADDER[c].rung;

/** The named thresholds on the ladder that the rules read; the machines compare no bare rung numbers. */
export const pressureVisible = (c: Coercion) => rungOf(c) >= COERCION_LADDER.grayZone.rung;
export const militaryPressure = (c: Coercion) => rungOf(c) >= COERCION_LADDER.largeScaleExercise.rung;
export const shippingCoerced = (c: Coercion) => rungOf(c) >= COERCION_LADDER.quarantine.rung;
export const blockadeOrWorse = (c: Coercion) => rungOf(c) >= COERCION_LADDER.blockade.rung;
