import type { Role, Verdict } from '../engine/index.ts';

/**
 * How each capital ranks the endings, from its briefing's objectives (scenarios/*.json, "objectives" and
 * "redLines"): higher is better for that seat. Only the order matters (dominance compares seed by seed), so
 * the values are ranks on a 0-1 scale, not utilities. An assumption of the report, stated in docs/calibration.md.
 * A wider war is the worst ending for every seat (each briefing lists it among its red lines). A stalemate still
 * running at the invasion's checkpoint (engine/metrics.ts) ranks just above or below a settled stalemate, by its trend.
 */
export const OUTCOME_VALUE: Record<Role, Record<Verdict, number>> = {
  beijing: { prcVictory: 1, taiwanCapitulates: 1, negotiatedSettlement: 0.7, stalemateTowardBeijing: 0.6, stalemate: 0.5, stalemateTowardTaiwan: 0.4, statusQuoRestored: 0.3, blockadeBroken: 0.1, prcDecisiveDefeat: 0, generalWar: 0 },
  taipei: { statusQuoRestored: 1, blockadeBroken: 0.9, prcDecisiveDefeat: 0.9, negotiatedSettlement: 0.5, stalemateTowardTaiwan: 0.45, stalemate: 0.4, stalemateTowardBeijing: 0.3, taiwanCapitulates: 0.1, prcVictory: 0, generalWar: 0 },
  washington: { statusQuoRestored: 1, blockadeBroken: 0.8, prcDecisiveDefeat: 0.8, negotiatedSettlement: 0.6, stalemateTowardTaiwan: 0.45, stalemate: 0.4, stalemateTowardBeijing: 0.3, taiwanCapitulates: 0.1, prcVictory: 0, generalWar: 0 },
  tokyo: { statusQuoRestored: 1, negotiatedSettlement: 0.7, blockadeBroken: 0.7, prcDecisiveDefeat: 0.7, stalemateTowardTaiwan: 0.45, stalemate: 0.4, stalemateTowardBeijing: 0.3, taiwanCapitulates: 0.2, prcVictory: 0.1, generalWar: 0 },
};
