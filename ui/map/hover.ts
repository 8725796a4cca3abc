/**
 * What the pointer is over. Layers register targets; one hit test per pointer move walks them,
 * highest priority first, in map units. Cheaper and more predictable than pixi's per-object events,
 * and it leaves pixi's events to the camera's drag and pinch.
 */
export interface HoverTarget {
  /** Higher wins where targets overlap: markers over places over lanes over zones. */
  priority: number;
  /** Whether the target is shown now. */
  visible(): boolean;
  /** Is the map point (x, y) on the target? `unitsPerPx`: map units per screen pixel now. */
  hit(x: number, y: number, unitsPerPx: number): boolean;
  info(): { title: string; lines: string[] };
}

/** Places add their own importance / 100 to theirs, so keep a gap of more than 1 above it. */
export const HOVER_PRIORITY = { zone: 10, line: 20, lane: 30, place: 40, marker: 50 } as const;

export function findHover(targets: readonly HoverTarget[], x: number, y: number, unitsPerPx: number): HoverTarget | null {
  let best: HoverTarget | null = null;
  for (const t of targets) {
    if (best && t.priority <= best.priority) continue;
    if (t.visible() && t.hit(x, y, unitsPerPx)) best = t;
  }
  return best;
}

/** Distance from (x, y) to the segment a-b, squared. */
export function segmentDistance2(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((x - ax) * dx + (y - ay) * dy) / len2;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const px = ax + t * dx - x, py = ay + t * dy - y;
  return px * px + py * py;
}

/** Is (x, y) within `tolerance` of the polyline given as flat [x0, y0, x1, y1, ...]? */
export function nearPolyline(x: number, y: number, flat: readonly number[], tolerance: number): boolean {
  const t2 = tolerance * tolerance;
  for (let i = 0; i + 3 < flat.length; i += 2) {
    if (segmentDistance2(x, y, flat[i]!, flat[i + 1]!, flat[i + 2]!, flat[i + 3]!) <= t2) return true;
  }
  return false;
}

/** Even-odd point in polygon, flat [x0, y0, ...]. */
export function insidePolygon(x: number, y: number, flat: readonly number[]): boolean {
  let c = false;
  const n = flat.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
    const xi = flat[i]!, yi = flat[i + 1]!, xj = flat[j]!, yj = flat[j + 1]!;
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}
