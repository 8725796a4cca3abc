import { Container, Graphics } from 'pixi.js';
import { HOVER_PRIORITY, type HoverTarget } from '../hover.ts';
import type { LabelPlacer } from '../labelPlacement.ts';
import { regionName, stateName, t } from '../../../scenarios/words/words.ts';
import { PALETTE } from '../palette.ts';
import { MAP_WIDTH, project } from '../projection.ts';
import { makeLabel } from '../text.ts';
import { Tween } from '../tween.ts';
import type { MapLayer } from './layer.ts';

/** Top-left corner of the badge: open sea south of Shikoku and the Kii peninsula (ASSUMPTION: placed for legibility). */
export const BADGE_POSITION = [31.9, 134.6] as const;

const LEVEL_COLOUR: Record<string, number> = {
  normal: 0x78909c,
  importantInfluenceSituation: 0xe0a100,
  anticipatedArmedAttackSituation: 0xef6c00,
  survivalThreateningSituation: 0xd32f2f,
  armedAttackSituation: 0x8b1a1a,
};

/** No determination, but MSDF ships on station in a police role. */
const MARITIME_SECURITY_COLOUR = 0x26a69a;

/** What each determination allows (docs/model.md, "Japan's legal ladder"). */
const allows = (determination: string): string => t(`ui.mapWords.allows.${determination}`);

const PAD = 8;
const BAR = 5;

/** A badge near Japan naming Tokyo's current legal determination in words, and a maritime security operation beside it. */
export function createBadgeLayer(labels: LabelPlacer): MapLayer {
  const container = new Container({ label: 'badge', eventMode: 'none', interactiveChildren: false });
  const [x, y] = project(BADGE_POSITION[0], BADGE_POSITION[1]);
  const group = new Container();
  group.position.set(x, y);
  const panel = new Graphics();
  const heading = makeLabel(t('ui.mapWords.japanDetermination'), { size: 10, weight: '700', colour: 0x546e7a, halo: 0, letterSpacing: 1 });
  const value = makeLabel('', { size: 14, weight: '700', colour: PALETTE.text, halo: 0 });
  heading.position.set(BAR + PAD, PAD - 1);
  value.position.set(BAR + PAD, PAD + 13);
  group.addChild(panel, heading, value);
  container.addChild(group);
  const pop = new Tween(1);
  let determination = 'normal';
  let maritimeSecurity = false;
  let w = 0, h = 0;

  function draw(): void {
    w = Math.max(heading.width, value.width) + BAR + PAD * 2;
    h = PAD * 2 + 13 + value.height - 2;
    const colour = determination === 'normal' && maritimeSecurity ? MARITIME_SECURITY_COLOUR : LEVEL_COLOUR[determination] ?? LEVEL_COLOUR.normal!;
    panel.clear()
      .roundRect(0, 0, w, h, 5).fill({ color: PALETTE.panel, alpha: 0.94 }).stroke({ color: colour, width: 1.5 })
      .roundRect(0, 0, BAR + 3, h, 5).fill(colour)
      .rect(BAR, 0, 3, h).fill(PALETTE.panel);
  }

  // Labels keep off the badge, wherever the frame's edge pushed it.
  labels.addObstacle({
    get x() { return group.x; },
    y,
    get box() { return [-4, -4, (w || 240) + 4, (h || 44) + 4] as const; },
    visible: () => true,
  });

  let zoom = 1;
  const scale = () => {
    group.scale.set(pop.value / zoom);
    // Keep the whole badge inside the frame when the screen is small.
    group.x = Math.min(x, MAP_WIDTH - (w + 4) / zoom);
  };

  const hoverTargets: HoverTarget[] = [{
    priority: HOVER_PRIORITY.marker,
    visible: () => true,
    hit: (px, py, u) => px >= group.x && px <= group.x + w * u && py >= y && py <= y + h * u,
    info: () => ({
      title: regionName('tokyo', 'determination'),
      lines: [
        stateName('tokyo', 'determination', determination), allows(determination),
        maritimeSecurity ? `${regionName('tokyo', 'maritimeSecurity')}: ${stateName('tokyo', 'maritimeSecurity', 'ordered')}` : '',
      ].filter(Boolean),
    }),
  }];

  return {
    container,
    hoverTargets,
    zoomed(z) {
      zoom = z;
      scale();
    },
    show(view, now, animate) {
      if (view.determination !== determination || view.maritimeSecurity !== maritimeSecurity || value.text === '') {
        const changed = value.text !== '';
        determination = view.determination;
        maritimeSecurity = view.maritimeSecurity;
        const name = stateName('tokyo', 'determination', determination);
        value.text = maritimeSecurity ? `${name} · ${t('ui.mapWords.maritimeSecurityOrdered')}` : name;
        draw();
        if (changed && animate) {
          pop.set(0.8);
          pop.animateTo(1, now, true);
        }
      }
      scale();
    },
    tick(now) {
      if (!pop.busy) return false;
      const busy = pop.step(now);
      scale();
      return busy;
    },
    destroy() {
      container.destroy({ children: true });
    },
  };
}
