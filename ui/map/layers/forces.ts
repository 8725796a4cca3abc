import { Container, Graphics, type Text } from 'pixi.js';
import { HOVER_PRIORITY, type HoverTarget } from '../hover.ts';
import type { LabelPlacer, MapLabel } from '../labelPlacement.ts';
import { sideShort, stateName, t } from '../../../scenarios/words/words.ts';
import type { MapView } from '../mapView.ts';
import { PALETTE } from '../palette.ts';
import { project } from '../projection.ts';
import { makeLabel } from '../text.ts';
import { Tween } from '../tween.ts';
import { symbolScale, type MapLayer } from './layer.ts';

/** Where the markers stand (ASSUMPTION: placed for legibility, not positions from a source). */
export const FORCE_POSITIONS = {
  /** In the southern Strait, west of the landing area on the southwest coast. */
  fleet: [22.9, 118.9],
  /** On the southwest coast, in the landing area (theatre.json landing-south). */
  lodgment: [22.98, 120.2],
  /** East of Taiwan, south of the eastern sea lane. */
  us: [22.5, 126.6],
  /** The US marker's link to bases in Japan. */
  kadena: [26.3556, 127.7675],
} as const;

/** Taiwan's area, km², and km per map unit near 23N (Mercator is conformal: the same both ways). */
const TAIWAN_KM2 = 36_000;
const KM_PER_UNIT_23N = (111.32 * Math.cos((23 * Math.PI) / 180) * 37) / 1000;

const FLEET_BASE_R = 20;

function star(g: Graphics, r: number, colour: number, alpha = 1): void {
  const pts: number[] = [];
  for (let i = 0; i < 10; i++) {
    const rr = i % 2 === 0 ? r : r * 0.42;
    const a = (i / 10) * Math.PI * 2 - Math.PI / 2;
    pts.push(Math.cos(a) * rr, Math.sin(a) * rr);
  }
  g.poly(pts, true).fill({ color: colour, alpha });
}

function ship(g: Graphics, x: number, y: number, s: number): void {
  g.poly([x - 7 * s, y, x + 7 * s, y, x + 4.5 * s, y + 3.6 * s, x - 4.5 * s, y + 3.6 * s], true).fill(0xffffff);
  g.rect(x - 2.5 * s, y - 3 * s, 4.5 * s, 3 * s).fill(0xffffff);
}

function dashedCircle(g: Graphics, r: number, colour: number, width: number): void {
  const n = 18;
  for (let i = 0; i < n; i++) {
    const a0 = (i / n) * Math.PI * 2, a1 = a0 + (Math.PI * 2) / n / 2;
    g.moveTo(Math.cos(a0) * r, Math.sin(a0) * r).arc(0, 0, r, a0, a1);
  }
  g.stroke({ color: colour, width });
}

/** The US posture's look: a navy roundel with a star, its ring and fill saying how far Washington has gone. */
function drawUs(g: Graphics, posture: string): void {
  g.clear();
  const navy = PALETTE.side.us;
  switch (posture) {
    case 'standingAside':
      g.circle(0, 0, 14).fill({ color: 0xb0bec5, alpha: 0.55 });
      dashedCircle(g, 14, 0x78909c, 2);
      star(g, 8, 0x78909c, 0.8);
      break;
    case 'strategicAmbiguity':
      g.circle(0, 0, 14).fill({ color: 0xffffff, alpha: 0.85 });
      dashedCircle(g, 14, navy, 2.2);
      star(g, 8, navy, 0.75);
      break;
    case 'warningsAndShowOfForce':
      g.circle(0, 0, 19).stroke({ color: PALETTE.laneHalf, width: 3 });
      g.circle(0, 0, 15).fill(navy).stroke({ color: 0xffffff, width: 1.5 });
      star(g, 9, 0xffffff);
      break;
    case 'convoyEscort':
      g.circle(0, 0, 19).stroke({ color: PALETTE.laneFull, width: 3 });
      g.circle(0, 0, 15).fill(navy).stroke({ color: 0xffffff, width: 1.5 });
      star(g, 9, 0xffffff);
      // Escort chevrons heading for Taiwan (west).
      for (const dx of [-27, -35]) g.poly([dx + 6, -7, dx, 0, dx + 6, 7], false).stroke({ color: PALETTE.laneFull, width: 3, cap: 'round', join: 'round' });
      break;
    case 'directIntervention':
      for (let i = 0; i < 12; i++) {
        const a = (i / 12) * Math.PI * 2;
        g.moveTo(Math.cos(a) * 21, Math.sin(a) * 21).lineTo(Math.cos(a) * 27, Math.sin(a) * 27);
      }
      g.stroke({ color: PALETTE.side.prc, width: 2.5, cap: 'round' });
      g.circle(0, 0, 18).fill(navy).stroke({ color: PALETTE.side.prc, width: 3 });
      star(g, 11, 0xffffff);
      break;
    default:
      g.circle(0, 0, 15).fill(navy);
      star(g, 9, 0xffffff);
  }
}

