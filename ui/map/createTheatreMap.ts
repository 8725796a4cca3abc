// The app ships a Content-Security-Policy without 'unsafe-eval': this makes pixi build its shaders
// and uniform uploads without new Function().
import 'pixi.js/unsafe-eval';
import { Application, GlLimitsSystem, Rectangle, type WebGLRenderer } from 'pixi.js';
import { createCamera } from './camera.ts';
import { flatShader } from './flatShader.ts';
import { findHover } from './hover.ts';
import { createBadgeLayer } from './layers/badge.ts';
import { createForcesLayer } from './layers/forces.ts';
import { createGaugesLayer } from './layers/gauges.ts';
import { createLabelsLayer } from './layers/labels.ts';
import { createLandLayer } from './layers/land.ts';
import type { MapLayer } from './layers/layer.ts';
import { createLinesLayer } from './layers/lines.ts';
import { createPlacesLayer } from './layers/places.ts';
import { createStrikesLayer } from './layers/strikes.ts';
import { createZonesLayer } from './layers/zones.ts';
import { mapViewOf } from './mapView.ts';
import { PALETTE } from './palette.ts';
import { MAP_HEIGHT, MAP_WIDTH, project } from './projection.ts';
import { t } from '../../scenarios/words/words.ts';
import type { CreateTheatreMap, MapContents, TheatreMap } from './types.ts';

/**
 * The theatre map: a pixi Application sized to its host, a camera, and one small module per layer.
 * It renders only when something changed (the camera moved, an animation runs, a state was shown),
 * so an idle map costs nothing.
 */
export const createTheatreMap: CreateTheatreMap = async (host, options) => {
  // The land is its own chunk (about 140 kB): fetch it while pixi starts.
  const landPromise = import('virtual:theatre-land').then((m) => m.default);

  const software = softwareWebGl();
  // A software rasterizer runs pixi's batch shader's texture branches for every pixel: fewer branches, faster frames.
  if (software) capBatchTextures(SOFTWARE_BATCH_TEXTURES);
  const app = new Application();
  await app.init({
    resizeTo: host,
    resolution: globalThis.devicePixelRatio || 1,
    autoDensity: true,
    // Multisampling is free on a GPU and costs a software rasterizer its frame rate.
    antialias: !software,
    // The sea is the clear colour: painting it would cost a software rasterizer a full-screen pass.
    background: PALETTE.sea,
    preference: 'webgl',
  });
  // Render on demand from our own tick instead of every frame.
  app.ticker.remove(app.render, app);

  const canvas = app.canvas;
  canvas.style.display = 'block';
  canvas.style.touchAction = 'none';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', t('ui.mapWords.canvasLabel'));
  host.appendChild(canvas);

  let land: Awaited<typeof landPromise>;
  try {
    land = await landPromise;
  } catch (e) {
    app.destroy({ removeView: true }, { children: true });
    throw e;
  }

  const camera = createCamera(app, MAP_WIDTH, MAP_HEIGHT);
  // The land is the same for every scenario and the dearest to build: it stays when the contents change.
  const landLayer = createLandLayer(land, app.renderer.name === 'webgl' ? flatShader() : undefined);
  camera.content.addChild(landLayer.container);

  /** The layers drawn from a scenario's contents, bottom to top, all labels placed together by one placer. */
  function contentLayers(contents: MapContents) {
    // Point islands that are also places (Matsu) are named by the places layer.
    const placeIds = new Set(contents.places.map((p) => p.id));
    const labelsLayer = createLabelsLayer(contents.labels, land.points.filter((p) => !placeIds.has(p.id)), land, contents.lines);
    const placer = labelsLayer.placer;
    const layers: MapLayer[] = [
      createZonesLayer(contents.zones),
      createLinesLayer(contents.lines, placer),
      createForcesLayer(placer),
      createPlacesLayer(contents.places, placer),
      createStrikesLayer(contents.places),
      createBadgeLayer(placer),
      createGaugesLayer(placer),
      labelsLayer,
    ];
    for (const l of layers) camera.content.addChild(l.container);
    return { zones: contents.zones, placer, layers: [landLayer, ...layers], hoverTargets: [landLayer, ...layers].flatMap((l) => l.hoverTargets) };
  }
  let drawn = contentLayers(options.contents);

  let destroyed = false;
  let hidden = false;
  let shownBefore = false;
  let needsRender = true;
  let wasBusy = false;
  let lastZoom = -1;

  function applyZoom(): void {
    const z = camera.zoom;
    if (z === lastZoom) return;
    lastZoom = z;
    for (const l of drawn.layers) l.zoomed?.(z);
    drawn.placer.place(z);
  }

  function frame(): void {
    const now = performance.now();
    const moved = camera.takeMoved();
    applyZoom();
    if (moved && pointer) hoverAt(pointer.x, pointer.y);
    let busy = false;
    for (const l of drawn.layers) if (l.tick?.(now)) busy = true;
    if (moved || busy || wasBusy || needsRender) app.render();
    wasBusy = busy;
    needsRender = false;
  }

  // Follow the host's size, not only the window's (ResizePlugin listens to the window alone).
  const onRendererResize = (width: number, height: number) => {
    // Hidden (its pane display: none), the host has no size: keep the reader's view for when it shows again.
    if (width === 0 || height === 0) return;
    camera.resize(width, height);
    needsRender = true;
  };
  app.renderer.on('resize', onRendererResize);
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => app.queueResize());
  observer?.observe(host);

  // Hover: one hit test per pointer move, in map units, and again when the view moves under a
  // still pointer (a wheel zoom), so the card never names what is no longer there.
  let hovering = false;
  let pointer: { x: number; y: number } | null = null;
  const hoverAt = (clientX: number, clientY: number) => {
    if (!options.onHover) return;
    const c = canvas.getBoundingClientRect();
    const w = camera.toWorld(clientX - c.left, clientY - c.top);
    const target = findHover(drawn.hoverTargets, w.x, w.y, 1 / camera.zoom);
    if (target) {
      const h = host.getBoundingClientRect();
      options.onHover({ ...target.info(), x: clientX - h.left, y: clientY - h.top });
      hovering = true;
    } else if (hovering) {
      options.onHover(null);
      hovering = false;
    }
  };
  const onPointerMove = (e: PointerEvent) => {
    if (e.buttons !== 0) {
      // Dragging the map: no card.
      pointer = null;
      if (hovering) options.onHover?.(null);
      hovering = false;
      return;
    }
    pointer = { x: e.clientX, y: e.clientY };
    hoverAt(e.clientX, e.clientY);
  };
  const onPointerLeave = () => {
    pointer = null;
    if (hovering) options.onHover?.(null);
    hovering = false;
  };
  canvas.addEventListener('pointermove', onPointerMove);
  canvas.addEventListener('pointerleave', onPointerLeave);

  applyZoom();
  app.render();
  app.ticker.add(frame);

  const map: TheatreMap = {
    show(state, scenario) {
      if (destroyed) return;
      const view = mapViewOf(state, scenario, drawn.zones);
      const now = performance.now();
      for (const l of drawn.layers) l.show?.(view, now, shownBefore);
      shownBefore = true;
      // Markers came or went: labels make room.
      drawn.placer.place(camera.zoom);
      needsRender = true;
    },
    configure(contents) {
      if (destroyed) return;
      for (const l of drawn.layers) if (l !== landLayer) l.destroy();
      drawn = contentLayers(contents);
      // The card named something of the old contents.
      if (hovering) options.onHover?.(null);
      hovering = false;
      // The new layers take the zoom, and the next state shown is drawn as it is, not eased from nothing.
      lastZoom = -1;
      applyZoom();
      shownBefore = false;
      needsRender = true;
    },
    hide() {
      if (destroyed || hidden) return;
      hidden = true;
      app.ticker.stop();
    },
    reveal() {
      if (destroyed || !hidden) return;
      hidden = false;
      needsRender = true;
      app.ticker.start();
    },
    get renderer() {
      return app.renderer.name;
    },
    get rendering() {
      return !destroyed && app.ticker.started;
    },
    async colourAt(lat, lon) {
      if (destroyed) throw new Error('the map has been destroyed');
      applyZoom();
      const [x, y] = project(lat, lon);
      const s = camera.toScreen(x, y);
      return readPixel(app, s.x, s.y);
    },
    resetView() {
      camera.fit();
      needsRender = true;
    },
    zoomBy(factor) {
      camera.zoomBy(factor);
      needsRender = true;
    },
    panBy(dx, dy) {
      camera.panBy(dx, dy);
      needsRender = true;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      observer?.disconnect();
      canvas.removeEventListener('pointermove', onPointerMove);
      canvas.removeEventListener('pointerleave', onPointerLeave);
      app.renderer.off('resize', onRendererResize);
      app.ticker.remove(frame);
      for (const l of drawn.layers) l.destroy();
      camera.destroy();
      app.destroy({ removeView: true }, { children: true });
    },
  };
  return map;
};

