import type { Facts, GameState } from './types.ts';

/**
 * Whether the SDF, ordered on a defence operation, may use force now. Force answers an armed attack that is
 * occurring: on a close partner under a survival-threatening situation (MOFA-LPS, §4.2), on Japan under an
 * armed attack situation. A determination made on an imminent attack deploys the SDF, but it uses force
 * only once the attack comes (domain-facts §4.3, the armed attack situation's row).
 */
export function sdfMayFight(state: GameState, f: Facts): boolean {
  const { determination, sdfRole } = state.tracks.tokyo;
  if (sdfRole !== 'defenceOperation') return false;
  if (determination === 'survivalThreateningSituation') return f.usForcesUnderAttack || (f.taiwanUnderArmedAttack && f.taiwanAttackCanQualify) || f.japanUnderAttack;
  if (determination === 'armedAttackSituation') return f.japanUnderAttack;
  return false;
}
