// The engine's public face: what the CLI, the browser app, workers and tests use.
export * from './types.ts';
export type { Scenario, LegalReading, AdjudicationParams, Condition, Inject, EndCondition } from './scenario.ts';
export { createGame } from './createGame.ts';
export { resolveTurn, validateCommands, type TurnResult } from './resolveTurn.ts';
export { applyEvent, applyEvents } from './applyEvent.ts';
export { factsOf, region, type Facts } from './facts.ts';
export { openDecisions, decisionsOf, isOpen, HOLD, MACHINES } from './machines/index.ts';
export { chooseBotCommand } from './bots/chooseBotCommand.ts';
export { playGame, allSeats, type BotSeats, type PlayedGame, type TurnRecord } from './playGame.ts';
export { createReplay, parseReplay, verifyReplay, type Replay, type Verification } from './replay.ts';
export { stateHash } from './stateHash.ts';
export { seedRng as seedRngFor } from './rng.ts';
export { gameMetrics } from './metrics.ts';
export { holds } from './condition.ts';
export { isValidSeed, SEED_RULE } from './seed.ts';
export { RULES_VERSION, REPLAY_FORMAT, REPLAY_FORMAT_VERSION } from './version.ts';
export { applyFacilitator, parameterAt, withParameterChanges, type FacilitatorAction, type FacilitatorCommand } from './facilitator.ts';
export type { Effect } from './scenario.ts';
