import { Container, Graphics } from 'pixi.js';
import type { TheatreFile } from '../../../scenarios/schema.ts';
import { HOVER_PRIORITY, type HoverTarget } from '../hover.ts';
import { LabelPlacer, type MapLabel } from '../labelPlacement.ts';
import type { LandPoint } from '../landTypes.ts';
import { PALETTE } from '../palette.ts';
import { project } from '../projection.ts';
import { makeLabel } from '../text.ts';
import type { MapLayer } from './layer.ts';
import { kindLine, sideLine, sourceLine } from '../hoverWords.ts';
import { t } from '../../../scenarios/words/words.ts';

type RegionLabel = TheatreFile['labels'][number];
type Line = TheatreFile['lines'][number];

/** Water names written along an axis rather than level: the strait, along the median line. */
const ALONG_BOUNDARY = new Set(['taiwan-strait']);

// Translated names are tested too: 海峡, 海, 洋, 水道 (the theatre's names come in the reader's language).
const isSea = (name: string) => /strait|channel|sea|gap|ocean|海|洋|水道/i.test(name);

/**
 * Names the map adds for orientation, beyond theatre.json's labels (ASSUMPTION: positions chosen
 * for legibility). Low priority: they give way to everything else.
 */
// Names are getters (ui.mapWords.orientation.<key>): said in the language of the moment the map is drawn.
const orientation = (key: string, lat: number, lon: number, priority: number) => ({ get name() { return t(`ui.mapWords.orientation.${key}`); }, lat, lon, priority });
export const ORIENTATION_LABELS: readonly { readonly name: string; lat: number; lon: number; priority: number }[] = [
  orientation('taiwan', 23.5, 121.0, 58),
  orientation('china', 30.6, 113.8, 30),
  orientation('japan', 37.6, 139.4, 30),
  orientation('eastChinaSea', 29.6, 125.2, 25),
  orientation('southChinaSea', 17.2, 115.2, 25),
  orientation('philippineSea', 17.2, 131.5, 25),
  orientation('pacific', 28.0, 141.0, 25),
];

/**
 * Names of waters and lands (straits, Okinawa, Luzon, Fujian): water in blue italics, land in
 * spaced capitals. Also names the point islands the land data lacks and theatre.json does not
 * list as places (Pratas).
 */
export function createLabelsLayer(
  regions: readonly RegionLabel[],
  pointIslands: readonly LandPoint[],
  frame: { width: number; height: number },
  lines: readonly Line[] = [],
): MapLayer & { placer: LabelPlacer } {
  const container = new Container({ label: 'labels', eventMode: 'none', interactiveChildren: false });
  // Every layer's labels live here, above all markers, and are placed together.
  const labels = new LabelPlacer(container, frame.width, frame.height);
  const hoverTargets: HoverTarget[] = [];

  // The strait's name runs along its median line, as on a chart: level, it would not fit between the markers.
  const boundary = lines.find((l) => l.kind === 'boundary');
  const alongAngle = (() => {
    if (!boundary || boundary.points.length < 2) return null;
    const [a, b] = [boundary.points[0]!, boundary.points[boundary.points.length - 1]!];
    const [ax, ay] = project(a[0], a[1]);
    const [bx, by] = project(b[0], b[1]);
    let angle = Math.atan2(by - ay, bx - ax);
    if (angle > Math.PI / 2) angle -= Math.PI;
    if (angle < -Math.PI / 2) angle += Math.PI;
    return angle;
  })();
  for (const r of regions) {
    if (!ALONG_BOUNDARY.has(r.id) || alongAngle === null) continue;
    const [x, y] = project(r.lat, r.lon);
    labels.addAlong({
      text: makeLabel(r.name, { size: 13, italic: true, colour: PALETTE.seaText, weight: '700', halo: 3 }),
      // After Taipei and Tainan, before Taiwan's other places: it can shift, they cannot.
      x, y, angle: alongAngle, offset: 0, priority: 62,
    });
  }

  const all = [
    ...regions
      .filter((r) => !(ALONG_BOUNDARY.has(r.id) && alongAngle !== null))
      .map((r) => ({ name: r.name, lat: r.lat, lon: r.lon, priority: isSea(r.name) ? 80 : 50 })),
    ...ORIENTATION_LABELS,
  ];
  for (const r of all) {
    const [x, y] = project(r.lat, r.lon);
    const sea = isSea(r.name);
    const label: MapLabel = {
      text: sea
        ? makeLabel(r.name, { size: 13, italic: true, colour: PALETTE.seaText, weight: '600', halo: 2.5, letterSpacing: 0.5 })
        : makeLabel(r.name.toUpperCase(), { size: 12, colour: PALETTE.landText, weight: '700', letterSpacing: 2.5, halo: 2.5 }),
      x,
      y,
      markerRadius: 0,
      priority: r.priority,
      wanted: () => true,
      bounds: [0, 0, 0, 0],
      shown: false,
    };
    labels.add(label);
  }

  const dots: Graphics[] = [];
  for (const p of pointIslands) {
    // A screen-sized dot of land, so an island too small to draw at scale is still seen.
    const dot = new Graphics().circle(0, 0, 2.6).fill(PALETTE.land).stroke({ color: PALETTE.coast, width: 1.2 });
    dot.position.set(p.x, p.y);
    container.addChildAt(dot, 0);
    dots.push(dot);
    const label: MapLabel = {
      // Pratas is added at build time in English (ui/map/buildTheatreLand.ts): its name comes from the catalog.
      text: makeLabel((p.id === 'pratas' ? t('ui.mapWords.pratas') : p.name).replace(' (', '\n('), { size: 11, colour: PALETTE.landText, weight: '600', halo: 2.5 }),
      x: p.x,
      y: p.y,
      markerRadius: 3,
      priority: 20,
      wanted: () => true,
      bounds: [0, 0, 0, 0],
      shown: false,
    };
    labels.add(label);
    hoverTargets.push({
      priority: HOVER_PRIORITY.place,
      visible: () => true,
      hit(x, y, unitsPerPx) {
        const r = 7 * unitsPerPx;
        const b = label.bounds;
        return ((x - p.x) ** 2 + (y - p.y) ** 2 <= r * r) || (label.shown && x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]);
      },
      info: () => ({ title: p.name, lines: [sideLine('taiwan'), kindLine(t('ui.placeKind.dotIsland')), sourceLine(p.source)] }),
    });
  }

  return {
    container,
    hoverTargets,
    placer: labels,
    zoomed(zoom) {
      for (const d of dots) d.scale.set(1 / zoom);
    },
    destroy() {
      container.destroy({ children: true });
    },
  };
}
