import { t } from '../../scenarios/words/words.ts';
import { PALETTE } from '../map/palette.ts';
import { h } from './dom.ts';

const hex = (c: number) => `#${c.toString(16).padStart(6, '0')}`;

/** The map's legend, in the map's own colours and the words the map's hover cards use. */
export function legend(): HTMLElement {
  const item = (text: string, fill: number, shape: 'box' | 'line' | 'dash' | 'dot' = 'box') => {
    const swatch = h('span', { class: `swatch ${shape}`, 'aria-hidden': 'true' });
    // Set through the CSSOM, which the Content-Security-Policy allows (inline style attributes it does not).
    if (shape === 'dash') swatch.style.borderTopColor = hex(fill);
    else swatch.style.background = hex(fill);
    return h('li', {}, swatch, text);
  };
  const sides = ['taiwan', 'japan', 'us', 'prc', 'philippines'] as const;
  const zones = ['exercise', 'quarantine', 'noSailZone', 'landing'] as const;
  return h('details', { class: 'legend', open: true },
    h('summary', {}, t('ui.legend.title')),
    h('ul', {},
      sides.map((s) => item(t(`ui.mapSide.${s}`), PALETTE.side[s])),
      item(t('ui.legend.seaLane'), PALETTE.laneFull, 'line'),
      zones.map((z) => item(t(`ui.zoneKind.${z}`), PALETTE.zone[z])),
      item(t('ui.legend.medianLine'), PALETTE.medianLine, 'dash'), item(t('ui.legend.strikes'), PALETTE.strike, 'dot')));
}
