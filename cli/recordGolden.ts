import { writeFileSync } from 'node:fs';
import { applyFacilitator, createGame, createReplay, playTurns, turnCommands } from '../engine/index.ts';
import { loadScenario } from '../scenarios/catalog.ts';
import { GOLDEN_GAMES } from '../tests/golden/goldenGames.ts';

// Re-record the golden replays. Run only on purpose, after a rules change that alters outcomes,
// together with a RULES_VERSION bump (engine/version.ts): `npm run golden:record`.
for (const g of GOLDEN_GAMES) {
  const scenario = loadScenario(g.scenario, g.variant);
  if (typeof scenario === 'string') throw new Error(scenario);
  const game = playTurns(scenario, createGame(scenario, g.seed), (state) => {
    if (state.outcome) return null;
    const facilitator = (g.facilitator?.[state.turn] ?? []).map((c) => ({ ...c, turn: state.turn }));
    // The bots decide in the situation the facilitator leaves, as the teams would.
    const view = applyFacilitator(scenario, state, facilitator);
    if (!view.ok) throw new Error(`${g.name}: the facilitator's commands for turn ${state.turn + 1} are refused: ${JSON.stringify(view.error)}`);
    return { commands: turnCommands(scenario, view.value.state, g.seats), facilitator };
  });
  if (game.stopped) throw new Error(`${g.name}: ${JSON.stringify(game.stopped)}`);
  const file = new URL(`../tests/golden/${g.name}.replay.json`, import.meta.url);
  writeFileSync(file, JSON.stringify(createReplay(scenario, g.seed, game.turns, game.state), null, 2) + '\n');
  console.log(`${g.name}: ${game.turns.length} turns, ${game.state.outcome} (${game.state.ending})`);
}
