import { Container, Graphics, GraphicsContext } from 'pixi.js';
import type { TheatreFile } from '../../../scenarios/schema.ts';
import { HOVER_PRIORITY, type HoverTarget } from '../hover.ts';
import type { LabelPlacer, MapLabel } from '../labelPlacement.ts';
import { PALETTE, type SideName } from '../palette.ts';
import { project } from '../projection.ts';
import { makeLabel } from '../text.ts';
import { kindLine, sideLine, sourceLine } from '../hoverWords.ts';
import { t } from '../../../scenarios/words/words.ts';
import { symbolScale, type MapLayer } from './layer.ts';

type Place = TheatreFile['places'][number];
type Kind = Place['kind'];

/** Marker radius in CSS pixels. */
export const MARKER_RADIUS = 5.5;

/** Label priority: Taiwan's places first, then the allies' bases, then the rest. */
const SIDE_PRIORITY: Record<SideName, number> = { taiwan: 60, disputed: 55, us: 50, japan: 45, prc: 40, philippines: 35 };

const placePriority = (p: Place) => SIDE_PRIORITY[p.side] + (p.kind === 'city' ? 3 : 0);

/** The outline of a marker by kind: circle (city), square (port), triangle (base), diamond (island). */
function drawShape(g: GraphicsContext, kind: Kind, r: number): GraphicsContext {
  switch (kind) {
    case 'city': return g.circle(0, 0, r);
    case 'port': return g.rect(-r * 0.85, -r * 0.85, r * 1.7, r * 1.7);
    case 'base': return g.poly([0, -r * 1.15, r * 1.05, r * 0.75, -r * 1.05, r * 0.75], true);
    case 'island': return g.poly([0, -r * 1.15, r * 1.15, 0, 0, r * 1.15, -r * 1.15, 0], true);
  }
}

/**
 * Hollow markers (a coloured outline on a white halo) so the land or sea under a place still shows
 * at its exact point.
 */
function markerContext(kind: Kind, side: SideName): GraphicsContext {
  const c = new GraphicsContext();
  drawShape(c, kind, MARKER_RADIUS).stroke({ color: PALETTE.textHalo, width: 4.4, join: 'round' });
  // The inside is land-coloured: a place reads as a spot of land, and the pixel at its exact point
  // is the land's colour even where a neighbour's marker would otherwise cover it.
  drawShape(c, kind, MARKER_RADIUS - 1.3).fill(PALETTE.land);
  drawShape(c, kind, MARKER_RADIUS).stroke({ color: PALETTE.side[side], width: 2.4, join: 'round' });
  return c;
}

/** Wrap "Name (detail)" onto two lines. */
function labelText(name: string): string {
  return name.length > 18 ? name.replace(' (', '\n(') : name;
}

export function createPlacesLayer(places: readonly Place[], labels: LabelPlacer): MapLayer {
  const container = new Container({ label: 'places', eventMode: 'none', interactiveChildren: false });
  const contexts = new Map<string, GraphicsContext>();
  const markers: Graphics[] = [];
  /** Markers with their map points, most important first, for decluttering. */
  const ranked: { marker: Graphics; x: number; y: number; shown: boolean; rank: number; order: number }[] = [];
  const hoverTargets: HoverTarget[] = [];
  const labelsOfMarkers: MapLabel[] = [];

  // Draw the most important places last, on top: Taiwan's cities above their neighbours.
  const ordered = [...places].sort((a, b) => placePriority(a) - placePriority(b));
  for (const place of ordered) {
    const [x, y] = project(place.lat, place.lon);
    const key = `${place.kind}/${place.side}`;
    let ctx = contexts.get(key);
    if (!ctx) contexts.set(key, (ctx = markerContext(place.kind, place.side)));
    const marker = new Graphics(ctx);
    marker.position.set(x, y);
    markers.push(marker);
    container.addChild(marker);
    const entry = { marker, x, y, shown: true, rank: placePriority(place), order: places.indexOf(place) };
    ranked.push(entry);

    const label: MapLabel = {
      text: makeLabel(labelText(place.name), { size: 13 }),
      x,
      y,
      markerRadius: MARKER_RADIUS + 1,
      priority: placePriority(place),
      wanted: () => entry.shown,
      bounds: [0, 0, 0, 0],
      shown: false,
    };
    labels.add(label);
    labelsOfMarkers.push(label);

    hoverTargets.push({
      // Among places, the more important one answers where two overlap.
      priority: HOVER_PRIORITY.place + placePriority(place) / 100,
      visible: () => entry.shown,
      hit(px, py, unitsPerPx) {
        const r = (MARKER_RADIUS + 3) * unitsPerPx;
        const dx = px - x, dy = py - y;
        if (dx * dx + dy * dy <= r * r) return true;
        const b = label.bounds;
        return label.shown && px >= b[0] && px <= b[2] && py >= b[1] && py <= b[3];
      },
      info: () => ({
        title: place.name,
        lines: [sideLine(place.side), kindLine(t(`ui.placeKind.${place.kind}`)), sourceLine(place.source)],
      }),
    });
  }

  // Most important first; among equals, in the data's order (Kadena before Futenma).
  ranked.sort((a, b) => b.rank - a.rank || a.order - b.order);

  return {
    container,
    hoverTargets,
    zoomed(zoom) {
      const s = symbolScale(zoom) / zoom;
      for (const m of markers) m.scale.set(s);
      for (const l of labelsOfMarkers) l.markerRadius = (MARKER_RADIUS + 1) * symbolScale(zoom);
      // Declutter: a marker that would sit almost on a more important one (Keelung by Taipei,
      // Futenma by Kadena when zoomed out) waits until there is room for it.
      const min = MARKER_RADIUS * symbolScale(zoom) * 1.1;
      const min2 = (min / zoom) ** 2;
      for (let i = 0; i < ranked.length; i++) {
        const a = ranked[i]!;
        a.shown = true;
        for (let j = 0; j < i; j++) {
          const b = ranked[j]!;
          if (b.shown && (a.x - b.x) ** 2 + (a.y - b.y) ** 2 < min2) { a.shown = false; break; }
        }
        a.marker.visible = a.shown;
      }
    },
    destroy() {
      container.destroy({ children: true });
      for (const c of contexts.values()) c.destroy();
    },
  };
}
