import { geoArea, geoStream, type GeoStream } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection, GeometryObject } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import type { LandPoint, TheatreLand } from './landTypes.ts';
import { MAP_HEIGHT, MAP_WIDTH, THEATRE_BOUNDS, project, theatreProjection } from './projection.ts';

/**
 * Build-time only (run by landPlugin in Node): Natural Earth's 10m land, projected into map units,
 * clipped to the frame, simplified and rounded, small enough to ship with the app.
 */

export interface BuildOptions {
  /** Drop a point closer than this (map units) to the last one kept. */
  minStep?: number;
  /** Round coordinates to this step (map units). */
  grid?: number;
  /** Point islands to add, e.g. Matsu from scenarios/theatre.json. */
  points?: LandPoint[];
}

/** Pratas (Dongsha) Island, held by Taiwan, absent from the 10m land layer and from theatre.json. */
export const PRATAS = { id: 'pratas', name: 'Pratas (Dongsha) Island', lat: 20.7, lon: 116.72, source: 'APPROX (not in domain-facts; position of the atoll\'s island)' };

type Ring = [number, number][];

/** Collects the projected, clipped rings a d3 projection stream emits. */
function ringCollector(): { stream: GeoStream; take(): Ring[] } {
  let rings: Ring[] = [];
  let ring: Ring | null = null;
  const stream: GeoStream = {
    point(x, y) { ring?.push([x, y]); },
    lineStart() { ring = []; },
    lineEnd() { if (ring && ring.length >= 3) rings.push(ring); ring = null; },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  return { stream, take() { const r = rings; rings = []; return r; } };
}

/** Twice the signed area (shoelace), in map units with y down. */
function signedArea(r: Ring): number {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j]![0] - r[i]![0]) * (r[j]![1] + r[i]![1]);
  return a;
}

function inside(x: number, y: number, r: Ring): boolean {
  let c = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i]!;
    const [xj, yj] = r[j]!;
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

/** Radial-distance simplification, then rounding to the grid; tiny islands are kept, not collapsed. */
function simplify(r: Ring, minStep: number, grid: number): number[] {
  // Rounded onto the grid and kept inside the frame (a kept tiny island can poke past its edge).
  const round = (v: number, max: number) => Math.min(max, Math.max(0, Math.round(v / grid) * grid));
  const rx0 = (v: number) => round(v, MAP_WIDTH), ry0 = (v: number) => round(v, MAP_HEIGHT);
  const min2 = minStep * minStep;
  const out: number[] = [];
  let lx = Infinity, ly = Infinity;
  for (const [x, y] of r) {
    const dx = x - lx, dy = y - ly;
    if (dx * dx + dy * dy < min2) continue;
    lx = x; ly = y;
    const rx = rx0(x), ry = ry0(y);
    const n = out.length;
    if (n >= 2 && out[n - 2] === rx && out[n - 1] === ry) continue;
    out.push(rx, ry);
  }
  // The closing point may have come back onto the first.
  while (out.length > 2 && out[0] === out[out.length - 2] && out[1] === out[out.length - 1]) out.length -= 2;
  if (out.length >= 6) return out.map((v) => +v.toFixed(3));
  // The island is smaller than the step: keep its extreme points (or a small diamond) so it survives.
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of r) { minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y); }
  const cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
  const hx = Math.max((maxX - minX) / 2, grid * 2), hy = Math.max((maxY - minY) / 2, grid * 2);
  return [cx, cy - hy, cx + hx, cy, cx, cy + hy, cx - hx, cy].map((v, i) => +(i % 2 ? ry0(v) : rx0(v)).toFixed(3));
}

function polygonsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(polygonsOf);
  return [];
}

function nearTheatre(polygon: Position[][]): boolean {
  const m = 2; // degrees of margin: clipping decides the rest
  for (const [lon, lat] of polygon[0]!) {
    if (lon! >= THEATRE_BOUNDS.west - m && lon! <= THEATRE_BOUNDS.east + m && lat! >= THEATRE_BOUNDS.south - m && lat! <= THEATRE_BOUNDS.north + m) return true;
  }
  return false;
}

export function buildTheatreLand(topology: Topology, options: BuildOptions = {}): TheatreLand {
  const minStep = options.minStep ?? 0.6;
  const grid = options.grid ?? 0.1;
  const object = Object.values(topology.objects)[0] as GeometryCollection | GeometryObject;
  const geo = feature(topology, object) as Feature | FeatureCollection;
  const geometries = 'features' in geo ? geo.features.map((f) => f.geometry) : [geo.geometry];

  const projection = theatreProjection().clipExtent([[0, 0], [MAP_WIDTH, MAP_HEIGHT]]);
  const collector = ringCollector();
  const stream = projection.stream(collector.stream);
  const polygons: number[][][] = [];

  for (const g of geometries) {
    for (const coords of polygonsOf(g)) {
      const polygon: Polygon = { type: 'Polygon', coordinates: coords };
      // A wrongly wound ring reads as the whole globe minus an island: drop it (engineering.md).
      if (geoArea(polygon) > 2 * Math.PI) continue;
      if (!nearTheatre(coords)) continue;
      geoStream(polygon, stream);
      const rings = collector.take();
      if (rings.length === 0) continue;
      // d3 emits exterior rings clockwise on screen (y down): positive here; holes the other way.
      const outers = rings.filter((r) => signedArea(r) > 0);
      const holes = rings.filter((r) => signedArea(r) <= 0);
      const groups = outers.map((o) => [o]);
      for (const h of holes) {
        const owner = groups.find((grp) => inside(h[0]![0], h[0]![1], grp[0]!));
        if (owner) owner.push(h);
      }
      for (const grp of groups) polygons.push(grp.map((r) => simplify(r, minStep, grid)));
    }
  }

  const points = [...(options.points ?? [])];
  if (!points.some((p) => p.id === PRATAS.id)) {
    const [x, y] = project(PRATAS.lat, PRATAS.lon);
    points.push({ id: PRATAS.id, name: PRATAS.name, x: +x.toFixed(1), y: +y.toFixed(1), source: PRATAS.source });
  }
  return { width: MAP_WIDTH, height: MAP_HEIGHT, polygons, points };
}
