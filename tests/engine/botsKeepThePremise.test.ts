/**
 * A variant that says the US intervenes at once has Washington's bot intervene at once (issue 11, item 7): the
 * invasion's base case is CSIS's, where the US fights from the first day (BLOG, domain-facts 1.3), and `us-delayed`
 * is CSIS's excursion where it enters at D+14. A cautious cabinet's pause is for choices the scenario leaves open.
 */
import { describe, expect, it } from 'vitest';
import { factsOf, playGame, type Scenario, type Seats } from '../../engine/index.ts';
import { openDecisions } from '../../engine/machines/index.ts';
import { scenarioOf } from './support.ts';

const CAUTIOUS: Seats = { beijing: 'bot:cautious', taipei: 'bot:cautious', tokyo: 'bot:cautious', washington: 'bot:cautious' };

/** Over many seeds, the turn the US could first intervene and what Washington's bot did in it. */
function firstChance(scenario: Scenario, seeds: number) {
  return Array.from({ length: seeds }, (_, k) => {
    const { turns, states } = playGame(scenario, `premise-${k}`, CAUTIOUS, true);
    const turn = turns.find((t) => openDecisions('washington', states[t.turn]!.tracks.washington, factsOf(states[t.turn]!, scenario.legal)).includes('intervene'));
    return turn && { day: states[turn.turn]!.day, decision: turn.commands.find((c) => c.role === 'washington')!.decision };
  });
}

describe('bots keep the premise of their scenario', () => {
  it('a cautious Washington intervenes in the invasion the first turn it may, in every game', () => {
    const chances = firstChance(scenarioOf('invasion', 'base'), 60);
    for (const c of chances) expect(c?.decision).toBe('intervene');
  });

  it('in the delayed excursion it intervenes at once from D+14', () => {
    const chances = firstChance(scenarioOf('invasion', 'us-delayed'), 30);
    for (const c of chances) {
      expect(c!.day).toBeGreaterThanOrEqual(14);
      expect(c!.decision).toBe('intervene');
    }
  });

  it('without that premise the same cautious cabinet sometimes waits a turn over intervening', () => {
    const invasion = scenarioOf('invasion', 'base');
    const chances = firstChance({ ...invasion, bots: { ...invasion.bots, usIntervenesAtOnce: false } }, 60);
    expect(chances.filter((c) => c?.decision === 'hold').length).toBeGreaterThan(5);
  });
});
