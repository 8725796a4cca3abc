import { mapContentsOf } from '../map/mapContents.ts';
import type { HoverInfo, TheatreMap } from '../map/types.ts';
import type { MapScene } from './screens/screen.ts';

/** What the map slot tells the page, for tests and the performance script. */
export interface MapHooks {
  mapDrawnAt?: number;
  renderer?: string;
  colourAt?: (lat: number, lon: number) => Promise<[number, number, number]>;
  /** Whether the map renders now: false while a full-width view covers it. */
  mapRendering?: () => boolean;
}

export interface MapSlot {
  /** Show a scene: the map is made on first use (pixi loads lazily) and takes each scenario's contents when the scene's scenario changes. */
  show(scene: MapScene | null): void;
  /** Something covers the map (the debrief): it stops rendering until the next scene is shown. */
  hide(): void;
  /** The page is going away: free the map's canvas and GPU memory. */
  destroy(): void;
  /** The keyboard's and the buttons' view changes (nothing until the map is drawn). */
  zoomBy(factor: number): void;
  panBy(dx: number, dy: number): void;
  resetView(): void;
}

/** The shell's map: one pixi map for the page, told what to show, reconfigured per scenario without a reload. */
export function createMapSlot(host: HTMLElement, o: { hooks: MapHooks; onHover(info: HoverInfo | null): void; onError(message: string): void }): MapSlot {
  let map: TheatreMap | null = null;
  let loading: Promise<void> | null = null;
  let failed = false;
  let destroyed = false;
  let hidden = false;
  /** The scenario whose contents the map draws now. */
  let configuredFor: string | null = null;
  /** The scene to draw: the latest asked for (several may be asked for while pixi loads). */
  let wanted: MapScene | null = null;

  function draw(): void {
    if (!map || !wanted) return;
    if (wanted.scenario.id !== configuredFor) {
      map.configure(mapContentsOf(wanted.scenario.id));
      configuredFor = wanted.scenario.id;
    }
    map.show(wanted.state, wanted.scenario);
    if (hidden) map.hide();
    else map.reveal();
  }

  async function load(scenarioId: string): Promise<void> {
    const { createTheatreMap } = await import('../map/createTheatreMap.ts');
    const made = await createTheatreMap(host, { contents: mapContentsOf(scenarioId), onHover: o.onHover });
    if (destroyed) return made.destroy();
    map = made;
    configuredFor = scenarioId;
    o.hooks.renderer = made.renderer;
    o.hooks.colourAt = (lat, lon) => made.colourAt(lat, lon);
    o.hooks.mapRendering = () => made.rendering;
    requestAnimationFrame(() => requestAnimationFrame(() => (o.hooks.mapDrawnAt = performance.now())));
  }

  return {
    show(scene) {
      if (destroyed || failed) return;
      hidden = false;
      if (scene) wanted = scene;
      if (map) return draw();
      if (!wanted || loading) return;
      loading = load(wanted.scenario.id).then(draw, (e: unknown) => {
        failed = true;
        o.onError((e as Error).message);
      });
    },
    hide() {
      hidden = true;
      map?.hide();
    },
    zoomBy: (factor) => map?.zoomBy(factor),
    panBy: (dx, dy) => map?.panBy(dx, dy),
    resetView: () => map?.resetView(),
    destroy() {
      destroyed = true;
      map?.destroy();
      map = null;
    },
  };
}
