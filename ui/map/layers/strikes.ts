import { Container, Graphics, GraphicsContext } from 'pixi.js';
import type { TheatreFile } from '../../../scenarios/schema.ts';
import { HOVER_PRIORITY, type HoverTarget } from '../hover.ts';
import { regionName, stateName, t } from '../../../scenarios/words/words.ts';
import { sideLine, sourceLine } from '../hoverWords.ts';
import { PALETTE } from '../palette.ts';
import { project } from '../projection.ts';
import { Tween } from '../tween.ts';
import { symbolScale, type MapLayer } from './layer.ts';

type Place = TheatreFile['places'][number];

/** US and Japanese bases struck when Beijing's strikes reach allied bases. */
export const ALLIED_STRIKE_SITES = ['kadena', 'futenma', 'naha', 'iwakuni', 'sasebo', 'guam'];

/** Taiwan's bases: places of kind base, or air bases by their source (Tainan AB). */
export function taiwanBases(places: readonly Place[]): Place[] {
  return places.filter((p) => p.side === 'taiwan' && (p.kind === 'base' || /\bAB\b/.test(p.source)));
}

const PULSE_MS = 1400;

interface Site {
  place: Place;
  allied: boolean;
  group: Container;
  ring: Graphics;
  phase: number;
  alpha: Tween;
}

function burst(): GraphicsContext {
  const c = new GraphicsContext();
  const pts: number[] = [];
  for (let i = 0; i < 16; i++) {
    const r = i % 2 === 0 ? 9 : 4.2;
    const a = (i / 16) * Math.PI * 2 - Math.PI / 2;
    pts.push(Math.cos(a) * r, Math.sin(a) * r);
  }
  c.poly(pts, true).fill(PALETTE.strike).stroke({ color: 0xffffff, width: 1.4, join: 'round' });
  c.circle(0, 0, 2.8).fill(PALETTE.strikeCore);
  return c;
}

/** Pulsing strike markers at the bases under missile attack. */
export function createStrikesLayer(places: readonly Place[]): MapLayer {
  const container = new Container({ label: 'strikes', eventMode: 'none', interactiveChildren: false });
  const burstCtx = burst();
  const ringCtx = new GraphicsContext().circle(0, 0, 9).stroke({ color: PALETTE.strike, width: 2.5 });
  const byId = new Map(places.map((p) => [p.id, p]));
  const chosen: [Place, boolean][] = [
    ...taiwanBases(places).map((p): [Place, boolean] => [p, false]),
    ...ALLIED_STRIKE_SITES.map((id) => byId.get(id)).filter((p): p is Place => !!p).map((p): [Place, boolean] => [p, true]),
  ];
  let strikes = 'none';

  const sites: Site[] = chosen.map(([place, allied], i) => {
    const [x, y] = project(place.lat, place.lon);
    const group = new Container({ label: `strike-${place.id}` });
    group.position.set(x, y);
    const ring = new Graphics(ringCtx);
    group.addChild(ring, new Graphics(burstCtx));
    group.visible = false;
    container.addChild(group);
    return { place, allied, group, ring, phase: (i * 0.37) % 1, alpha: new Tween(0) };
  });

  const hoverTargets: HoverTarget[] = sites.map((s) => ({
    priority: HOVER_PRIORITY.marker,
    visible: () => s.alpha.target > 0,
    hit(x, y, unitsPerPx) {
      const r = 11 * unitsPerPx;
      return (x - s.group.x) ** 2 + (y - s.group.y) ** 2 <= r * r;
    },
    info: () => ({
      title: t('ui.mapWords.underAttack', { name: s.place.name }),
      lines: [t('ui.mapWords.pair', { name: regionName('beijing', 'missileStrikes'), value: stateName('beijing', 'missileStrikes', strikes) }), sideLine(s.place.side), sourceLine(s.place.source)],
    }),
  }));

  return {
    container,
    hoverTargets,
    zoomed(zoom) {
      for (const s of sites) s.group.scale.set(symbolScale(zoom) / zoom);
    },
    show(view, now, animate) {
      strikes = view.strikes;
      for (const s of sites) {
        const on = view.strikes === 'alsoOnAlliedBases' || (view.strikes === 'onTaiwanOnly' && !s.allied);
        s.alpha.animateTo(on ? 1 : 0, now, animate);
        s.group.alpha = s.alpha.value;
        s.group.visible = s.alpha.value > 0.001;
      }
    },
    tick(now) {
      let busy = false;
      for (const s of sites) {
        if (s.alpha.busy) s.alpha.step(now);
        const a = s.alpha.value;
        s.group.visible = a > 0.001;
        if (!s.group.visible) continue;
        s.group.alpha = a;
        // The ring swells and fades, once per pulse.
        const t = ((now / PULSE_MS + s.phase) % 1);
        s.ring.scale.set(1 + t * 1.2);
        s.ring.alpha = 1 - t;
        busy = true;
      }
      return busy;
    },
    destroy() {
      container.destroy({ children: true });
      burstCtx.destroy();
      ringCtx.destroy();
    },
  };
}
