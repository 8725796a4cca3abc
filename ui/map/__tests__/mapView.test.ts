import { describe, expect, it } from 'vitest';
import { createGame } from '../../../engine/index.ts';
import { loadScenario, scenarioFile, theatre } from '../../../scenarios/catalog.ts';
import { mapViewOf } from '../mapView.ts';

describe('mapViewOf', () => {
  const scenario = loadScenario('blockade');
  if (typeof scenario === 'string') throw new Error(scenario);
  const zones = [...theatre().zones, ...(scenarioFile('blockade')?.map.zones ?? [])];

  it('reads the blockade scenario start: an exercise, no strikes, full shipping and stocks', () => {
    const v = mapViewOf(createGame(scenario, 'view'), scenario, zones);
    expect(v.coercion).toBe('largeScaleExercise');
    expect([...v.activeZones]).toEqual(['exercise-ring']);
    expect(v.strikes).toBe('none');
    expect(v.shippingPct).toBe(100);
    expect(v.invasionUnderWay).toBe(false);
    expect(v.energy).toEqual(v.energyStart);
  });

  it('shows the no-sail zones under a blockade and the landing area once an invasion is launched', () => {
    const s = createGame(scenario, 'view');
    s.tracks.beijing = { ...s.tracks.beijing, coercion: 'blockade', missileStrikes: 'onTaiwanOnly' };
    let v = mapViewOf(s, scenario, zones);
    expect([...v.activeZones].sort()).toEqual(['no-sail-east', 'no-sail-north', 'no-sail-south', 'no-sail-west']);
    s.flags.invasionLaunched = true;
    v = mapViewOf(s, scenario, zones);
    expect(v.activeZones.has('landing-south')).toBe(true);
  });
});
