import type { Scenario } from '../../../engine/index.ts';
import { loadScenario } from '../../../scenarios/catalog.ts';
import { language, t } from '../../../scenarios/words/words.ts';
import { h, mount } from '../dom.ts';
import { languageMenu } from '../languageChoice.ts';
import { legend } from '../legend.ts';
import { mapControls } from '../mapControls.ts';
import { createMapSlot, type MapSlot } from '../mapSlot.ts';
import { mapText } from '../mapText.ts';
import { createNotices, type Notify } from '../notices.ts';
import type { MapScene } from '../screens/screen.ts';
import { scrollToTop } from '../scrollToTop.ts';

/**
 * The page of a class's device that is not the one-device app: a team's device, the projector and
 * the teacher's console of the networked classroom, and the projector window of the one-device
 * classroom. The app's layout (the map beside a side pane, notices under the top bar, a full-width
 * view for the debrief), without the app's game menu: such a device shows one class only. The map has
 * the app's keyboard and button controls and its text alternative, and the top bar the language menu
 * (a device that changes language reloads and comes back as the same device).
 */
export interface ClassShell {
  notify: Notify;
  setTitle(text: string): void;
  /** Show the side pane's content and the map's scene (null: leave the map as it is). */
  show(content: HTMLElement, map: MapScene | null): void;
  /** Show a full-width view (the debrief) in place of the map and side pane; `close` is called when it is left. */
  showFull(content: HTMLElement, close?: () => void): void;
  closeFull(): void;
  fullShown(): boolean;
}

export function createClassShell(root: HTMLElement, heading: string): ClassShell {
  const notices = createNotices();
  const title = h('span', { class: 'game-title' });
  const mapHost = h('div', { class: 'map', role: 'img', 'aria-label': t('ui.mapControls.mapLabel') });
  const side = h('div', { class: 'side' });
  const full = h('div', { class: 'full-view', hidden: true });
  const words = mapText();
  let layout: HTMLElement;
  let onClose: (() => void) | null = null;
  const map: MapSlot = createMapSlot(mapHost, {
    hooks: (window.__kuroshio ??= {}),
    onHover: () => {},
    onError: (message) => notices.notify(t('ui.notice.mapFailed', { message }), 'error'),
  });
  mount(root,
    h('header', { class: 'topbar' }, h('h1', {}, heading), title, languageMenu(language())),
    notices.element,
    (layout = h('main', { class: 'layout' },
      h('section', { class: 'map-pane', 'aria-label': t('ui.top.map') }, mapHost, mapControls(map, mapHost), h('div', { class: 'map-aside' }, legend(), words.element)),
      h('aside', { class: 'side-pane' }, side))),
    full);
  window.addEventListener('pagehide', (e) => {
    if (!e.persisted) map.destroy();
  });
  const closeFull = () => {
    onClose?.();
    onClose = null;
    full.hidden = true;
    layout.hidden = false;
  };
  return {
    notify: notices.notify,
    setTitle: (text) => (title.textContent = text ? ` · ${text}` : ''),
    show(content, scene) {
      mount(side, content);
      if (scene) {
        map.show(scene);
        words.show(scene.state);
      }
    },
    showFull(content, close = () => {}) {
      closeFull();
      onClose = close;
      layout.hidden = true;
      map.hide();
      mount(full, content);
      full.hidden = false;
      scrollToTop(full);
    },
    closeFull,
    fullShown: () => !full.hidden,
  };
}

const scenarios = new Map<string, Scenario | string>();
/** The scenario a class plays (loaded once per page), or why it cannot be loaded. */
export function classScenario(id: string, variant: string): Scenario | string {
  const key = `${id}/${variant}`;
  if (!scenarios.has(key)) scenarios.set(key, loadScenario(id, variant));
  return scenarios.get(key)!;
}
