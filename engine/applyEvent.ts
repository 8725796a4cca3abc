import { advance } from './machines/index.ts';
import { ATTACK_FLAG, type GameEvent, type GameState, type Proposal, type Role, type Talks } from './types.ts';

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
export function applyEvent(s: GameState, e: GameEvent): GameState {
  switch (e.type) {
    case 'decisionTaken': {
      const next = { ...s, tracks: { ...s.tracks, [e.role]: advance(e.role, s.tracks[e.role], e.decision, e.facts) } };
      return { ...next, talks: talksAfter(s, e.role, e.decision, e.proposal, e.accepted) };
    }
    case 'machineEvent':
      return { ...s, tracks: { ...s.tracks, [e.role]: advance(e.role, s.tracks[e.role], e.event, e.facts) } };
    case 'indicatorsChanged':
      return { ...s, indicators: { ...s.indicators, ...e.changes } };
    case 'lossesInflicted': {
      const i = s.indicators;
      return {
        ...s,
        indicators: {
          ...i,
          shipsLost: { ...i.shipsLost, [e.side]: i.shipsLost[e.side] + e.ships },
          aircraftLost: { ...i.aircraftLost, [e.side]: i.aircraftLost[e.side] + e.aircraft },
          casualties: { ...i.casualties, [e.side]: i.casualties[e.side] + e.casualties },
        },
      };
    }
    case 'forcesChanged':
      return { ...s, forces: { ...s.forces, ...e.changes } };
    case 'portSeized':
      return { ...s, forces: { ...s.forces, portSeized: true } };
    case 'flagRaised':
      // D-Day is the first day the PLA is ashore, however the flag was raised (the engine, or a facilitator).
      return { ...s, flags: { ...s.flags, [e.flag]: true }, ...(e.flag === 'invasionLaunched' && s.invasionFromDay === null ? { invasionFromDay: s.day } : {}) };
    case 'armedAttack':
      return { ...s, attacks: { ...s.attacks, [e.target]: s.day }, flags: { ...s.flags, [ATTACK_FLAG[e.target]]: true } };
    case 'usHostilitiesBegan':
      return { ...s, usHostilitiesFromDay: e.day };
    case 'usHostilitiesEnded':
      return { ...s, usHostilitiesFromDay: null };
    case 'checkpointReached':
      return { ...s, checkpoint: { day: e.day, trend: e.trend } };
    case 'lngExhausted':
      return { ...s, indicators: { ...s.indicators, lngExhaustedOnDay: e.day } };
    case 'interdictionBegan':
      return { ...s, indicators: { ...s.indicators, interdictionBeganOnDay: e.day } };
    case 'gdpImpact':
      return { ...s, indicators: { ...s.indicators, gdpImpactPct: { ...s.indicators.gdpImpactPct, ...e.changes } } };
    case 'injectPlayed':
      return { ...s, injectsPlayed: [...s.injectsPlayed, e.id] };
    case 'turnEnded':
      return { ...s, turn: e.turn, day: e.day, rng: e.rng };
    case 'gameEnded':
      return { ...s, outcome: e.outcome, ending: e.ending };
    case 'parameterChanged':
      return { ...s, paramOverrides: { ...s.paramOverrides, [e.path]: e.value } };
    case 'roll':
    case 'facilitatorAction':
      return s;
  }
}

export function applyEvents(s: GameState, events: readonly GameEvent[]): GameState {
  return events.reduce(applyEvent, s);
}
