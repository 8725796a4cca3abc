import { Rectangle, type Application, type Container } from 'pixi.js';
import { Viewport } from 'pixi-viewport';

/**
 * The camera over the map: drag, pinch, wheel zoom, clamped to the theatre. A thin seam over
 * pixi-viewport so the library can be swapped without touching the layers.
 */
export interface Camera {
  /** Put the map's content here; its coordinates are map units. */
  readonly content: Container;
  /** Screen pixels (CSS) per map unit. */
  readonly zoom: number;
  /** The zoom at which the whole theatre fits. */
  readonly fitZoom: number;
  /** Fit the whole theatre in view. */
  fit(): void;
  /** Zoom in (factor above 1) or out about the centre of the view, within the limits: the keyboard's and the buttons' zoom. */
  zoomBy(factor: number): void;
  /** Move the view by a share of what is visible (0.25: a quarter of its width or height): the keyboard's and the buttons' pan. */
  panBy(dx: number, dy: number): void;
  /** The host changed size (CSS pixels). */
  resize(width: number, height: number): void;
  /** Map units to CSS pixels relative to the canvas. */
  toScreen(x: number, y: number): { x: number; y: number };
  toWorld(sx: number, sy: number): { x: number; y: number };
  /** True if the view moved or zoomed since the last call. */
  takeMoved(): boolean;
  destroy(): void;
}

/** Margin around the theatre when fitted, as a share of its size. */
const FIT_MARGIN = 1.03;
/** How far in one may zoom, relative to the fitted view. */
const MAX_ZOOM_IN = 14;

export function createCamera(app: Application, worldWidth: number, worldHeight: number): Camera {
  const viewport = new Viewport({
    screenWidth: app.screen.width,
    screenHeight: app.screen.height,
    worldWidth,
    worldHeight,
    events: app.renderer.events,
    ticker: app.ticker,
    passiveWheel: false,
    disableOnContextMenu: true,
    // Drag from anywhere on the canvas, the margin around the theatre included.
    forceHitArea: new Rectangle(-1e5, -1e5, 2e5, 2e5),
  });
  // A render group: panning and zooming change one transform on the GPU, not every vertex.
  viewport.isRenderGroup = true;
  app.stage.addChild(viewport);
  viewport
    .drag({ wheel: false })
    .pinch()
    .wheel({ smooth: 4 })
    .decelerate({ friction: 0.9 })
    .clamp({ direction: 'all', underflow: 'center' });

  let fitZoom = 1;
  let moved = true;
  viewport.on('moved', () => { moved = true; });
  viewport.on('zoomed', () => { moved = true; });

  function updateLimits(): void {
    fitZoom = Math.min(viewport.screenWidth / (worldWidth * FIT_MARGIN), viewport.screenHeight / (worldHeight * FIT_MARGIN));
    viewport.clampZoom({ minScale: fitZoom, maxScale: fitZoom * MAX_ZOOM_IN });
  }

  function fit(): void {
    viewport.plugins.get('decelerate')?.reset();
    viewport.setZoom(fitZoom, true);
    viewport.moveCenter(worldWidth / 2, worldHeight / 2);
    moved = true;
  }

  updateLimits();
  fit();

  return {
    content: viewport,
    get zoom() { return viewport.scale.x; },
    get fitZoom() { return fitZoom; },
    fit,
    zoomBy(factor) {
      const c = viewport.center;
      viewport.plugins.get('decelerate')?.reset();
      viewport.setZoom(Math.min(fitZoom * MAX_ZOOM_IN, Math.max(fitZoom, viewport.scale.x * factor)), true);
      viewport.moveCenter(c.x, c.y);
      (viewport.plugins.get('clamp') as { update(): void } | null)?.update();
      moved = true;
    },
    panBy(dx, dy) {
      const c = viewport.center;
      viewport.plugins.get('decelerate')?.reset();
      viewport.moveCenter(c.x + dx * viewport.worldScreenWidth, c.y + dy * viewport.worldScreenHeight);
      (viewport.plugins.get('clamp') as { update(): void } | null)?.update();
      moved = true;
    },
    resize(width, height) {
      const wasFitted = Math.abs(viewport.scale.x - fitZoom) < 1e-6;
      const centre = viewport.center;
      viewport.resize(width, height, worldWidth, worldHeight);
      updateLimits();
      if (wasFitted || viewport.scale.x < fitZoom) fit();
      else viewport.moveCenter(centre.x, centre.y);
      moved = true;
    },
    toScreen(x, y) {
      const p = viewport.toScreen(x, y);
      return { x: p.x, y: p.y };
    },
    toWorld(sx, sy) {
      const p = viewport.toWorld(sx, sy);
      return { x: p.x, y: p.y };
    },
    takeMoved() {
      const m = moved || viewport.dirty;
      moved = false;
      viewport.dirty = false;
      return m;
    },
    destroy() {
      viewport.destroy({ children: true });
    },
  };
}
