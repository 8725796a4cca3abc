// Strategist bots in the browser: they look ahead in a web worker (ui/app/strategists.ts), so the page stays
// responsive while they decide, and the game they play is the one the engine plays with the same seats and seed.
import { describe, expect, it } from 'vitest';
import { createGame, playTurns, stateHash, turnCommands, type Seats } from '../../engine/index.ts';
import { loadScenario } from '../../scenarios/catalog.ts';
import { appUrl } from './support/app.ts';
import { saveScreenshot, watchPage } from './support/browser.ts';
import { useBrowser } from './support/useBrowser.ts';

const browser = useBrowser();
const SEED = 'strategist-e2e';
const TURNS = 3;

describe('strategist bots in the browser', () => {
  it('decide in a worker and play the game the engine plays', async () => {
    const page = await (await browser().newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    const problems = await watchPage(page);
    await page.goto(appUrl('/'));
    await page.getByRole('heading', { name: 'New game' }).waitFor();
    await page.getByLabel('Lights out: a blockade of Taiwan').check();
    const seats: Record<string, string> = { Beijing: 'Bot: cautious', Taipei: 'Bot: cautious', Tokyo: 'Bot: strategist (looks ahead)', Washington: 'Bot: strategist (looks ahead)' };
    for (const [role, seat] of Object.entries(seats)) await page.getByLabel(role, { exact: true }).selectOption({ label: seat });
    await page.getByLabel('Seed').fill(SEED);
    await page.getByRole('button', { name: 'Read the briefing' }).click();
    await page.getByRole('button', { name: 'Start the game' }).click();
    await page.getByRole('heading', { name: /^Turn 1 of up to/ }).waitFor();
    for (let turn = 1; turn <= TURNS; turn++) {
      await page.getByRole('button', { name: 'Next turn (bots decide)' }).click();
      await page.getByRole('heading', { name: new RegExp(`^Turn ${turn + 1} of up to`) }).waitFor({ timeout: 60_000 });
    }
    await saveScreenshot(page, 'strategist-turn-4');

    // The same game in Node, the engine asking the strategists itself.
    const scenario = loadScenario('blockade');
    if (typeof scenario === 'string') throw new Error(scenario);
    const engineSeats: Seats = { beijing: 'bot:cautious', taipei: 'bot:cautious', tokyo: 'bot:strategist', washington: 'bot:strategist' };
    const played = playTurns(scenario, createGame(scenario, SEED), (s, n) => (n < TURNS && !s.outcome ? { commands: turnCommands(scenario, s, engineSeats) } : null));
    expect(await page.evaluate(() => window.__kuroshio!.stateHash!())).toBe(stateHash(played.state));
    // Every turn's strategist choices came from the worker (asked as each turn began).
    expect(await page.evaluate(() => window.__kuroshio!.strategistAnswers!())).toBeGreaterThanOrEqual(TURNS);
    expect(problems.all()).toEqual([]);
  }, 180_000);
});
