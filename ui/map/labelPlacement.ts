import type { Container, Text } from 'pixi.js';
import { symbolScale, type Obstacle } from './layers/layer.ts';

/**
 * Greedy label placement at the current zoom: labels in priority order each take the first spot
 * next to their point that overlaps neither a marker nor a label already placed, inside the frame;
 * a label with no free spot is left out until the reader zooms in (a name set far from its point
 * reads as another place's). Runs on zoom changes, not on pans (a pan moves everything together),
 * over a few dozen labels: well under a millisecond.
 */
export interface MapLabel {
  text: Text;
  /** Map point the label belongs to. */
  x: number;
  y: number;
  /** Radius, in CSS pixels, of the marker drawn at the point (0 for a free label such as a strait's). */
  markerRadius: number;
  /** Higher is placed first. */
  priority: number;
  /** Whether the label is wanted now (a hidden marker's label is not). */
  wanted(): boolean;
  /** Try below the marker first (for a label that should stay in view with its marker). */
  belowFirst?: boolean;
  /** Where the label went, in map units, for hover tests: left, top, right, bottom. */
  bounds: [number, number, number, number];
  shown: boolean;
}

type Box = [number, number, number, number];

const GAP = 3;

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
}

/** Candidate top-left offsets (CSS px) from the point, best first. */
function candidates(w: number, h: number, r: number, belowFirst: boolean, out: [number, number][]): void {
  out.length = 0;
  if (r === 0) {
    out.push(
      [-w / 2, -h / 2], [-w / 2, -h - 2], [-w / 2, 2], [4, -h / 2], [-w - 4, -h / 2],
      [-w / 2, -1.6 * h - 4], [-w / 2, 0.6 * h + 4],
    );
    return;
  }
  const d = r + GAP;
  if (belowFirst) out.push([-w / 2, d], [-w / 2, -d - h]);
  out.push(
    [d, -h / 2], // right
    [-d - w, -h / 2], // left
    [-w / 2, -d - h], // above
    [-w / 2, d], // below
    // Diagonals: just clear of the marker's own box.
    [r + 2.5, -r - 2.5 - h], // upper right
    [r + 2.5, r + 2.5], // lower right
    [-r - 2.5 - w, -r - 2.5 - h], // upper left
    [-r - 2.5 - w, r + 2.5], // lower left
  );
}

/** Where a label along a line may go: shifts across and along the line, in text heights. */
const ALONG_SHIFTS: readonly [number, number][] = [
  [0, 0], [0.9, 0], [-0.9, 0], [0, 1.5], [0, -1.5], [0.9, 1.5], [0.9, -1.5], [-0.9, 1.5], [-0.9, -1.5], [0, 3], [0, -3],
];

/**
 * A label set along a line (a strait's axis, a boundary): always shown, shifted off markers where it
 * can be; the other labels keep off it.
 */
export interface AlongLabel {
  text: Text;
  /** Map point on the line. */
  x: number;
  y: number;
  /** Radians, the text's direction on screen. */
  angle: number;
  /** Pixels from the line to the text's middle, toward the text's top (negative: below the line). */
  offset: number;
  /** Placed in turn with the other labels, by priority. */
  priority: number;
}

export class LabelPlacer {
  private readonly labels: MapLabel[] = [];
  /** Both kinds, most important first. */
  private readonly order: (MapLabel | AlongLabel)[] = [];
  private readonly obstacles: Obstacle[] = [];
  private readonly cands: [number, number][] = [];
  private readonly placed: Box[] = [];
  private readonly alongBoxes: Box[] = [];

  /** `width`, `height`: the theatre's frame in map units; labels stay inside it. */
  constructor(readonly layer: Container, private readonly width: number, private readonly height: number) {
  }

