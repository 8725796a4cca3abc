import { Container, Graphics } from 'pixi.js';
import type { TheatreFile } from '../../../scenarios/schema.ts';
import { HOVER_PRIORITY, insidePolygon, type HoverTarget } from '../hover.ts';
import { PALETTE } from '../palette.ts';
import { project } from '../projection.ts';
import { Tween } from '../tween.ts';
import { kindLine, sourceLine } from '../hoverWords.ts';
import { t } from '../../../scenarios/words/words.ts';
import type { MapLayer } from './layer.ts';

type Zone = TheatreFile['zones'][number];

const FILL_ALPHA: Record<Zone['kind'], number> = { exercise: 0.16, quarantine: 0.2, noSailZone: 0.3, landing: 0.42 };

interface ZoneShape {
  zone: Zone;
  flat: number[];
  group: Container;
  outline: Graphics;
  alpha: Tween;
}

/** Zones filled by kind, shown while their activeWhen holds, fading in and out. */
export function createZonesLayer(zones: readonly Zone[]): MapLayer {
  const container = new Container({ label: 'zones', eventMode: 'none', interactiveChildren: false });
  let zoom = 1;
  const shapes: ZoneShape[] = zones.map((zone) => {
    const flat = zone.polygon.flatMap(([lat, lon]) => project(lat, lon));
    const colour = PALETTE.zone[zone.kind];
    const group = new Container({ label: zone.id });
    const fill = new Graphics().poly(flat, true).fill({ color: colour, alpha: FILL_ALPHA[zone.kind] });
    const outline = new Graphics();
    group.addChild(fill, outline);
    group.visible = false;
    group.alpha = 0;
    container.addChild(group);
    return { zone, flat, group, outline, alpha: new Tween(0) };
  });

  function drawOutlines(): void {
    const inv = 1 / zoom;
    for (const s of shapes) {
      const colour = PALETTE.zone[s.zone.kind];
      s.outline.clear().poly(s.flat, true).stroke({ color: colour, width: (s.zone.kind === 'exercise' ? 1.5 : 2) * inv, alpha: 0.9, join: 'round' });
    }
  }

  function apply(s: ZoneShape): void {
    s.group.alpha = s.alpha.value;
    s.group.visible = s.alpha.value > 0.001;
  }

  const hoverTargets: HoverTarget[] = shapes.map((s) => ({
    priority: HOVER_PRIORITY.zone,
    visible: () => s.alpha.target > 0,
    hit: (x, y) => insidePolygon(x, y, s.flat),
    info: () => ({ title: s.zone.name, lines: [kindLine(t(`ui.zoneKind.${s.zone.kind}`)), sourceLine(s.zone.source)] }),
  }));

  return {
    container,
    hoverTargets,
    zoomed(z) {
      zoom = z;
      drawOutlines();
    },
    show(view, now, animate) {
      for (const s of shapes) {
        s.alpha.animateTo(view.activeZones.has(s.zone.id) ? 1 : 0, now, animate);
        apply(s);
      }
    },
    tick(now) {
      let busy = false;
      for (const s of shapes) {
        if (!s.alpha.busy) continue;
        busy = s.alpha.step(now) || busy;
        apply(s);
      }
      return busy;
    },
    destroy() {
      container.destroy({ children: true });
    },
  };
}
