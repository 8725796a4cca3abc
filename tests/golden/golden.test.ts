import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReplay, RULES_VERSION, verifyReplay } from '../../engine/index.ts';
import { loadScenario } from '../../scenarios/catalog.ts';
import { divergenceText } from '../../scenarios/words/messages.ts';
import { GOLDEN_GAMES } from './goldenGames.ts';

describe('golden replays', () => {
  for (const g of GOLDEN_GAMES) {
    it(`${g.name} re-simulates to the recorded state hashes under rules ${RULES_VERSION}`, () => {
      const parsed = parseReplay(readFileSync(new URL(`./${g.name}.replay.json`, import.meta.url), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.error);
      expect(parsed.value.rulesVersion, 'rules changed: re-record golden replays with npm run golden:record and bump RULES_VERSION').toBe(RULES_VERSION);
      const scenario = loadScenario(g.scenario, g.variant);
      if (typeof scenario === 'string') throw new Error(scenario);
      const v = verifyReplay(parsed.value, scenario);
      expect(v.ok ? 'matches' : `diverged: ${divergenceText(v.divergence)}`).toBe('matches');
    });
  }
});
