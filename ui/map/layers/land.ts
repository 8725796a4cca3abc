import { Container, Graphics, type Shader } from 'pixi.js';
import { useFlatShader } from '../flatShader.ts';
import type { TheatreLand } from '../landTypes.ts';
import { PALETTE } from '../palette.ts';
import { THEATRE_BOUNDS, project } from '../projection.ts';
import type { MapLayer } from './layer.ts';

/** Radius, in map units, of the dot drawn for an island too small for the land data. */
const POINT_ISLAND_RADIUS = 0.9;

/** Rings smaller than this (map units across) get an outline. */
const SMALL_ISLAND = 12;

function isSmall(ring: readonly number[]): boolean {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < ring.length; i += 2) {
    const x = ring[i]!, y = ring[i + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return maxX - minX < SMALL_ISLAND && maxY - minY < SMALL_ISLAND;
}

/**
 * A graticule, the land, the outlines of small islands and the margin around the frame, drawn once.
 * Outlines, graticule and frame are pixel lines, one screen pixel wide at any zoom, so tiny islands
 * stay visible.
 */
export function createLandLayer(land: TheatreLand, flat?: Shader): MapLayer {
  const container = new Container({ label: 'land', eventMode: 'none', interactiveChildren: false });
  const { width, height } = land;

  // The sea is the renderer's clear colour (free); only the margin around the frame is painted,
  // as four bands. In a software renderer (SwiftShader) every painted pixel costs: no full-screen layers.
  const FAR = 1e5;
  const margin = new Graphics({ label: 'margin' })
    .rect(-FAR, -FAR, 2 * FAR + width, FAR).rect(-FAR, height, 2 * FAR + width, FAR)
    .rect(-FAR, 0, FAR, height).rect(width, 0, FAR, height)
    .fill(PALETTE.margin);
  const sea = new Graphics({ label: 'graticule' });
  for (let lon = Math.ceil(THEATRE_BOUNDS.west / 5) * 5; lon < THEATRE_BOUNDS.east; lon += 5) {
    const [x] = project(0, lon);
    sea.moveTo(x, 0).lineTo(x, height);
  }
  for (let lat = Math.ceil(THEATRE_BOUNDS.south / 5) * 5; lat < THEATRE_BOUNDS.north; lat += 5) {
    const [, y] = project(lat, 120);
    sea.moveTo(0, y).lineTo(width, y);
  }
  sea.stroke({ color: PALETTE.graticule, alpha: 0.35, pixelLine: true });

  const fill = new Graphics({ label: 'landfill' });
  const coast = new Graphics({ label: 'coast' });
  for (const polygon of land.polygons) {
    const outer = polygon[0];
    if (!outer) continue;
    fill.poly(outer, true);
    // Outline only the small islands, which a one-pixel line keeps visible at any zoom; the long
    // coasts need none, and their many segments would cost a software rasterizer milliseconds a frame.
    if (isSmall(outer)) coast.poly(outer, true);
  }
  fill.fill(PALETTE.land);
  // Lakes (holes) are painted as water: the theatre's land has none at this resolution, but keep it right.
  let holes = false;
  for (const polygon of land.polygons) for (let i = 1; i < polygon.length; i++) { fill.poly(polygon[i]!, true); holes = true; }
  if (holes) fill.fill(PALETTE.sea);
  for (const p of land.points) {
    fill.circle(p.x, p.y, POINT_ISLAND_RADIUS).fill(PALETTE.land);
    coast.circle(p.x, p.y, POINT_ISLAND_RADIUS);
  }
  coast.stroke({ color: PALETTE.coast, pixelLine: true });

  const frame = new Graphics().rect(0, 0, width, height).stroke({ color: PALETTE.frame, pixelLine: true });
  if (flat) useFlatShader(flat, margin, fill, coast, sea);
  container.addChild(sea, fill, coast, margin, frame);

  return {
    container,
    hoverTargets: [],
    destroy() {
      container.destroy({ children: true });
      flat?.destroy();
    },
  };
}
