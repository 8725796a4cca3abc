import { Container, Graphics } from 'pixi.js';
import type { TheatreFile } from '../../../scenarios/schema.ts';
import { HOVER_PRIORITY, nearPolyline, type HoverTarget } from '../hover.ts';
import type { LabelPlacer } from '../labelPlacement.ts';
import { PALETTE, laneColour, laneWidth } from '../palette.ts';
import { project } from '../projection.ts';
import { makeLabel } from '../text.ts';
import { Tween } from '../tween.ts';
import { sourceLine } from '../hoverWords.ts';
import { t } from '../../../scenarios/words/words.ts';
import { symbolScale, type MapLayer } from './layer.ts';

type Line = TheatreFile['lines'][number];

/** Draw a dashed polyline (flat map-unit points), dash and gap in map units. */
function dashed(g: Graphics, flat: readonly number[], dash: number, gap: number): void {
  let on = true;
  let left = dash;
  for (let i = 0; i + 3 < flat.length; i += 2) {
    let ax = flat[i]!, ay = flat[i + 1]!;
    const bx = flat[i + 2]!, by = flat[i + 3]!;
    let seg = Math.hypot(bx - ax, by - ay);
    const ux = (bx - ax) / (seg || 1), uy = (by - ay) / (seg || 1);
    while (seg > 0) {
      const step = Math.min(left, seg);
      const cx = ax + ux * step, cy = ay + uy * step;
      if (on) g.moveTo(ax, ay).lineTo(cx, cy);
      ax = cx; ay = cy; seg -= step; left -= step;
      if (left <= 1e-9) { on = !on; left = on ? dash : gap; }
    }
  }
}

/** The short names drawn along these two lines (the theatre's full names are in the hover card). */
const shortName = (id: string): string | undefined => (id === 'median-line' || id === 'first-island-chain' ? t(`ui.mapWords.line.${id}`) : undefined);

/**
 * The median line (dashed), the first island chain (a soft band) and the sea lanes, whose width and
 * colour show the shipping reaching Taiwan: thick teal at 100%, thin red near 0%.
 */
