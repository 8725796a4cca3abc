import { copyAttacks, copyByEconomy, copyBySide, copyFlags, copyForces, copyIndicators, copyState, copyTracks } from './copyState.ts';
import { advance } from './machines/index.ts';
import { setTrack, trackOf } from './tracks.ts';
import type { AttackTarget, ByEconomy, BySide, Flags, Forces, GameEvent, GameState, Indicators, Proposal, Role, Side, Talks, Tracks } from './types.ts';

/** Talks after a decision: an offer goes on the table, is accepted, or lapses when the talks end. Once agreed, nothing more is offered. */
function talksAfter(s: GameState, role: Role, decision: string, proposal?: Proposal, accepted?: Talks['offer']): Talks {
  const t = s.talks;
  if (t.agreed) return t;
  // Written out, not spread: an offer spread from a proposal took the shape of whichever code made the proposal, and
  // code optimised for the offers it had met was thrown away at the next shape.
  if (decision === 'proposeSettlement' && proposal) return { offer: { terms: proposal.terms, note: proposal.note, by: role, turn: s.turn }, agreed: t.agreed };
  if ((decision === 'acceptSettlement' || decision === 'agreeSettlement') && accepted) return { offer: null, agreed: accepted };
  if (decision === 'breakOffNegotiations' || decision === 'accommodate') return { offer: null, agreed: t.agreed };
  return t;
}

/**
 * Apply one event to the state. Pure and dice-free: all chance was resolved when the event was made,
 * so replaying events always gives the same state.
 */
export const applyEvent = (s: GameState, e: GameEvent): GameState => applyEvents(s, [e]);

// The parts a draft has copied, one bit each: a Set per draft was a fiftieth of a batch's garbage.
const TRACKS = 1, INDICATORS = 2, FORCES = 4, FLAGS = 8, ATTACKS = 16, PARAMETERS = 64;
/** The indicators' own parts: the losses by side (copied together, as every loss event changes all three) and the GDP. */
const LOSSES = 128;
const GDP = 256;

/**
 * A state being changed by runs of events: the state and each part of it (indicators, forces...) are
 * copied the first time an event changes them, and changed in place after, so the state it started from is
 * never changed and parts no event touched are shared with it. (A whole new state per event was a fifth of
 * a batch's time.) Once anything has changed, every `apply` returns the same object, changed in place: so a
 * state `apply` returned must not be read after the next `apply`, and nothing keyed on its identity (like
 * factsOf's last answer) may outlive one. A turn's decisions and its adjudication's steps, which read only
 * the state they are given, are the one user of more than one run. (A new object per run cost a copy of the
 * state per adjudication step.)
 */
export class Draft {
  private ownTop = false;
  /** The parts copied so far, one bit each (above). */
  private copied = 0;
  constructor(public state: GameState) {}

  /** The state after these events, as described above. */
  apply(events: readonly GameEvent[]): GameState {
    for (const e of events) applyTo(this, e);
    return this.state;
  }

  top(): GameState {
    if (!this.ownTop) {
      this.state = copyState(this.state);
      this.ownTop = true;
    }
    return this.state;
  }

  /** Whether this part (its bit) is yet to be copied: true once, the first time it is asked for. */
  private first(bit: number): boolean {
    if (this.copied & bit) return false;
    this.copied |= bit;
    return true;
  }

  // One method per part, each copying it field by field where V8 sees one shape (copyState.ts): a spread for every
  // part was slow for all of them, and one method taking the part's name read it by a name that varies, which V8
  // does by its slowest path.
  tracks(): Tracks {
    const s = this.top();
    if (this.first(TRACKS)) s.tracks = copyTracks(s.tracks);
    return s.tracks;
  }

  indicators(): Indicators {
    const s = this.top();
    if (this.first(INDICATORS)) s.indicators = copyIndicators(s.indicators);
    return s.indicators;
  }

  forces(): Forces {
    const s = this.top();
    if (this.first(FORCES)) s.forces = copyForces(s.forces);
    return s.forces;
  }

  flags(): Flags {
    const s = this.top();
    if (this.first(FLAGS)) s.flags = copyFlags(s.flags);
    return s.flags;
  }

  attacks(): GameState['attacks'] {
    const s = this.top();
    if (this.first(ATTACKS)) s.attacks = copyAttacks(s.attacks);
    return s.attacks;
  }

  /**
   * Adds an inject to those played, in a new list each time (few are played): pushing the first text onto an
   * empty list changes the kind of its elements, which sent the optimised applyTo back to be compiled again.
   */
  playInject(id: string): void {
    const s = this.top();
    s.injectsPlayed = [...s.injectsPlayed, id];
  }

