import type { GameState, Scenario } from '../../engine/index.ts';
import type { TheatreFile } from '../../scenarios/schema.ts';

/** What the pointer is over, for the hover card the app shows. Plain text only. */
export interface HoverInfo {
  title: string;
  lines: string[];
  /** Where, in CSS pixels relative to the map's host element. */
  x: number;
  y: number;
}

/**
 * What the map draws for one scenario: the theatre's places, names and lines, and its zones with the
 * scenario's own (each shown while its activeWhen holds). See mapContents.ts.
 */
export type MapContents = Pick<TheatreFile, 'places' | 'labels' | 'lines' | 'zones'>;

export interface TheatreMapOptions {
  contents: MapContents;
  onHover?: (info: HoverInfo | null) => void;
}

/**
 * The map of the theatre, drawn with pixi.js. It holds no rules: it shows a state, animating from
 * the one shown before, and reports what the pointer is over.
 */
export interface TheatreMap {
  /**
   * Show a state. What changed is read off the difference from the state shown before, not off a
   * turn's events: the map is shown states reached in many ways (a turn played, a replay stepped
   * back or jumped several turns, a facilitator's override), and only the states say what differs.
   */
  show(state: GameState, scenario: Scenario): void;
  /** Draw another scenario's contents (its zones, the places), keeping the land, the camera and the canvas. */
  configure(contents: MapContents): void;
  /** Stop rendering while something else covers the map; `reveal` starts again. */
  hide(): void;
  reveal(): void;
  /** The renderer pixi chose: 'webgl', 'webgpu' or 'canvas'. Tests assert it. */
  readonly renderer: string;
  /** Whether the map renders now (not hidden, not destroyed). Tests assert it. */
  readonly rendering: boolean;
  /** Pixels of the map for tests: the colour at a geographic point, as [r, g, b]. */
  colourAt(lat: number, lon: number): Promise<[number, number, number]>;
  /** Fit the whole theatre in view again. */
  resetView(): void;
  /** Zoom about the centre (factor above 1: in), and move the view by a share of what is visible. */
  zoomBy(factor: number): void;
  panBy(dx: number, dy: number): void;
  destroy(): void;
}

export type CreateTheatreMap = (host: HTMLElement, options: TheatreMapOptions) => Promise<TheatreMap>;