const SOFTWARE_BATCH_TEXTURES = 4;
let cappedTextures = false;

/**
 * Cap how many textures pixi's WebGL batches sample from. pixi reads the limit from the GPU when a
 * renderer starts; this wraps that reading, so it holds for every WebGL renderer made afterwards in
 * this page (the map is the page's only pixi renderer).
 */
function capBatchTextures(max: number): void {
  if (cappedTextures) return;
  cappedTextures = true;
  const read = GlLimitsSystem.prototype.contextChange;
  GlLimitsSystem.prototype.contextChange = function (this: GlLimitsSystem) {
    read.call(this);
    this.maxBatchableTextures = Math.min(this.maxBatchableTextures, max);
  };
}

/** Is WebGL here a software rasterizer (SwiftShader, llvmpipe)? Asked of a throwaway context. */
function softwareWebGl(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
  } catch {
    return false;
  }
}

/** The colour on the canvas at a CSS pixel: rendered now and read back. */
function readPixel(app: Application, cssX: number, cssY: number): [number, number, number] {
  const renderer = app.renderer;
  const res = renderer.resolution;
  app.render();
  if (renderer.name === 'webgl') {
    // Straight from the drawing buffer, which holds the frame just rendered (clear colour included).
    const gl = (renderer as WebGLRenderer).gl;
    const px = new Uint8Array(4);
    const x = Math.floor(cssX * res);
    const y = gl.drawingBufferHeight - 1 - Math.floor(cssY * res);
    gl.readPixels(x, y, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
    return [px[0]!, px[1]!, px[2]!];
  }
  // Other renderers: extract the stage there and lay it over the clear colour, as the screen does.
  const { pixels } = renderer.extract.pixels({ target: app.stage, frame: new Rectangle(Math.floor(cssX), Math.floor(cssY), 1, 1), resolution: 1 });
  const a = pixels[3]! / 255;
  const bg = [(PALETTE.sea >> 16) & 255, (PALETTE.sea >> 8) & 255, PALETTE.sea & 255];
  return [0, 1, 2].map((i) => Math.round(pixels[i]! + bg[i]! * (1 - a))) as [number, number, number];
}
