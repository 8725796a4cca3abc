import { daysText, t } from '../../../scenarios/words/words.ts';
import { Container, Graphics, type Text } from 'pixi.js';
import { HOVER_PRIORITY, type HoverTarget } from '../hover.ts';
import type { LabelPlacer } from '../labelPlacement.ts';
import type { MapView } from '../mapView.ts';
import { PALETTE } from '../palette.ts';
import { project } from '../projection.ts';
import { makeLabel } from '../text.ts';
import { Tween } from '../tween.ts';
import type { MapLayer } from './layer.ts';

/** Top-left corner of the gauges, in the open Philippine Sea east of Taiwan (ASSUMPTION: placed for legibility). */
export const GAUGES_POSITION = [20.3, 124.0] as const;

const FUELS = [
  // The gauge's own short names: its name column is narrow (the charts spell LNG out in Chinese).
  { key: 'lng', get name() { return t('ui.mapWords.gaugeFuel.lng'); } },
  { key: 'coal', get name() { return t('ui.mapWords.gaugeFuel.coal'); } },
  { key: 'oil', get name() { return t('ui.mapWords.gaugeFuel.oil'); } },
] as const;
type Fuel = (typeof FUELS)[number]['key'];

const PAD = 8;
const NAME_W = 34;
const BAR_W = 84;
const BAR_H = 9;
const ROW = 17;
const VALUE_W = 46;
const WIDTH = PAD * 2 + NAME_W + BAR_W + 6 + VALUE_W;
const TOP = 22;
const HEIGHT = TOP + ROW * FUELS.length + PAD - 4;

function fuelColour(share: number): number {
  return share > 0.5 ? PALETTE.gaugeGood : share > 0.2 ? PALETTE.gaugeLow : PALETTE.gaugeCritical;
}

const num = (d: number) => (d >= 10 ? `${Math.round(d)}` : `${Math.round(d * 10) / 10}`);
const days = (d: number) => t('ui.mapWords.daysShort', { n: num(d) });

interface Row {
  fuel: Fuel;
  name: string;
  bar: Graphics;
  value: Text;
  share: Tween;
}

/** Taiwan's energy stocks: three bars (LNG, coal, oil) against the scenario's starting stocks. */
export function createGaugesLayer(labels: LabelPlacer): MapLayer {
  const container = new Container({ label: 'gauges', eventMode: 'none', interactiveChildren: false });
  const [x, y] = project(GAUGES_POSITION[0], GAUGES_POSITION[1]);
  const group = new Container();
  group.position.set(x, y);
  container.addChild(group);

  const panel = new Graphics()
    .roundRect(0, 0, WIDTH, HEIGHT, 5).fill({ color: PALETTE.panel, alpha: 0.94 }).stroke({ color: PALETTE.panelBorder, width: 1 });
  group.addChild(panel);
  const title = makeLabel(t('ui.mapWords.energyStocksCaps'), { size: 10, weight: '700', colour: 0x546e7a, halo: 0, letterSpacing: 1 });
  title.position.set(PAD, 6);
  group.addChild(title);

  const rows: Row[] = FUELS.map((f, i) => {
    const top = TOP + i * ROW;
    const name = makeLabel(f.name, { size: 12, weight: '700', halo: 0 });
    name.position.set(PAD, top - 1);
    const track = new Graphics().roundRect(PAD + NAME_W, top + 2, BAR_W, BAR_H, 2).fill(0xe3e8eb);
    // A white bar scaled and tinted: no redraw while it animates.
    const bar = new Graphics().rect(0, 0, BAR_W, BAR_H).fill(0xffffff);
    bar.position.set(PAD + NAME_W, top + 2);
    const value = makeLabel('', { size: 12, weight: '600', halo: 0 });
    value.position.set(PAD + NAME_W + BAR_W + 6, top - 1);
    group.addChild(name, track, bar, value);
    return { fuel: f.key, name: f.name, bar, value, share: new Tween(1) };
  });

  let view: MapView | null = null;
  let zoom = 1;

  function apply(r: Row): void {
    const s = Math.max(0, Math.min(1, r.share.value));
    r.bar.scale.x = Math.max(s, 0.001);
    r.bar.tint = fuelColour(s);
  }

  labels.addObstacle({ x, y, box: [-4, -4, WIDTH + 4, HEIGHT + 4], visible: () => true });

  const hoverTargets: HoverTarget[] = [{
    priority: HOVER_PRIORITY.marker,
    visible: () => true,
    hit: (px, py, u) => px >= x && px <= x + WIDTH * u && py >= y && py <= y + HEIGHT * u,
    info: () => ({
      title: t('ui.mapWords.energyStocks'),
      lines: rows.map((r) => {
        const now = view?.energy[r.fuel] ?? 0, start = view?.energyStart[r.fuel] ?? 0;
        return t('ui.mapWords.fuelLeft', { name: r.name, now: daysText(now), start: daysText(start) });
      }),
    }),
  }];

  return {
    container,
    hoverTargets,
    zoomed(z) {
      zoom = z;
      group.scale.set(1 / zoom);
    },
    show(v, now, animate) {
      view = v;
      for (const r of rows) {
        const start = v.energyStart[r.fuel];
        const cur = v.energy[r.fuel];
        r.share.animateTo(start > 0 ? cur / start : 0, now, animate);
        r.value.text = days(cur);
        apply(r);
      }
    },
    tick(now) {
      let busy = false;
      for (const r of rows) {
        if (!r.share.busy) continue;
        busy = r.share.step(now) || busy;
        apply(r);
      }
      return busy;
    },
    destroy() {
      container.destroy({ children: true });
    },
  };
}