export function createLinesLayer(lines: readonly Line[], labels: LabelPlacer): MapLayer {
  const container = new Container({ label: 'lines', eventMode: 'none', interactiveChildren: false });
  const boundaries = new Graphics({ label: 'boundaries' });
  const chains = new Graphics({ label: 'chains' });
  const lanesG = new Graphics({ label: 'lanes' });
  container.addChild(chains, lanesG, boundaries);

  const shipping = new Tween(100);
  let zoom = 1;
  let drawnWidth = -1;
  let drawnZoom = -1;
  const flats = new Map<string, number[]>();
  for (const l of lines) flats.set(l.id, l.points.flatMap(([lat, lon]) => project(lat, lon)));

  const lanes = lines.filter((l) => l.kind === 'lane');
  const others = lines.filter((l) => l.kind !== 'lane');

  // Line names along the line; the other labels keep clear of them.
  for (const l of others) {
    const flat = flats.get(l.id)!;
    // On the first segment for the median line; on the chain, the segment past Kyushu.
    const seg = l.kind === 'chain' ? Math.min(1, flat.length / 2 - 2) : 0;
    const ax = flat[seg * 2]!, ay = flat[seg * 2 + 1]!, bx = flat[seg * 2 + 2]!, by = flat[seg * 2 + 3]!;
    let angle = Math.atan2(by - ay, bx - ax);
    if (angle > Math.PI / 2) angle -= Math.PI;
    if (angle < -Math.PI / 2) angle += Math.PI;
    const t = l.kind === 'chain' ? 0.5 : 0.04;
    const text = makeLabel(shortName(l.id) ?? l.name, {
      size: 11, italic: true, weight: '600', colour: l.kind === 'chain' ? 0x6d4c41 : PALETTE.medianLine, halo: 2.5,
    });
    labels.addAlong({ text, x: ax + (bx - ax) * t, y: ay + (by - ay) * t, angle, offset: 9, priority: 30 });
  }

  function drawStatic(): void {
    const inv = 1 / zoom;
    boundaries.clear();
    chains.clear();
    for (const l of others) {
      const flat = flats.get(l.id)!;
      if (l.kind === 'boundary') {
        dashed(boundaries, flat, 7 * inv, 5 * inv);
        boundaries.stroke({ color: PALETTE.medianLine, width: 2 * inv, cap: 'butt' });
      } else {
        chains.poly(flat, false).stroke({ color: PALETTE.islandChain, width: 7 * inv, alpha: 0.18, cap: 'round', join: 'round' });
        dashed(chains, flat, 3 * inv, 4 * inv);
        chains.stroke({ color: PALETTE.islandChain, width: 1.6 * inv, alpha: 0.8 });
      }
    }
  }

  function drawLanes(): void {
    const inv = 1 / zoom;
    const width = laneWidth(shipping.value) * symbolScale(zoom);
    lanesG.clear();
    for (const l of lanes) {
      const flat = flats.get(l.id)!;
      // A white underlay keeps a thin red lane visible on the blue sea.
      lanesG.poly(flat, false).stroke({ color: 0xffffff, width: (width + 2.5) * inv, alpha: 0.55, cap: 'round', join: 'round' });
    }
    for (const l of lanes) {
      const flat = flats.get(l.id)!;
      const n = flat.length;
      const ex = flat[n - 2]!, ey = flat[n - 1]!, px = flat[n - 4]!, py = flat[n - 3]!;
      const len = Math.hypot(ex - px, ey - py) || 1;
      const ux = (ex - px) / len, uy = (ey - py) / len;
      // Stop the line short of the point: an arrowhead shows the way to Taiwan's port.
      const head = (7 + width * 1.2) * inv;
      const pts = flat.slice(0, n - 2);
      pts.push(ex - ux * head * 0.8, ey - uy * head * 0.8);
      lanesG.poly(pts, false).stroke({ color: 0xffffff, width: width * inv, cap: 'round', join: 'round' });
      const hw = head * 0.6;
      lanesG.poly([ex, ey, ex - ux * head - uy * hw, ey - uy * head + ux * hw, ex - ux * head + uy * hw, ey - uy * head - ux * hw], true).fill(0xffffff);
    }
    drawnWidth = width;
    lanesG.tint = laneColour(shipping.value);
  }

  function redraw(): void {
    if (drawnZoom !== zoom) {
      drawStatic();
      drawnZoom = zoom;
      drawLanes();
    } else if (Math.abs(laneWidth(shipping.value) * symbolScale(zoom) - drawnWidth) > 0.2) {
      drawLanes();
    } else {
      lanesG.tint = laneColour(shipping.value);
    }
  }

  const hoverTargets: HoverTarget[] = lines.map((l) => ({
    priority: l.kind === 'lane' ? HOVER_PRIORITY.lane : HOVER_PRIORITY.line,
    visible: () => true,
    hit: (x, y, unitsPerPx) => nearPolyline(x, y, flats.get(l.id)!, (l.kind === 'lane' ? laneWidth(shipping.value) / 2 + 5 : 6) * unitsPerPx),
    info: () =>
      l.kind === 'lane'
        ? { title: l.name, lines: [t('ui.mapWords.laneShipping', { pct: Math.round(shipping.target) }), sourceLine(l.source)] }
        : { title: l.name, lines: [sourceLine(l.source)] },
  }));

  return {
    container,
    hoverTargets,
    zoomed(z) {
      zoom = z;
      redraw();
    },
    show(view, now, animate) {
      shipping.animateTo(view.shippingPct, now, animate);
      redraw();
    },
    tick(now) {
      if (!shipping.busy) return false;
      const busy = shipping.step(now);
      redraw();
      return busy;
    },
    destroy() {
      container.destroy({ children: true });
    },
  };
}
