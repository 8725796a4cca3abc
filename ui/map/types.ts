import type { GameEvent, GameState, Scenario } from '../../engine/index.ts';
import type { TheatreFile } from '../../scenarios/schema.ts';

type Zone = TheatreFile['zones'][number];

/** What the pointer is over, for the hover card the app shows. Plain text only. */
export interface HoverInfo {
  title: string;
  lines: string[];
  /** Where, in CSS pixels relative to the map's host element. */
  x: number;
  y: number;
}

export interface TheatreMapOptions {
  theatre: TheatreFile;
  /** The theatre's zones plus the scenario's own; the map shows each while its activeWhen holds. */
  zones: Zone[];
  onHover?: (info: HoverInfo | null) => void;
}

/**
 * The map of the theatre, drawn with pixi.js. It holds no rules: it shows a state, animating from
 * the one shown before, and reports what the pointer is over.
 */
export interface TheatreMap {
  /** Show a state; `events` are the turn's events (strikes, landings) to animate, if any. */
  show(state: GameState, scenario: Scenario, events?: readonly GameEvent[]): void;
  /** The renderer pixi chose: 'webgl', 'webgpu' or 'canvas'. Tests assert it. */
  readonly renderer: string;
  /** Pixels of the map for tests: the colour at a geographic point, as [r, g, b]. */
  colourAt(lat: number, lon: number): Promise<[number, number, number]>;
  /** Fit the whole theatre in view again. */
  resetView(): void;
  destroy(): void;
}

export type CreateTheatreMap = (host: HTMLElement, options: TheatreMapOptions) => Promise<TheatreMap>;
