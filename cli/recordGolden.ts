import { writeFileSync } from 'node:fs';
import { createReplay, playGame } from '../engine/index.ts';
import { loadScenario } from '../scenarios/catalog.ts';
import { GOLDEN_GAMES } from '../tests/golden/goldenGames.ts';

// Re-record the golden replays. Run only on purpose, after a rules change that alters outcomes,
// together with a RULES_VERSION bump (engine/version.ts): `npm run golden:record`.
for (const g of GOLDEN_GAMES) {
  const scenario = loadScenario(g.scenario, g.variant);
  if (typeof scenario === 'string') throw new Error(scenario);
  const game = playGame(scenario, g.seed, g.seats);
  const file = new URL(`../tests/golden/${g.name}.replay.json`, import.meta.url);
  writeFileSync(file, JSON.stringify(createReplay(scenario, g.seed, game.turns, game.state), null, 2) + '\n');
  console.log(`${g.name}: ${game.turns.length} turns, ${game.state.outcome}`);
}
