/**
 * The theatre's land as the build step emits it (virtual:theatre-land): already projected into map
 * units (see projection.ts), clipped to the frame, simplified and rounded.
 */
export interface TheatreLand {
  /** The frame, in map units. */
  width: number;
  height: number;
  /**
   * Land polygons. Each is a list of rings, the outer ring first and then its holes (lakes); each ring
   * is a flat [x0, y0, x1, y1, ...] array in map units, not repeating its first point at the end.
   */
  polygons: number[][][];
  /** Islands too small for Natural Earth's 10m land (Matsu, Pratas): drawn as dots of land. */
  points: LandPoint[];
}

export interface LandPoint {
  id: string;
  name: string;
  x: number;
  y: number;
  /** Source tag of the coordinates. */
  source: string;
}
