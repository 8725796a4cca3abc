import { createGame } from '../createGame.ts';
import { fromLog, playTurns } from '../playTurns.ts';
import type { Scenario } from '../scenario.ts';
import { stateHash } from '../stateHash.ts';
import type { PublicView } from './views.ts';

/**
 * What a device checks after every turn: the log the server sent, played through this build's
 * engine from the seed, gives the state hash the server sent, turn by turn. False means the device
 * and the server do not run the same game (another build, or a fault): the screen should say so.
 */
export function checkViewLog(scenario: Scenario, view: Pick<PublicView, 'setup' | 'log' | 'stateHash'>): boolean {
  if (scenario.id !== view.setup.scenarioId || scenario.variant !== view.setup.variant) return false;
  const played = playTurns(scenario, createGame(scenario, view.setup.seed), fromLog(view.log), { record: false, recordedHashes: view.log.map((t) => t.stateHash) });
  return !played.stopped && stateHash(played.state) === view.stateHash;
}
