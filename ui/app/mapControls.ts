import { t } from '../../scenarios/words/words.ts';
import { h } from './dom.ts';
import type { MapSlot } from './mapSlot.ts';

const STEP = 0.25;
const ZOOM = 1.4;

/**
 * Pan and zoom without a mouse: visible buttons over the map, and keys while the map has focus (arrows move it,
 * + and - zoom, 0 fits the whole theatre). Dragging, pinching and the wheel still work as before.
 */
export function mapControls(map: MapSlot, host: HTMLElement): HTMLElement {
  const keys: Record<string, () => void> = {
    ArrowLeft: () => map.panBy(-STEP, 0), ArrowRight: () => map.panBy(STEP, 0),
    ArrowUp: () => map.panBy(0, -STEP), ArrowDown: () => map.panBy(0, STEP),
    '+': () => map.zoomBy(ZOOM), '=': () => map.zoomBy(ZOOM), '-': () => map.zoomBy(1 / ZOOM), '0': () => map.resetView(),
  };
  host.tabIndex = 0;
  host.setAttribute('aria-keyshortcuts', 'ArrowLeft ArrowRight ArrowUp ArrowDown + - 0');
  host.addEventListener('keydown', (e) => {
    const act = keys[e.key];
    if (!act || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    act();
  });
  const button = (label: string, text: string, act: () => void) => h('button', { type: 'button', 'aria-label': label, title: label, onclick: act }, text);
  return h('div', { class: 'map-controls', role: 'group', 'aria-label': t('ui.mapControls.label') },
    button(t('ui.mapControls.zoomIn'), '+', () => map.zoomBy(ZOOM)),
    button(t('ui.mapControls.zoomOut'), '−', () => map.zoomBy(1 / ZOOM)),
    button(t('ui.mapControls.left'), '←', () => map.panBy(-STEP, 0)),
    button(t('ui.mapControls.up'), '↑', () => map.panBy(0, -STEP)),
    button(t('ui.mapControls.down'), '↓', () => map.panBy(0, STEP)),
    button(t('ui.mapControls.right'), '→', () => map.panBy(STEP, 0)),
    button(t('ui.mapControls.fit'), '⤢', () => map.resetView()));
}
