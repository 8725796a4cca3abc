import type { FacilitatorAction, Role } from '../../engine/index.ts';
import type { ClassSession, Timer } from '../../engine/classroom/index.ts';
import type { PersonChoice, PersonChoices, Session, SessionSetup } from './session.ts';

export type ScreenName = 'setup' | 'briefing' | 'play' | 'end' | 'replay' | 'facilitator';

/** The facilitator's settings for a class, which the play screen follows. */
export interface Classroom {
  /** Play is paused: no team can lock in or end the turn, and the timer stops. Kept with the turn in progress. */
  paused: boolean;
  /** Projector view: the map and the public situation only; no team's options or choices. */
  projector: boolean;
  /** The turn timer, as the class keeps it (null: none). */
  timer: Timer | null;
}

/**
 * What the shell lets screens read, and the intents they may send it. Each screen takes a Pick of
 * this (its own context type, at the head of its file), so what a screen depends on is written
 * down, and no screen reaches into the shell or writes its fields.
 */
export interface ShellContext {
  /** The game in progress, if there is one. */
  gameInProgress(): Session | null;
  /** The game in progress, for the screens the shell opens only while there is one. */
  game(): Session;
  readonly classroom: Readonly<Classroom>;
  /** The setup choices kept while the person goes from the setup to the briefing and back. */
  draft(): SessionSetup | null;

  /** Draw the screen again after it changed what it shows; `toTop` when it shows something new (a hand-off card). */
  redraw(toTop?: boolean): void;
  open(screen: ScreenName): void;
  /** Back to the game in progress: its turn, or its end. */
  resumeGame(): void;
  readBriefing(setup: SessionSetup): void;
  startGame(setup: SessionSetup): void;
  /**
   * The turn in progress, as a class of engine/classroom (the same model the classroom server
   * holds): the teams' locked choices, the facilitator's pending commands, pause and timer.
   */
  turn(): ClassSession;
  /** The strategist bots are deciding the turn (in a worker): it resolves when they have; nothing is locked in or resolved meanwhile. */
  botsDeciding(): boolean;
  /** Which team holds the device now (its options are on screen), or null: the hand-off card. */
  handedTo(): Role | null;
  handTo(role: Role | null): void;
  /** A team locks in its choice, hidden until the turn resolves; false (after saying why) if refused. */
  lockIn(role: Role, choice: PersonChoice): boolean;
  /** Resolve the turn: the teams' locked choices, hold for a team without one, the bots' picks. */
  resolveTurn(): void;
  /** Play the turn with the people's choices (a proposal's terms with them); bots choose for their seats. */
  playTurn(decisions: PersonChoices): void;
  /** The facilitator acts; false (after saying why) if the engine refuses. */
  facilitate(action: FacilitatorAction, reason: string): boolean;
  /** Take back one of this turn's facilitator commands, by its place in the list. */
  withdrawPending(index: number): boolean;
  setPaused(paused: boolean): void;
  setProjector(on: boolean): void;
  /** The turn timer: `minutes` 0 clears it; at zero undecided teams hold when `holdAtZero`. */
  setTimer(minutes: number, holdAtZero: boolean): boolean;
  /** Show the projector's view in another window of this browser, following the game live. */
  openProjectorWindow(): void;
  openDebrief(s: Session): void;
  viewGameAsReplay(): void;
  /** A new game from turn `turn` of `from`, with a person taking over `role`. */
  branch(from: Session, turn: number, role: Role): void;
  exportReplay(s: Session): void;
  shareLink(s: Session): void;
  pickReplayFile(): void;
  notify(message: string, kind: 'error' | 'info'): void;
}
