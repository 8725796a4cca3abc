import { describe, expect, it } from 'vitest';
import { Draft } from '../../engine/applyEvent.ts';
import { draftFacts, factsAfresh } from '../../engine/facts.ts';
import { botSeats, createGame, playTurns, turnCommands } from '../../engine/index.ts';
import { scenarioFiles } from '../../scenarios/catalog.ts';
import { scenarioOf } from './support.ts';

// draftFacts keeps a changing state's facts until something they are read from changes (engine/facts.ts). Played as
// adjudication plays it: every event of every turn of many games applied one at a time to one draft, the facts
// compared with facts worked out afresh after each.
describe('the facts of a draft', () => {
  for (const { id } of scenarioFiles()) {
    it(`are the facts worked out afresh after every event of ${id}'s games`, () => {
      const scenario = scenarioOf(id);
      let compared = 0;
      let reused = 0;
      for (let g = 0; g < 30; g++) {
        const seed = `draft-facts-${g}`;
        const seats = botSeats('mixed', seed);
        const played = playTurns(scenario, createGame(scenario, seed), (s) => (s.outcome ? null : { commands: turnCommands(scenario, s, seats) }));
        for (const [k, turn] of played.turns.entries()) {
          const draft = new Draft(played.states[k]!);
          const facts = draftFacts(scenario.legal);
          let last = facts(draft.state);
          for (const event of turn.events) {
            const state = draft.apply([event]);
            const now = facts(state);
            expect(now, `${seed}, turn ${turn.turn}, after ${event.type}`).toEqual(factsAfresh(state, scenario.legal));
            if (now === last) reused++;
            last = now;
            compared++;
          }
        }
      }
      expect(compared).toBeGreaterThan(1000);
      // Most events change only indicators and forces: their facts are kept, not worked out again.
      expect(reused / compared).toBeGreaterThan(0.5);
    });
  }
});
