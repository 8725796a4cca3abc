/**
 * Rationing plans the power cuts, so essential load keeps power and a shortfall wears Taiwan's resolve less than blackouts
 * (politics.powerCutWearWhenRationing). Played through the command path, in a blockade nobody can run.
 */
import { describe, expect, it } from 'vitest';
import { holds, playSteps, withParams } from '../law/support.ts';
import { blockade } from './support.ts';

/** Taiwan's resolve after ten weeks of a blockade without resupply, Taipei rationing from the first turn or never. */
function resolveAfterTenWeeks(rationing: boolean, scenario = blockade('no-resupply')) {
  const played = playSteps(scenario, 'rationing', [{ decisions: { beijing: 'declareBlockade', ...(rationing ? { taipei: 'rationEnergy' } : {}) } }, ...holds(10)]);
  const last = played.last;
  expect(last.tracks.taipei.energy).toBe(rationing ? 'rationing' : 'normalSupply');
  return { resolve: last.indicators.taiwanResolve, electricity: last.indicators.electricityPct };
}

describe('rationing spares Taiwan\'s resolve', () => {
  it('a Taiwan that rations keeps more of its will through the same blockade than one that does not', () => {
    const rationed = resolveAfterTenWeeks(true);
    const not = resolveAfterTenWeeks(false);
    // By ten weeks both have run out of gas and coal: the lights are as dim either way, the will is not.
    expect(Math.abs(rationed.electricity - not.electricity)).toBeLessThan(5);
    expect(rationed.resolve).toBeGreaterThan(not.resolve + 15);
  });

  it('more than its stretching of the stocks alone would: with full wear under rationing, the gain is much smaller', () => {
    const gain = (scenario: ReturnType<typeof blockade>) => resolveAfterTenWeeks(true, scenario).resolve - resolveAfterTenWeeks(false, scenario).resolve;
    const fullWear = withParams(blockade('no-resupply'), { 'politics.powerCutWearWhenRationing': 1 });
    expect(gain(blockade('no-resupply'))).toBeGreaterThan(gain(fullWear) + 10);
  });
});
