import { factsOf } from '../facts.ts';
import { explainDecision, type Openness } from '../machines/explain.ts';
import { decisionsOf } from '../machines/index.ts';
import type { ReplayTurn } from '../replay.ts';
import { stateHash } from '../stateHash.ts';
import { HOLD } from '../tracks.ts';
import { ROLES, type FacilitatorCommand, type GameEvent, type GameState, type Outcome, type Role } from '../types.ts';
import { remainingMs } from './clock.ts';
import type { ClassSetup, Lock, PrivateMessage, TalkProposal, Relock, Statement, Timer } from './record.ts';
import { teamsOf, type ClassSession } from './session.ts';
import type { ClassEvent, Viewer } from './types.ts';

// What each screen may see. The projector's view is the public one; a team's adds its own options,
// its own locked choice and its own messages and proposals; the facilitator's adds everything.
// A view is built from the session by picking, never by removing, so nothing private reaches a
// view unless a line here puts it there.

export interface Option {
  decision: string;
  openness: Openness;
}

export interface PublicView {
  viewer: Viewer;
  /** The class's version: views with a higher number are newer. */
  seq: number;
  /** The time the view was made (the caller's clock), so a screen can count the timer down on its own. */
  now: number;
  setup: ClassSetup;
  teams: Role[];
  /** The turn being decided, counted from 0 as commands are. */
  turn: number;
  /** The situation the teams decide in: the game after the turns played and the facilitator's commands of this turn. */
  state: GameState;
  /** The turns played, as a replay records them: a screen plays them through the engine and checks `stateHash`. */
  log: ReplayTurn[];
  /** The state hash after the last turn played (the start's before the first). */
  stateHash: string;
  /** This turn's news from the facilitator so far (injects and their effects), without the facilitator's notes. */
  news: GameEvent[];
  /** The last turn played and its events: the turn's report. */
  lastTurn: { turn: number; events: GameEvent[] } | null;
  /** Which teams have locked in (not what they chose). */
  lockedIn: Role[];
  paused: boolean;
  timer: (Timer & { leftMs: number }) | null;
  statements: Statement[];
  outcome: Outcome | null;
}

export interface TeamView extends PublicView {
  role: Role;
  /** Every decision of the role, `hold` first, with whether it is open now and why (or why not). */
  options: Option[];
  locked: Lock | null;
  /** Set when a facilitator's action closed the team's locked choice: it must decide again. */
  relock: Relock | null;
  messages: PrivateMessage[];
  proposals: TalkProposal[];
}

export interface FacilitatorView extends PublicView {
  options: Record<Role, Option[]>;
  locked: Partial<Record<Role, Lock>>;
  relock: Partial<Record<Role, Relock>>;
  pending: FacilitatorCommand[];
  /** The events of the pending commands, notes included. */
  pendingEvents: GameEvent[];
  /** The scenario's deck, with what has been played (pending commands included). */
  deck: { id: string; once: boolean; played: boolean }[];
  messages: PrivateMessage[];
  proposals: TalkProposal[];
}

export type ClassView = PublicView | TeamView | FacilitatorView;

// Options change only when the situation does (a turn, a facilitator's command), not when a team
// talks or locks in: they are kept per situation, which a session shares until it changes.
const optionsCache = new WeakMap<GameState, Map<Role, Option[]>>();

/** The decisions of a role, `hold` first, each with why it is open or closed in the situation. */
export function optionsOf(s: ClassSession, role: Role): Option[] {
  const state = s.situation.state;
  let byRole = optionsCache.get(state);
  if (!byRole) optionsCache.set(state, (byRole = new Map()));
  let options = byRole.get(role);
  if (!options) {
    const facts = factsOf(state, s.scenario.legal);
    const track = state.tracks[role];
    options = [
      { decision: HOLD, openness: { open: true, held: [] } },
      ...decisionsOf(role).map((decision) => ({ decision, openness: explainDecision(role, track, decision, facts) })),
    ];
    byRole.set(role, options);
  }
  return options;
}

function publicView(s: ClassSession, viewer: Viewer, now: number): PublicView {
  const { record } = s;
  const talk = record.talk;
  return {
    viewer,
    seq: record.seq,
    now,
    setup: record.setup,
    teams: teamsOf(record),
    turn: s.state.turn,
    state: s.situation.state,
    log: record.turns,
    stateHash: record.turns.at(-1)?.stateHash ?? stateHash(s.state),
    news: s.situation.events.filter((e) => e.type !== 'facilitatorAction'),
    lastTurn: s.lastTurn && { turn: s.lastTurn.turn, events: s.lastTurn.events },
    lockedIn: ROLES.filter((r) => record.locked[r]),
    paused: record.paused,
    timer: record.timer && { ...record.timer, leftMs: remainingMs(record.timer, now) },
    statements: talk.statements,
    outcome: s.state.outcome,
  };
}

const involves = (role: Role) => (x: { from: Role; to: Role }) => x.from === role || x.to === role;

/** What a viewer may see of the class now. */
export function viewOf(s: ClassSession, viewer: Viewer, now: number): ClassView {
  const base = publicView(s, viewer, now);
  const { record } = s;
  if (viewer.kind === 'projector') return base;
  if (viewer.kind === 'team') {
    const role = viewer.role;
    return {
      ...base,
      role,
      options: optionsOf(s, role),
      locked: record.locked[role] ?? null,
      relock: record.relock[role] ?? null,
      messages: record.talk.messages.filter(involves(role)),
      proposals: record.talk.proposals.filter(involves(role)),
    };
  }
  const played = s.situation.state.injectsPlayed;
  return {
    ...base,
    options: Object.fromEntries(ROLES.map((r) => [r, optionsOf(s, r)])) as Record<Role, Option[]>,
    locked: record.locked,
    relock: record.relock,
    pending: record.pending,
    pendingEvents: s.situation.events,
    deck: s.scenario.injects.map((i) => ({ id: i.id, once: i.once, played: played.includes(i.id) })),
    messages: record.talk.messages,
    proposals: record.talk.proposals,
  };
}

/** The share of a change's events a viewer may see: what passed between two teams stays with them and the facilitator. */
export function eventsFor(viewer: Viewer, events: readonly ClassEvent[]): ClassEvent[] {
  if (viewer.kind === 'facilitator') return [...events];
  const role = viewer.kind === 'team' ? viewer.role : null;
  return events.filter((e) => {
    switch (e.type) {
      case 'messageSent': return role !== null && involves(role)(e.message);
      case 'proposalMade': return role !== null && involves(role)(e.proposal);
      case 'proposalAnswered': return role !== null && involves(role)(e.proposal);
      case 'mustDecideAgain': return e.role === role;
      default: return true;
    }
  });
}
