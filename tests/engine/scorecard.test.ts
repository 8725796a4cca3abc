import { describe, expect, it } from 'vitest';
import { botSeats, createGame, playGame, roleScore, ROLES, scorecard, type GameState, type Outcome } from '../../engine/index.ts';
import { blockade, scenarioOf } from './support.ts';

/** The first game of the blockade, over a fixed list of seeds and bot mixes, that ends in `outcome`. */
function gameEndingIn(outcome: Outcome): GameState {
  for (let i = 0; i < 400; i++) {
    const seed = `card-${i}`;
    const state = playGame(blockade(), seed, botSeats(i % 2 ? 'mixed' : 'cautious', seed), false).state;
    if (state.outcome === outcome) return state;
  }
  throw new Error(`no blockade game in 400 seeds ended in ${outcome}`);
}

describe('the scorecard', () => {
  it('gives Taipei and Beijing opposite cards when the blockade is broken and when Taiwan accepts the terms', () => {
    const broken = scorecard(blockade(), gameEndingIn('blockadeBroken'));
    const capitulation = scorecard(blockade(), gameEndingIn('taiwanCapitulates'));
    expect(broken.taipei.score).toBeGreaterThan(broken.beijing.score);
    expect(capitulation.beijing.score).toBeGreaterThan(capitulation.taipei.score);
    expect(broken.taipei.score).toBeGreaterThan(capitulation.taipei.score);
    expect(capitulation.beijing.score).toBeGreaterThan(broken.beijing.score);
    // The objective that is about the ending itself: Beijing's terms accepted is met only in the capitulation.
    expect(capitulation.beijing.objectives[0]!.grade).toBe('met');
    expect(broken.beijing.objectives[0]!.grade).toBe('missed');
    expect(capitulation.taipei.objectives[3]!.grade).toBe('missed');
    expect(broken.taipei.objectives[3]!.grade).toBe('met');
  });

  it('shows the figures behind each grade, as the state holds them', () => {
    const state = gameEndingIn('blockadeBroken');
    const card = scorecard(blockade(), state);
    const lights = card.taipei.objectives[0]!;
    expect(lights.figures).toEqual([{ of: { indicator: 'electricityPct' }, value: state.indicators.electricityPct }]);
    expect(lights.grade).toBe(state.indicators.electricityPct >= 90 ? 'met' : state.indicators.electricityPct >= 50 ? 'partly' : 'missed');
    expect(card.beijing.objectives[0]!.figures.map((f) => f.of)).toEqual([{ outcome: true }, { track: 'taipei', region: 'stance' }]);
    expect(card.beijing.objectives[0]!.figures[0]!.value).toBe('blockadeBroken');
  });

  it('scores every role of every shipped scenario from 0 to 1, as the strategist reads it, in a game under way too', () => {
    for (const id of ['quarantine', 'blockade', 'invasion', 'southwest-islands']) {
      const scenario = scenarioOf(id);
      const start = createGame(scenario, 'card-start');
      const end = playGame(scenario, 'card-end', botSeats('mixed', 'card-end'), false).state;
      for (const state of [start, end]) {
        const card = scorecard(scenario, state);
        for (const r of ROLES) {
          expect(card[r].objectives.length).toBeGreaterThan(0);
          expect(card[r].score).toBeGreaterThanOrEqual(0);
          expect(card[r].score).toBeLessThanOrEqual(1);
          expect(roleScore(scenario, state, r)).toBe(card[r].score);
          for (const o of card[r].objectives) expect(o.source).toMatch(/domain-facts|scenario assumption|game rules|Game rules|defaults\.json/i);
        }
      }
    }
  });
});
