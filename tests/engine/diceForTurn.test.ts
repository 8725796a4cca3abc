/**
 * A strategist compares options on futures that share each turn's dice (engine/bots/chooseStrategistCommand.ts):
 * with `diceForTurn`, playTurns rolls every turn from the dice it is given, however many draws earlier turns took.
 */
import { describe, expect, it } from 'vitest';
import { createGame, playTurns, resolveTurn, seedRngFor, type GameState } from '../../engine/index.ts';
import { blockade, turnCommands } from './support.ts';

const dice = (s: GameState) => seedRngFor(`${s.seed}|${s.turn}`).state();

describe('dice for each turn', () => {
  it('two games that part in turn 1 roll turn 4 from the same dice, and each turn is its dice resolved', () => {
    const scenario = blockade();
    const play = (first: string) => playTurns(scenario, createGame(scenario, 'dice'), (s, n) => (n < 4 ? { commands: turnCommands(s, n === 0 ? { beijing: first } : {}) } : null), { diceForTurn: dice });
    const blockaded = play('declareBlockade');
    const exercised = play('hold');
    expect(blockaded.stopped).toBeNull();
    expect(exercised.stopped).toBeNull();
    // Different first moves drew different numbers of values, so the carried-over generators differ...
    expect(blockaded.states[3]!.rng).not.toEqual(exercised.states[3]!.rng);
    // ...but the fourth turn is rolled from the same dice in both, and replaying a turn from its dice gives the state recorded.
    expect(dice(blockaded.states[3]!)).toEqual(dice(exercised.states[3]!));
    for (let k = 0; k < 4; k++) {
      const s = blockaded.states[k]!;
      const r = resolveTurn(scenario, { ...s, rng: dice(s) }, blockaded.turns[k]!.commands);
      expect(r.ok && r.value.state).toEqual(blockaded.states[k + 1]);
    }
  });
});
