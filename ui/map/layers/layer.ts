import type { Container } from 'pixi.js';
import type { HoverTarget } from '../hover.ts';
import type { MapView } from '../mapView.ts';

/** One layer of the map: a container in map units, drawn by the layer's own module. */
export interface MapLayer {
  readonly container: Container;
  readonly hoverTargets: readonly HoverTarget[];
  /** The camera's zoom changed (CSS pixels per map unit): keep screen-sized things screen-sized. */
  zoomed?(zoom: number): void;
  /** Show a state, easing from the one shown before unless `animate` is false. */
  show?(view: MapView, now: number, animate: boolean): void;
  /** Step animations; true while something still moves. */
  tick?(now: number): boolean;
  destroy(): void;
}

/** Things drawn at a fixed screen size at a map point, which labels must keep clear of. */
export interface Obstacle {
  /** Map point the thing is drawn at. */
  x: number;
  y: number;
  /** Its box around that point, in CSS pixels: left, top, right, bottom offsets. */
  box: readonly [number, number, number, number];
  visible(): boolean;
}

/**
 * How big to draw symbols (markers, lanes) at a zoom, relative to their design size: a little
 * smaller when the whole theatre is squeezed onto a small screen, a little larger zoomed in.
 * Text keeps its size: it must stay legible.
 */
export function symbolScale(zoom: number): number {
  return Math.min(1.2, Math.max(0.72, Math.sqrt(zoom)));
}
