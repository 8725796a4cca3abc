import { copyForces, copyIndicators, copyTracks } from './copyState.ts';
import { initialValue } from './machines/index.ts';
import { seedRng } from './rng.ts';
import type { Scenario } from './scenario.ts';
import { ROLES, type GameState, type Indicators, type Tracks } from './types.ts';

const zeroBySide = () => ({ prc: 0, us: 0, japan: 0, taiwan: 0 });

/** A new game: the scenario's starting state and a generator seeded from the seed string. */
export function createGame(scenario: Scenario, seed: string): GameState {
  // Copied into the shape every later copy has (copyState.ts), so the engine's code meets one shape of tracks.
  const tracks = copyTracks(Object.fromEntries(
    ROLES.map((role) => [role, initialValue(role, scenario.start.tracks[role])]),
  ) as unknown as Tracks);
  const start = startOf(scenario);
  return {
    scenarioId: scenario.id,
    variant: scenario.variant,
    seed,
    turn: 0,
    day: 0,
    rng: seedRng(seed).state(),
    tracks,
    // Every object of a game is its own, as before (the template's nested ones included).
    indicators: ownIndicators(start.indicators),
    forces: copyForces(start.forces),
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

const zeroByEconomy = () => ({ taiwan: 0, china: 0, us: 0, japan: 0, world: 0 });

function ownIndicators(template: Indicators): Indicators {
  const i = copyIndicators(template);
  i.shipsLost = zeroBySide();
  i.aircraftLost = zeroBySide();
  i.casualties = zeroBySide();
  i.gdpImpactPct = zeroByEconomy();
  return i;
}

/**
 * The indicators and forces a scenario starts every game with, built once per scenario (scenarios are
 * not changed once loaded). Built per game, the scenario's indicators spread and fifteen more added
 * took about 100 µs, a fifth of a short game: V8 keeps no shape for such a literal. A game then copies
 * the template, whose shape it knows.
 */
function startOf(scenario: Scenario): Pick<GameState, 'indicators' | 'forces'> {
  let start = starts.get(scenario.start);
  if (!start) {
    const given = scenario.start;
    start = {
      indicators: {
        ...given.indicators,
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
        gdpImpactPct: zeroByEconomy(),
      },
      forces: { ...given.forces, portSeized: false },
    };
    starts.set(given, start);
  }
  return start;
}

const starts = new WeakMap<Scenario['start'], Pick<GameState, 'indicators' | 'forces'>>();
