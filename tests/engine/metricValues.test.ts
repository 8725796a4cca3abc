import { describe, expect, it } from 'vitest';
import { gameMetrics, METRIC_NAMES, metricValues } from '../../engine/metrics.ts';
import { playGame } from '../../engine/playGame.ts';
import { botSeats } from '../../engine/seats.ts';
import { scenarioFiles } from '../../scenarios/catalog.ts';
import { scenarioOf } from './support.ts';

// A batch keeps each game's figures as a list in METRIC_NAMES' order (cli/batchGames.ts): a figure without its name,
// or two figures under one name, would put every later column under the wrong heading.
describe("a game's figures", () => {
  it('have one name each, none twice', () => {
    expect(new Set(METRIC_NAMES).size).toBe(METRIC_NAMES.length);
  });

  for (const { id } of scenarioFiles()) {
    it(`come one per name, by name as in order, in ${id}`, () => {
      const scenario = scenarioOf(id);
      const seed = `metric-values-${id}`;
      const state = playGame(scenario, seed, botSeats('mixed', seed), false).state;
      const values = metricValues(state);
      expect(values).toHaveLength(METRIC_NAMES.length);
      expect(Object.keys(gameMetrics(state))).toEqual(METRIC_NAMES);
      expect(gameMetrics(state).turns).toBe(state.turn);
      expect(gameMetrics(state)['shipsLost.us']).toBe(state.indicators.shipsLost.us);
    });
  }
});