const US_RADIUS: Record<string, number> = { directIntervention: 27, warningsAndShowOfForce: 20, convoyEscort: 20 };

interface Marker {
  group: Container;
  label: Text;
  /** The label, placed with the others so they keep clear of each other. */
  placed: MapLabel;
  alpha: Tween;
}

/**
 * The PLA amphibious fleet in the Strait (size by its strength), the PLA lodgment on the southwest
 * coast (area by the share of Taiwan held) and the US posture east of Taiwan.
 */
export function createForcesLayer(labels: LabelPlacer): MapLayer {
  const container = new Container({ label: 'forces', eventMode: 'none', interactiveChildren: false });
  let zoom = 1;
  let view: MapView | null = null;

  const pos = (k: keyof typeof FORCE_POSITIONS) => project(FORCE_POSITIONS[k][0], FORCE_POSITIONS[k][1]);
  const [fx, fy] = pos('fleet');
  const [lx, ly] = pos('lodgment');
  const [ux, uy] = pos('us');
  const [kx, ky] = pos('kadena');

  function marker(x: number, y: number, colour: number): Marker {
    const group = new Container();
    group.position.set(x, y);
    group.visible = false;
    container.addChild(group);
    const label = makeLabel('', { size: 12, weight: '700', colour, halo: 3 });
    const alpha = new Tween(0);
    const placed: MapLabel = {
      text: label, x, y, markerRadius: 20, priority: 90, belowFirst: true,
      wanted: () => alpha.target > 0, bounds: [0, 0, 0, 0], shown: false,
    };
    labels.add(placed);
    return { group, label, placed, alpha };
  }

  // Lodgment: drawn in map units, its area Taiwan's area times the share held.
  const lodgment = marker(lx, ly, PALETTE.side.prc);
  lodgment.placed.wanted = () => lodgment.alpha.target > 0 && fleet.alpha.target === 0;
  const lodgmentShape = new Graphics().circle(0, 0, 1).fill({ color: PALETTE.side.prc, alpha: 0.5 });
  const lodgmentRim = new Graphics();
  lodgment.group.addChild(lodgmentShape, lodgmentRim);
  const territory = new Tween(0);

  const fleet = marker(fx, fy, PALETTE.side.prc);
  const fleetShape = new Graphics();
  fleetShape.circle(0, 0, FLEET_BASE_R).fill(PALETTE.side.prc).stroke({ color: 0xffffff, width: 2 });
  ship(fleetShape, -6, -7, 0.9);
  ship(fleetShape, 6, -1, 0.9);
  ship(fleetShape, -4, 7, 0.9);
  fleet.group.addChild(fleetShape);
  const fleetSize = new Tween(100);

  const us = marker(ux, uy, PALETTE.side.us);
  // Beside the roundel, clear of the gauges below it.
  us.placed.belowFirst = false;
  const usShape = new Graphics();
  us.group.addChild(usShape);
  const usPop = new Tween(1);
  const usLink = new Graphics();
  container.addChildAt(usLink, 0);
  let drawnPosture = '';
  let drawnLink: boolean | null = null;

  const fleetRadius = () => (8 + 16 * Math.sqrt(Math.max(0, fleetSize.value) / 100));
  const lodgmentUnits = () => Math.sqrt(((Math.max(0, territory.value) / 100) * TAIWAN_KM2) / Math.PI) / KM_PER_UNIT_23N;


  function layout(): void {
    const inv = 1 / zoom;
    const sym = symbolScale(zoom);
    // Fleet: screen-sized, its radius from its strength.
    const fr = fleetRadius() * sym;
    fleet.group.scale.set((fr / FLEET_BASE_R) * inv);
    fleet.placed.markerRadius = 24 * sym;
    // Lodgment: map-sized, at least a few pixels across so a small foothold is seen.
    const r = Math.max(lodgmentUnits(), 5 * inv);
    lodgmentShape.scale.set(r);
    lodgmentRim.clear().circle(0, 0, r).stroke({ color: PALETTE.side.prc, width: 2 * inv });
    lodgment.placed.markerRadius = r * zoom + 2;
    // US posture.
    us.group.scale.set(inv * sym * usPop.value);
    us.placed.markerRadius = (US_RADIUS[view?.usPosture ?? ''] ?? 16) * sym;
    for (const m of markers) {
      m.group.alpha = m.alpha.value;
      m.group.visible = m.alpha.value > 0.001;
      // The label is shown by the placer when there is room; it fades with its marker.
      m.label.alpha = m.alpha.value;
    }
  }

  function drawLink(): void {
    usLink.clear();
    if (!view?.usFromBasesInJapan) return;
    const inv = 1 / zoom;
    const dx = kx - ux, dy = ky - uy;
    const len = Math.hypot(dx, dy);
    // Dashes of 8 px with 4 px gaps, from the marker to Kadena.
    const n = Math.max(1, Math.floor(len / (12 * inv)));
    for (let i = 0; i < n; i++) {
      const t0 = i / n, t1 = (i + 2 / 3) / n;
      usLink.moveTo(ux + dx * t0, uy + dy * t0).lineTo(ux + dx * t1, uy + dy * t1);
    }
    usLink.stroke({ color: PALETTE.side.us, width: 2.2 * inv, alpha: 0.85 });
  }

  const tweens = [fleet.alpha, lodgment.alpha, us.alpha, fleetSize, territory, usPop];
  const markers = [fleet, lodgment, us];

  const hoverTargets: HoverTarget[] = [
    {
      priority: HOVER_PRIORITY.marker,
      visible: () => fleet.alpha.target > 0,
      hit: (x, y, u) => (x - fx) ** 2 + (y - fy) ** 2 <= (fleetRadius() * symbolScale(zoom) * u) ** 2,
      info: () => ({
        title: t('ui.mapWords.fleet'),
        lines: [t('ui.mapWords.fleetStrength', { pct: Math.round(fleetSize.target) }), t('ui.mapWords.invading')],
      }),
    },
    {
      priority: HOVER_PRIORITY.marker + 1,
      visible: () => lodgment.alpha.target > 0,
      hit: (x, y, u) => (x - lx) ** 2 + (y - ly) ** 2 <= Math.max(lodgmentUnits(), 7 * u) ** 2,
      info: () => ({
        title: t('ui.mapWords.lodgmentTitle'),
        lines: [
          t('ui.mapWords.territory', { pct: Math.round(territory.target * 10) / 10 }),
          t('ui.mapWords.ashore', { n: Math.round(view?.plaAshore ?? 0) }),
        ],
      }),
    },
    {
      priority: HOVER_PRIORITY.marker,
      visible: () => true,
      hit: (x, y, u) => (x - ux) ** 2 + (y - uy) ** 2 <= (22 * u) ** 2,
      info: () => ({
        title: t('ui.mapWords.usPosture'),
        lines: [stateName('washington', 'posture', view?.usPosture ?? 'strategicAmbiguity'), `${stateName('washington', 'operatingFrom', view?.usFromBasesInJapan ? 'basesInJapan' : 'guamAndAtSea')}`],
      }),
    },
  ];

  return {
    container,
    hoverTargets,
    zoomed(z) {
      zoom = z;
      layout();
      drawLink();
    },
    show(v, now, animate) {
      view = v;
      fleet.alpha.animateTo(v.invasionUnderWay ? 1 : 0, now, animate);
      if (v.invasionUnderWay) fleetSize.animateTo(v.fleetPct, now, animate && fleet.alpha.value > 0);
      const held = v.territoryHeldPct > 0 || (v.invasionLaunched && v.plaAshore > 0);
      const pct = Math.round(v.territoryHeldPct * 10) / 10;
      const heldText = pct < 1 ? t('ui.mapWords.foothold') : t('ui.mapWords.pctOfTaiwan', { pct });
      // One label for the invasion while the fleet is at sea; the lodgment's own once it is not.
      fleet.label.text = t('ui.mapWords.fleetLabel', { pct: Math.round(v.fleetPct), held, heldText });
      lodgment.alpha.animateTo(held ? 1 : 0, now, animate);
      territory.animateTo(v.territoryHeldPct, now, animate);
      lodgment.label.text = t('ui.mapWords.lodgmentLabel', { heldText });

      us.alpha.set(1);
      if (v.usPosture !== drawnPosture) {
        if (drawnPosture !== '' && animate) {
          usPop.set(0.55);
          usPop.animateTo(1, now, true);
        }
        drawUs(usShape, v.usPosture);
        drawnPosture = v.usPosture;
      }
      us.label.text = t('ui.mapWords.usLabel', { side: sideShort('us'), posture: stateName('washington', 'posture', v.usPosture), from: stateName('washington', 'operatingFrom', v.usFromBasesInJapan ? 'basesInJapan' : 'guamAndAtSea') });
      if (drawnLink !== v.usFromBasesInJapan) {
        drawnLink = v.usFromBasesInJapan;
        drawLink();
      }
      layout();
    },
    tick(now) {
      let moved = false;
      let busy = false;
      for (const t of tweens) {
        if (!t.busy) continue;
        moved = true;
        busy = t.step(now) || busy;
      }
      if (moved) layout();
      return busy;
    },
    destroy() {
      container.destroy({ children: true });
    },
  };
}
