import { COERCION_LADDER } from '../ladder.ts';
import type { Step } from './context.ts';

// The escalation scale, 0-10, read off the tracks: the ladder's level for Beijing's coercion, raised
// by strikes and by US intervention (CSIS blockade matrix C1 inspection … C4 attacks on Guam and Japan, §2.1).
export const escalation: Step = ({ state }) => {
  const b = state.tracks.beijing;
  const w = state.tracks.washington;
  let level = COERCION_LADDER[b.coercion].escalation;
  if (b.missileStrikes === 'onTaiwanOnly') level = Math.max(level, 6);
  if (b.missileStrikes === 'alsoOnAlliedBases') level = Math.max(level + 1, 8);
  const intervening = w.posture === 'directIntervention';
  if (intervening && level >= 5) level += 1;
  if (intervening && w.mainlandStrikes === 'authorised') level += 1;
  if (state.flags.generalWar || state.flags.nuclearUse) level = 10;
  level = Math.min(10, level);
  return level === state.indicators.escalation ? [] : [{ type: 'indicatorsChanged', changes: { escalation: level }, cause: 'escalationLadder' }];
};
