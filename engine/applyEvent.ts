import { advance } from './machines/index.ts';
import type { GameEvent, GameState } from './types.ts';

/**
 * Apply one event to the state. Pure and dice-free: all chance was resolved when the event was made,
 * so replaying events always gives the same state.
 */
export function applyEvent(s: GameState, e: GameEvent): GameState {
  switch (e.type) {
    case 'decisionTaken':
      return { ...s, tracks: { ...s.tracks, [e.role]: advance(e.role, s.tracks[e.role], e.decision, e.facts) } };
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
      return { ...s, flags: { ...s.flags, [e.flag]: true } };
    case 'evacuationProgressed':
      return { ...s, flags: { ...s.flags, evacuationTurns: s.flags.evacuationTurns + 1 } };
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
