import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildTheatreLand } from '../buildTheatreLand.ts';
import { MAP_HEIGHT, MAP_WIDTH, project } from '../projection.ts';

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8')) as Topology;
const land = buildTheatreLand(topology);

/** Distance (map units) from a point to the nearest vertex of any land ring. */
function nearestLand(lat: number, lon: number): number {
  const [x, y] = project(lat, lon);
  let best = Infinity;
  for (const polygon of land.polygons) for (const ring of polygon) for (let i = 0; i < ring.length; i += 2) {
    best = Math.min(best, Math.hypot(ring[i]! - x, ring[i + 1]! - y));
  }
  return best;
}

describe('the theatre land built from world-atlas land-10m', () => {
  it('is small enough to ship', () => {
    expect(JSON.stringify(land).length).toBeLessThan(300_000);
  });

  it('stays inside the frame', () => {
    for (const polygon of land.polygons) for (const ring of polygon) {
      expect(ring.length).toBeGreaterThanOrEqual(6);
      for (let i = 0; i < ring.length; i += 2) {
        expect(ring[i]).toBeGreaterThanOrEqual(0);
        expect(ring[i]).toBeLessThanOrEqual(MAP_WIDTH);
        expect(ring[i + 1]).toBeGreaterThanOrEqual(0);
        expect(ring[i + 1]).toBeLessThanOrEqual(MAP_HEIGHT);
      }
    }
  });

  it.each([
    ['Yonaguni', 24.455, 122.99],
    ['the Senkakus (Uotsuri-jima)', 25.745, 123.485],
    ['Penghu', 23.57, 119.58],
    ['Green Island', 22.66, 121.49],
    ['Orchid Island', 22.05, 121.55],
    ['Kinmen', 24.43, 118.36],
    ['Guam', 13.45, 144.78],
  ])('keeps %s', (_name, lat, lon) => {
    expect(nearestLand(lat, lon)).toBeLessThan(1.5);
  });

  it('adds Pratas as a point island (Matsu comes from theatre.json through the plugin)', () => {
    expect(land.points.map((p) => p.id)).toContain('pratas');
  });
});
