// The strategist's timing, bundled for a blank page in Chromium by cli/perfStrategist.ts.
import { loadScenario } from '../scenarios/catalog.ts';
import { strategistGames } from './strategistTurns.ts';

(globalThis as { strategistGames?: unknown }).strategistGames = (id: string, seed: string) => {
  const scenario = loadScenario(id);
  if (typeof scenario === 'string') throw new Error(scenario);
  return strategistGames(scenario, seed);
};
