import type { Outcome } from '../../../engine/index.ts';

/** How each outcome is headed for a class. */
export const OUTCOME_TITLE: Record<Outcome, string> = {
  statusQuoRestored: 'Status quo restored',
  negotiatedSettlement: 'Negotiated settlement',
  blockadeBroken: 'The blockade is broken',
  taiwanCapitulates: "Taiwan accepts Beijing's terms",
  stalemate: 'Stalemate',
  prcDecisiveDefeat: 'Decisive defeat for the PLA',
  prcVictory: 'PLA victory',
  generalWar: 'General war',
};

export const outcomeTitle = (o: Outcome | null): string => (o ? OUTCOME_TITLE[o] : 'The game is still under way');

/** The outcome as the end of "the game ended in ...". */
export const OUTCOME_PHRASE: Record<Outcome, string> = {
  statusQuoRestored: 'the status quo restored',
  negotiatedSettlement: 'a negotiated settlement',
  blockadeBroken: 'the blockade broken',
  taiwanCapitulates: "Taiwan accepting Beijing's terms",
  stalemate: 'a stalemate',
  prcDecisiveDefeat: 'a decisive defeat for the PLA',
  prcVictory: 'a PLA victory',
  generalWar: 'general war',
};
