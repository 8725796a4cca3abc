import { geoMercator, type GeoProjection } from 'd3-geo';

/**
 * The map's one projection, shared by the build step that projects the land (landPlugin) and the
 * client that projects places, lines and zones, so the two always agree.
 *
 * Mercator, framed on the theatre: Fujian, Taiwan, the Ryukyus, Kyushu to Misawa, Luzon and Guam
 * (13.58N 144.93E). The frame reaches west to 109.5E so Zhanjiang (110.34E, a place in
 * scenarios/theatre.json) is on the map; the frame is then close to square, which suits a landscape
 * screen better than a tall one. Map units: the frame is MAP_WIDTH units wide, y grows southward.
 */
export const THEATRE_BOUNDS = { west: 109.5, east: 146.5, south: 11.5, north: 42.5 } as const;

export const MAP_WIDTH = 1000;

const unit = geoMercator().scale(1).translate([0, 0]);
const nw = unit([THEATRE_BOUNDS.west, THEATRE_BOUNDS.north])!;
const se = unit([THEATRE_BOUNDS.east, THEATRE_BOUNDS.south])!;
const k = MAP_WIDTH / (se[0] - nw[0]);

/** Height of the frame in map units (about 959). */
export const MAP_HEIGHT = Math.round(k * (se[1] - nw[1]) * 1000) / 1000;

const SCALE = k;
const TRANSLATE: [number, number] = [-k * nw[0], -k * nw[1]];

/** A fresh d3 projection of the theatre (fresh because d3 projections are mutable). */
export function theatreProjection(): GeoProjection {
  return geoMercator().scale(SCALE).translate(TRANSLATE);
}

const shared = theatreProjection();

/** [lat, lon] in degrees to [x, y] in map units. */
export function project(lat: number, lon: number): [number, number] {
  const p = shared([lon, lat])!;
  return [p[0], p[1]];
}

/** Map units back to [lat, lon]. */
export function unproject(x: number, y: number): [number, number] {
  const p = shared.invert!([x, y])!;
  return [p[1], p[0]];
}
