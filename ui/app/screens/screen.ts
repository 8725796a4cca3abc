import type { GameState, Scenario } from '../../../engine/index.ts';

/** What the map shows: a state of a scenario (the scenario also says which zones the map draws). */
export interface MapScene {
  state: GameState;
  scenario: Scenario;
}

/** What a screen shows now: the side pane's content, and what the map shows beside it (null: nothing new). */
export interface View {
  content: HTMLElement;
  map: MapScene | null;
}

/**
 * A screen of the side pane. The shell opens it, asks it for its view when it opens and whenever
 * what it reads changes, and calls `leave` when another screen or a full-width view takes its
 * place. A screen owns its timers: `leave` stops them (a later `render` may start them again, when
 * the person comes back from the debrief).
 */
export interface Screen {
  render(): View;
  leave(): void;
}