  private placeAlong(a: AlongLabel, zoom: number, ts: number): void {
    const placed = this.placed;
    const inv = 1 / zoom;
    const tinv = ts * inv;
    const t = a.text;
    t.scale.set(1);
    const w = t.width * ts, h = t.height * ts;
    const c = Math.cos(a.angle), s = Math.sin(a.angle);
    // Its footprint: squares along its length, from its middle (mx, my).
    const n = Math.max(1, Math.ceil(w / h));
    const half = h / 2;
    const footprint = (mx: number, my: number, out: Box[]) => {
      out.length = 0;
      for (let i = 0; i < n; i++) {
        const d = -w / 2 + (i + 0.5) * (w / n);
        const bx = mx + c * d, by = my + s * d;
        out.push([bx - half, by - half, bx + half, by + half]);
      }
      return out;
    };
    // On the line, or shifted across or along it, wherever it covers nothing; where it covers least
    // if nowhere is clear.
    const base = this.alongBoxes;
    let mx = 0, my = 0, least = Infinity;
    for (const [across, along] of ALONG_SHIFTS) {
      const x = a.x * zoom + s * (a.offset + across * h) + c * along * h;
      const y = a.y * zoom - c * (a.offset + across * h) + s * along * h;
      footprint(x, y, base);
      let hits = 0;
      for (const b of base) for (const p of placed) if (overlaps(b, p)) hits++;
      if (hits < least) {
        least = hits;
        mx = x;
        my = y;
        if (hits === 0) break;
      }
    }
    t.scale.set(tinv);
    t.position.set(mx * inv, my * inv);
    for (const b of footprint(mx, my, base)) placed.push(b);
  }

  add(label: MapLabel): void {
    this.labels.push(label);
    this.order.push(label);
    this.order.sort((a, b) => b.priority - a.priority);
    this.layer.addChild(label.text);
  }

  addAlong(label: AlongLabel): void {
    label.text.anchor.set(0.5, 0.5);
    label.text.rotation = label.angle;
    this.order.push(label);
    this.order.sort((a, b) => b.priority - a.priority);
    this.layer.addChild(label.text);
  }

  addObstacle(o: Obstacle): void {
    this.obstacles.push(o);
  }

  /** Place every label for a zoom (CSS px per map unit). */
  place(zoom: number): void {
    const placed = this.placed;
    placed.length = 0;
    // Text a little smaller when the whole theatre is squeezed onto a small screen.
    const ts = Math.min(1, Math.max(0.86, symbolScale(zoom)));
    const inv = 1 / zoom;
    const tinv = ts * inv;
    const maxX = this.width * zoom - 2, maxY = this.height * zoom - 2;

    // Markers and fixed boxes first: labels keep off them.
    for (const l of this.labels) {
      if (l.markerRadius > 0 && l.wanted()) {
        const sx = l.x * zoom, sy = l.y * zoom, r = l.markerRadius + 1;
        placed.push([sx - r, sy - r, sx + r, sy + r]);
      }
    }
    for (const o of this.obstacles) {
      if (!o.visible()) continue;
      const sx = o.x * zoom, sy = o.y * zoom;
      placed.push([sx + o.box[0], sy + o.box[1], sx + o.box[2], sy + o.box[3]]);
    }
    for (const item of this.order) {
      if ('angle' in item) {
        this.placeAlong(item, zoom, ts);
        continue;
      }
      const l = item;
      const t = l.text;
      if (!l.wanted()) {
        t.visible = l.shown = false;
        continue;
      }
      // The text's own size at scale 1 (it is drawn at screen size).
      t.scale.set(1);
      const w = t.width * ts, h = t.height * ts;
      const sx = l.x * zoom, sy = l.y * zoom;
      candidates(w, h, l.markerRadius, l.belowFirst ?? false, this.cands);
      let chosen: [number, number] | null = null;
      for (const c of this.cands) {
        const box: Box = [sx + c[0] - 1, sy + c[1] - 1, sx + c[0] + w + 1, sy + c[1] + h + 1];
        if (box[0] < 2 || box[1] < 2 || box[2] > maxX || box[3] > maxY) continue;
        let free = true;
        for (const p of placed) if (overlaps(box, p)) { free = false; break; }
        if (free) {
          chosen = c;
          placed.push(box);
          break;
        }
      }
      if (!chosen) {
        t.visible = l.shown = false;
        continue;
      }
      t.visible = l.shown = true;
      t.scale.set(tinv);
      t.position.set(l.x + chosen[0] * inv, l.y + chosen[1] * inv);
      l.bounds[0] = t.x;
      l.bounds[1] = t.y;
      l.bounds[2] = t.x + w * inv;
      l.bounds[3] = t.y + h * inv;
    }
  }
}
