/**
 * Bots that read what the variants change: the energy clock under a quarantine (reserves-2030) and whether a
 * quarantine cuts trade at all (limited). Each test plays to the situation through the command path, then asks
 * the policy what it wants, so a bot's hesitation roll does not hide its preference.
 */
import { describe, expect, it } from 'vitest';
import { taipeiPolicy } from '../../engine/bots/taipeiPolicy.ts';
import { washingtonPolicy } from '../../engine/bots/washingtonPolicy.ts';
import { wish } from '../../engine/bots/policy.ts';
import { factsOf, type BotTemperament, type GameState, type Scenario } from '../../engine/index.ts';
import { playSteps, type Step } from '../law/support.ts';
import { scenarioOf } from './support.ts';

function wishes(policy: typeof taipeiPolicy | typeof washingtonPolicy, scenario: Scenario, state: GameState, temperament: BotTemperament) {
  return (policy as (a: unknown) => unknown[])({ scenario, state, facts: factsOf(state, scenario.legal), temperament }).map((w) => wish(w as never));
}

// Taipei rations from the start, as its bots do once shipping falls below 70%.
const quarantineFor = (turns: number): Step[] => [{ decisions: { beijing: 'declareQuarantine', taipei: 'rationEnergy' } }, ...Array.from({ length: turns }, () => ({}))];
const at = (scenario: Scenario, seed: string, steps: Step[]) => playSteps(scenario, seed, steps).last;

describe('Taipei reads the LNG clock under a quarantine', () => {
  it('with less than a week of gas left, a cautious Taipei seeks talks and offers customs declarations; with the 2030 reserves it does not yet', () => {
    const comprehensive = scenarioOf('quarantine', 'comprehensive');
    const reserves = scenarioOf('quarantine', 'reserves-2030');
    const short = at(comprehensive, 'clock', quarantineFor(9));
    const stocked = at(reserves, 'clock', quarantineFor(9));
    expect(short.indicators.lngDays).toBeLessThan(7);
    expect(stocked.indicators.lngDays).toBeGreaterThanOrEqual(7);
    expect(wishes(taipeiPolicy, comprehensive, short, 'cautious').map((w) => w.decision)).toContain('openNegotiations');
    expect(wishes(taipeiPolicy, reserves, stocked, 'cautious').map((w) => w.decision)).not.toContain('openNegotiations');
    // A hawk holds out on the same clock.
    expect(wishes(taipeiPolicy, comprehensive, short, 'hawkish').map((w) => w.decision)).not.toContain('openNegotiations');
    // In talks, the offer includes what the quarantine asks for.
    const talking = at(comprehensive, 'clock', [...quarantineFor(9), { decisions: { taipei: 'openNegotiations' } }]);
    const offer = wishes(taipeiPolicy, comprehensive, talking, 'cautious').find((w) => w.decision === 'proposeSettlement');
    expect(offer?.proposal?.terms).toContain('acceptCustomsDeclarations');
  });
});

describe('Washington escorts a quarantine only while it cuts trade (D33-Q)', () => {
  it('a hawk escorts the comprehensive quarantine, not the limited one that lets trade through; a blockade either way', () => {
    const comprehensive = scenarioOf('quarantine', 'comprehensive');
    const limited = scenarioOf('quarantine', 'limited');
    const cut = at(comprehensive, 'escort', quarantineFor(1));
    const open = at(limited, 'escort', quarantineFor(1));
    expect(cut.indicators.shippingPct).toBeLessThan(comprehensive.params.shipping.restoredPct);
    expect(open.indicators.shippingPct).toBeGreaterThanOrEqual(limited.params.shipping.restoredPct);
    expect(wishes(washingtonPolicy, comprehensive, cut, 'hawkish').map((w) => w.decision)).toContain('escortConvoys');
    expect(wishes(washingtonPolicy, limited, open, 'hawkish').map((w) => w.decision)).not.toContain('escortConvoys');
    const blockade = scenarioOf('blockade', 'base');
    const blockaded = at(blockade, 'escort', [{ decisions: { beijing: 'declareBlockade' } }]);
    expect(wishes(washingtonPolicy, blockade, blockaded, 'cautious').map((w) => w.decision)).toContain('escortConvoys');
  });
});