  paramOverrides(): Record<string, number> {
    const s = this.top();
    if (this.first(PARAMETERS)) s.paramOverrides = { ...s.paramOverrides };
    return s.paramOverrides;
  }

  /** The indicators, with their losses by side this draft's own. */
  losses(): Indicators {
    const i = this.indicators();
    if (this.first(LOSSES)) {
      i.shipsLost = copyBySide(i.shipsLost);
      i.aircraftLost = copyBySide(i.aircraftLost);
      i.casualties = copyBySide(i.casualties);
    }
    return i;
  }

  /** The GDP impact by economy, this draft's own. */
  gdp(): ByEconomy {
    const i = this.indicators();
    if (this.first(GDP)) {
      i.gdpImpactPct = copyByEconomy(i.gdpImpactPct);
    }
    return i.gdpImpactPct;
  }
}

/** Apply events in order: the same as applying them one by one, without a new state per event. */
export const applyEvents = (s: GameState, events: readonly GameEvent[]): GameState => (events.length ? new Draft(s).apply(events) : s);

// Each side by name: indexed by a side that varies, V8's property access took its slowest, generic path.
function addFor(l: BySide, side: Side, n: number): void {
  switch (side) {
    case 'prc':
      l.prc += n;
      return;
    case 'us':
      l.us += n;
      return;
    case 'japan':
      l.japan += n;
      return;
    case 'taiwan':
      l.taiwan += n;
      return;
  }
}

// Each target by name, like each side above; the flag is the target's in ATTACK_FLAG.
function markAttack(attacks: GameState['attacks'], flags: GameState['flags'], target: AttackTarget, day: number): void {
  switch (target) {
    case 'usForces':
      attacks.usForces = day;
      flags.usForcesAttacked = true;
      return;
    case 'japan':
      attacks.japan = day;
      flags.japanAttacked = true;
      return;
    case 'taiwan':
      attacks.taiwan = day;
      flags.taiwanAttacked = true;
      return;
    case 'japaneseShips':
      attacks.japaneseShips = day;
      flags.japaneseShipsAttacked = true;
      return;
  }
}

function applyTo(d: Draft, e: GameEvent): void {
  switch (e.type) {
    case 'decisionTaken': {
      const s = d.top();
      const tracks = d.tracks();
      setTrack(tracks, e.role, advance(e.role, trackOf(tracks, e.role), e.decision, e.facts));
      s.talks = talksAfter(s, e.role, e.decision, e.proposal, e.accepted);
      return;
    }
    case 'machineEvent': {
      const tracks = d.tracks();
      setTrack(tracks, e.role, advance(e.role, trackOf(tracks, e.role), e.event, e.facts));
      return;
    }
    case 'indicatorsChanged':
      Object.assign(d.indicators(), e.changes);
      return;
    case 'lossesInflicted':
    {
      const i = d.losses();
      addFor(i.shipsLost, e.side, e.ships);
      addFor(i.aircraftLost, e.side, e.aircraft);
      addFor(i.casualties, e.side, e.casualties);
      return;
    }
    case 'forcesChanged':
      Object.assign(d.forces(), e.changes);
      return;
    case 'portSeized':
      d.forces().portSeized = true;
      return;
    case 'flagRaised':
      d.flags()[e.flag] = true;
      // D-Day is the first day the PLA is ashore, however the flag was raised (the engine, or a facilitator).
      if (e.flag === 'invasionLaunched' && d.state.invasionFromDay === null) d.top().invasionFromDay = d.state.day;
      return;
    case 'armedAttack':
      markAttack(d.attacks(), d.flags(), e.target, d.state.day);
      return;
    case 'usHostilitiesBegan':
      d.top().usHostilitiesFromDay = e.day;
      return;
    case 'usHostilitiesEnded':
      d.top().usHostilitiesFromDay = null;
      return;
    case 'checkpointReached':
      d.top().checkpoint = { day: e.day, trend: e.trend };
      return;
    case 'lngExhausted':
      d.indicators().lngExhaustedOnDay = e.day;
      return;
    case 'interdictionBegan':
      d.indicators().interdictionBeganOnDay = e.day;
      return;
    case 'gdpImpact':
      Object.assign(d.gdp(), e.changes);
      return;
    case 'injectPlayed':
      d.playInject(e.id);
      return;
    case 'turnEnded': {
      const s = d.top();
      s.turn = e.turn;
      s.day = e.day;
      s.rng = e.rng;
      return;
    }
    case 'gameEnded': {
      const s = d.top();
      s.outcome = e.outcome;
      s.ending = e.ending;
      return;
    }
    case 'parameterChanged':
      d.paramOverrides()[e.path] = e.value;
      return;
    case 'roll':
    case 'facilitatorAction':
      return;
  }
}
