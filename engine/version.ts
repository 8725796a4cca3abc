/**
 * Bump when a rules change alters outcomes for the same scenario, seed and commands (golden replays catch it), or,
 * through the bots, for the same scenario, seed and seats (batches and docs/calibration.md are labelled with it).
 */
export const RULES_VERSION = '1.15.0';
export const REPLAY_FORMAT = 'kuroshio-replay';
export const REPLAY_FORMAT_VERSION = 1;
