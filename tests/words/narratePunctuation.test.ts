// A roll's narration puts what was at stake before a colon: "News comes: <headline>: a 35% chance." A
// headline that is a question (the zh-TW 日本評論界質疑：華府會跟上東京對隔離的立場嗎？) then printed "？：",
// a question mark and a colon. Checked here for every inject of every scenario in every language, and
// for headlines an author ends with ?, ！ or 。.
import type { GameEvent, Scenario } from '../../engine/index.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { loadScenario, scenarioFiles } from '../../scenarios/catalog.ts';
import { narrateTurn, rollText } from '../../scenarios/words/narrate.ts';
import { LANGUAGES, setLanguage } from '../../scenarios/words/words.ts';

type Roll = Extract<GameEvent, { type: 'roll' }>;
const roll = (inject: string, success: boolean): Roll => ({ type: 'roll', chance: 'inject', inject, probability: 0.35, roll: success ? 0.2 : 0.6, success } as Roll);
/** A sentence end and a colon after it, in either script. */
const PUNCTUATION_THEN_COLON = /[?？!！.。]\s*[:：]/;

afterEach(() => setLanguage('en'));

describe('a roll on an inject is narrated without a colon after the headline\'s own punctuation', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: every shipped inject`, () => {
      setLanguage(lang);
      for (const f of scenarioFiles('en')) {
        const s = loadScenario(f.id, undefined, lang) as Scenario;
        for (const i of s.injects) {
          for (const success of [true, false]) {
            const text = rollText(roll(i.id, success), s);
            expect(text, `${f.id}/${i.id}`).not.toMatch(PUNCTUATION_THEN_COLON);
            expect(text, `${f.id}/${i.id}: the headline is told`).toContain(i.headline);
          }
        }
      }
    });

    it(`${lang}: headlines ending in a question mark, an exclamation mark or a full stop, and one ending in none`, () => {
      setLanguage(lang);
      const base = loadScenario('quarantine', undefined, lang) as Scenario;
      for (const headline of ['Will Washington match Tokyo?', '華府會跟上東京嗎？', 'Ships turn back!', '船が引き返す！', 'Talks resume in Washington, D.C.', '協議は再開された。']) {
        const s: Scenario = { ...base, injects: base.injects.map((i, k) => (k === 0 ? { ...i, headline } : i)) };
        const text = rollText(roll(base.injects[0]!.id, false), s);
        expect(text).not.toMatch(PUNCTUATION_THEN_COLON);
        expect(text).toContain(headline);
        // The sentence after the headline starts as a sentence does.
        if (lang === 'en') expect(text).toContain(`${headline} A 35% chance.`);
      }
      const plain = rollText(roll(base.injects[0]!.id, true), base);
      expect(plain).toMatch(lang === 'en' ? /: a 35% chance\./ : /：(確率|機率)35%。/);
      // The turn report says it the same way.
      expect(narrateTurn([roll(base.injects[0]!.id, true)], base).chances).toEqual([plain]);
    });
  }
});
