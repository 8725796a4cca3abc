import { describe, expect, it } from 'vitest';
import { botSeats, createGame, playGame, ROLES } from '../../engine/index.ts';
import { loadScenario, scenarioFiles } from '../../scenarios/catalog.ts';
import { scorecardText } from '../../ui/app/scorecard/scorecardText.ts';

/** A key that came back for want of words, or a message whose values were not filled in. */
const UNSAID = /(?:^|\s)(?:scorecard|indicator|force|flag|track|packet|outcome|side|economy)\.[a-zA-Z]|\{[a-z]+[,}]/;

describe('the scorecard in words', () => {
  it('says every objective, grade, test and figure of every scenario in words, at the start and at the end', () => {
    for (const file of scenarioFiles()) {
      const scenario = loadScenario(file.id);
      if (typeof scenario === 'string') throw new Error(scenario);
      const end = playGame(scenario, 'words', botSeats('mixed', 'words'), false).state;
      for (const state of [createGame(scenario, 'words'), end]) {
        const card = scorecardText(scenario, state);
        expect(card.roles.map((r) => r.role)).toEqual([...ROLES]);
        for (const r of card.roles) {
          expect(r.heading).toMatch(/^(Beijing|Taipei|Tokyo|Washington): \d{1,3}%$/);
          for (const o of r.objectives) {
            for (const text of [o.gradeText, ...o.tests, ...o.figures]) expect(text, `${file.id} ${r.role}: ${text}`).not.toMatch(UNSAID);
            expect(o.tests[0]).toMatch(/^Met when /);
            expect(o.figures.length).toBeGreaterThan(0);
          }
        }
      }
    }
  });
});
