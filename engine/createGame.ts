import { initialValue } from './machines/index.ts';
import { seedRng } from './rng.ts';
import type { Scenario } from './scenario.ts';
import { ROLES, type GameState, type Tracks } from './types.ts';

const zeroBySide = () => ({ prc: 0, us: 0, japan: 0, taiwan: 0 });

/** A new game: the scenario's starting state and a generator seeded from the seed string. */
export function createGame(scenario: Scenario, seed: string): GameState {
  const tracks = Object.fromEntries(
    ROLES.map((role) => [role, initialValue(role, scenario.start.tracks[role])]),
  ) as unknown as Tracks;
  const start = scenario.start;
  return {
    scenarioId: scenario.id,
    variant: scenario.variant,
    seed,
    turn: 0,
    day: 0,
    rng: seedRng(seed).state(),
    tracks,
    indicators: {
      ...start.indicators,
      lngExhaustedOnDay: null,
      interdictionBeganOnDay: null,
      electricityPct: 100,
      shippingPct: 100,
      energyShippingPct: 100,
      inboundShipsSent: 0,
      inboundShipsLost: 0,
      turnsShippingRestored: 0,
      shipsLost: zeroBySide(),
      aircraftLost: zeroBySide(),
      casualties: zeroBySide(),
      taiwanTerritoryHeldPct: 0,
      escalation: 0,
      taiwanResolve: 100,
      gdpImpactPct: { taiwan: 0, china: 0, us: 0, japan: 0, world: 0 },
    },
    forces: { ...start.forces, portSeized: false },
    flags: {
      usForcesAttacked: false,
      japanAttacked: false,
      taiwanAttacked: false,
      japaneseShipsAttacked: false,
      nationalsHarmed: false,
      invasionLaunched: false,
      nuclearUse: false,
      generalWar: false,
    },
    attacks: { usForces: null, japan: null, taiwan: null, japaneseShips: null },
    usHostilitiesFromDay: null,
    invasionFromDay: null,
    checkpoint: null,
    talks: { offer: null, agreed: null },
    injectsPlayed: [],
    paramOverrides: {},
    outcome: null,
    ending: null,
  };
}
