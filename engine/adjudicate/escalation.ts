import { region } from '../facts.ts';
import type { Step } from './context.ts';

// The escalation ladder, 0-10, read off the tracks. Rungs follow the coercion ladder of domain-facts §6
// and the CSIS blockade matrix (C1 inspection … C4 attacks on Guam and Japan, §2.1).
const COERCION_LEVEL: Record<string, number> = {
  peacetimePressure: 0,
  negotiatedSettlement: 0,
  grayZone: 1,
  largeScaleExercise: 2,
  ceasefire: 2,
  quarantine: 3,
  blockade: 5,
  amphibiousInvasion: 7,
};

export const escalation: Step = ({ state }) => {
  const b = state.tracks.beijing;
  const w = state.tracks.washington;
  let level = COERCION_LEVEL[region(b, 'coercion')] ?? 0;
  const strikes = region(b, 'missileStrikes');
  if (strikes === 'onTaiwanOnly') level = Math.max(level, 6);
  if (strikes === 'alsoOnAlliedBases') level = Math.max(level + 1, 8);
  const intervening = region(w, 'posture') === 'directIntervention';
  if (intervening && level >= 5) level += 1;
  if (intervening && region(w, 'mainlandStrikes') === 'authorised') level += 1;
  if (state.flags.generalWar || state.flags.nuclearUse) level = 10;
  level = Math.min(10, level);
  return level === state.indicators.escalation ? [] : [{ type: 'indicatorsChanged', changes: { escalation: level }, why: 'escalation ladder' }];
};
