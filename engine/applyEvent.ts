import { copyAttacks, copyByEconomy, copyBySide, copyFlags, copyForces, copyIndicators, copyState, copyTracks } from './copyState.ts';
import { advance } from './machines/index.ts';
import { ATTACK_FLAG, type BySide, type GameEvent, type GameState, type Proposal, type Role, type Talks } from './types.ts';

/** Talks after a decision: an offer goes on the table, is accepted, or lapses when the talks end. Once agreed, nothing more is offered. */
function talksAfter(s: GameState, role: Role, decision: string, proposal?: Proposal, accepted?: Talks['offer']): Talks {
  const t = s.talks;
  if (t.agreed) return t;
  if (decision === 'proposeSettlement' && proposal) return { ...t, offer: { ...proposal, by: role, turn: s.turn } };
  if ((decision === 'acceptSettlement' || decision === 'agreeSettlement') && accepted) return { offer: null, agreed: accepted };
  if (decision === 'breakOffNegotiations' || decision === 'accommodate') return { ...t, offer: null };
  return t;
}

/**
 * Apply one event to the state. Pure and dice-free: all chance was resolved when the event was made,
 * so replaying events always gives the same state.
 */
export const applyEvent = (s: GameState, e: GameEvent): GameState => applyEvents(s, [e]);

type Part = 'tracks' | 'indicators' | 'forces' | 'flags' | 'attacks' | 'injectsPlayed' | 'paramOverrides';
type IndicatorPart = 'shipsLost' | 'aircraftLost' | 'casualties' | 'gdpImpactPct';
const BIT: Record<Part | IndicatorPart, number> = {
  tracks: 1, indicators: 2, forces: 4, flags: 8, attacks: 16, injectsPlayed: 32, paramOverrides: 64,
  shipsLost: 128, aircraftLost: 256, casualties: 512, gdpImpactPct: 1024,
};

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
  /** The parts copied so far, one bit each (BIT below): a Set per draft was a fiftieth of a batch's garbage. */
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

  part<K extends Part>(key: K): GameState[K] {
    const s = this.top();
    if (!(this.copied & BIT[key])) {
      this.copied |= BIT[key];
      copyPart(s, key);
    }
    return s[key];
  }

  indicators<K extends IndicatorPart>(key: K): GameState['indicators'][K] {
    const i = this.part('indicators');
    if (!(this.copied & BIT[key])) {
      this.copied |= BIT[key];
      i[key] = (key === 'gdpImpactPct' ? copyByEconomy(i.gdpImpactPct) : copyBySide(i[key] as BySide)) as GameState['indicators'][K];
    }
    return i[key];
  }
}

// One copy per part, each where V8 sees one shape: a single spread for every part was slow for all of them. Each
// part is copied field by field (copyState.ts).
function copyPart(s: GameState, key: Part): void {
  switch (key) {
    case 'tracks':
      s.tracks = copyTracks(s.tracks);
      return;
    case 'indicators':
      s.indicators = copyIndicators(s.indicators);
      return;
    case 'forces':
      s.forces = copyForces(s.forces);
      return;
    case 'flags':
      s.flags = copyFlags(s.flags);
      return;
    case 'attacks':
      s.attacks = copyAttacks(s.attacks);
      return;
    case 'injectsPlayed':
      s.injectsPlayed = [...s.injectsPlayed];
      return;
    case 'paramOverrides':
      s.paramOverrides = { ...s.paramOverrides };
      return;
  }
}

/** Apply events in order: the same as applying them one by one, without a new state per event. */
export const applyEvents = (s: GameState, events: readonly GameEvent[]): GameState => (events.length ? new Draft(s).apply(events) : s);

function applyTo(d: Draft, e: GameEvent): void {
  switch (e.type) {
    case 'decisionTaken': {
      const s = d.top();
      d.part('tracks')[e.role] = advance(e.role, s.tracks[e.role], e.decision, e.facts) as never;
      s.talks = talksAfter(s, e.role, e.decision, e.proposal, e.accepted);
      return;
    }
    case 'machineEvent':
      d.part('tracks')[e.role] = advance(e.role, d.state.tracks[e.role], e.event, e.facts) as never;
      return;
    case 'indicatorsChanged':
      Object.assign(d.part('indicators'), e.changes);
      return;
    case 'lossesInflicted':
      d.indicators('shipsLost')[e.side] += e.ships;
      d.indicators('aircraftLost')[e.side] += e.aircraft;
      d.indicators('casualties')[e.side] += e.casualties;
      return;
    case 'forcesChanged':
      Object.assign(d.part('forces'), e.changes);
      return;
    case 'portSeized':
      d.part('forces').portSeized = true;
      return;
    case 'flagRaised':
      d.part('flags')[e.flag] = true;
      // D-Day is the first day the PLA is ashore, however the flag was raised (the engine, or a facilitator).
      if (e.flag === 'invasionLaunched' && d.state.invasionFromDay === null) d.top().invasionFromDay = d.state.day;
      return;
    case 'armedAttack':
      d.part('attacks')[e.target] = d.state.day;
      d.part('flags')[ATTACK_FLAG[e.target]] = true;
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
      d.part('indicators').lngExhaustedOnDay = e.day;
      return;
    case 'interdictionBegan':
      d.part('indicators').interdictionBeganOnDay = e.day;
      return;
    case 'gdpImpact':
      Object.assign(d.indicators('gdpImpactPct'), e.changes);
      return;
    case 'injectPlayed':
      d.part('injectsPlayed').push(e.id);
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
      d.part('paramOverrides')[e.path] = e.value;
      return;
    case 'roll':
    case 'facilitatorAction':
      return;
  }
}
