import type { ByEconomy, BySide, Flags, Forces, GameState, Indicators, Tracks } from './types.ts';

/*
 * Shallow copies of the state and of each of its parts, written out field by field, in the order a new game
 * lists them (createGame.ts), so printed states keep their order.
 *
 * Why not a spread: on Node 20's V8 a spread (`{ ...indicators }`) of an object with more than four fields
 * builds the copy one property at a time, four inside the object and the rest in a side array that is
 * reallocated as it grows; the copies of a turn made about half of a batch's garbage and most of the cost of
 * applying events. A literal with every field gets one allocation and one shape. The parts of four fields
 * (tracks, attacks, losses by side) are copied here too: a spread keeps its source's shape, and a game's first
 * tracks (built from entries) and losses differ in shape from their copies, so the code that reads them met
 * several shapes; copied here, 4% fewer instructions a game (npm run bench:instructions). Each copy's type
 * lists every field of its part: a field added to the part and not here fails to compile.
 */

type Every<T> = { [K in keyof T]-?: T[K] };

export function copyState(s: GameState): GameState {
  const copy: Every<GameState> = {
    scenarioId: s.scenarioId,
    variant: s.variant,
    seed: s.seed,
    turn: s.turn,
    day: s.day,
    rng: s.rng,
    tracks: s.tracks,
    indicators: s.indicators,
    forces: s.forces,
    flags: s.flags,
    attacks: s.attacks,
    usHostilitiesFromDay: s.usHostilitiesFromDay,
    invasionFromDay: s.invasionFromDay,
    checkpoint: s.checkpoint,
    talks: s.talks,
    injectsPlayed: s.injectsPlayed,
    paramOverrides: s.paramOverrides,
    outcome: s.outcome,
    ending: s.ending,
  };
  return copy;
}

/** The indicators, sharing their per-side and per-economy parts. */
export function copyIndicators(i: Indicators): Indicators {
  const copy: Every<Indicators> = {
    lngDays: i.lngDays,
    coalDays: i.coalDays,
    oilDays: i.oilDays,
    japanPublicSupport: i.japanPublicSupport,
    dietSupport: i.dietSupport,
    allianceCredibility: i.allianceCredibility,
    congressSupport: i.congressSupport,
    lngExhaustedOnDay: i.lngExhaustedOnDay,
    interdictionBeganOnDay: i.interdictionBeganOnDay,
    electricityPct: i.electricityPct,
    shippingPct: i.shippingPct,
    energyShippingPct: i.energyShippingPct,
    inboundShipsSent: i.inboundShipsSent,
    inboundShipsLost: i.inboundShipsLost,
    turnsShippingRestored: i.turnsShippingRestored,
    shipsLost: i.shipsLost,
    aircraftLost: i.aircraftLost,
    casualties: i.casualties,
    taiwanTerritoryHeldPct: i.taiwanTerritoryHeldPct,
    escalation: i.escalation,
    taiwanResolve: i.taiwanResolve,
    gdpImpactPct: i.gdpImpactPct,
  };
  return copy;
}

export function copyForces(f: Forces): Forces {
  const copy: Every<Forces> = {
    amphibiousFleetPct: f.amphibiousFleetPct,
    plaAshore: f.plaAshore,
    plaSupplyPct: f.plaSupplyPct,
    taiwanGroundStrength: f.taiwanGroundStrength,
    usStrikeCapacityPct: f.usStrikeCapacityPct,
    alliedBasesDamagePct: f.alliedBasesDamagePct,
    portSeized: f.portSeized,
  };
  return copy;
}

export function copyFlags(f: Flags): Flags {
  const copy: Every<Flags> = {
    usForcesAttacked: f.usForcesAttacked,
    japanAttacked: f.japanAttacked,
    taiwanAttacked: f.taiwanAttacked,
    japaneseShipsAttacked: f.japaneseShipsAttacked,
    nationalsHarmed: f.nationalsHarmed,
    invasionLaunched: f.invasionLaunched,
    nuclearUse: f.nuclearUse,
    generalWar: f.generalWar,
  };
  return copy;
}

export function copyByEconomy(g: ByEconomy): ByEconomy {
  const copy: Every<ByEconomy> = { taiwan: g.taiwan, china: g.china, us: g.us, japan: g.japan, world: g.world };
  return copy;
}

export function copyBySide(l: BySide): BySide {
  const copy: Every<BySide> = { prc: l.prc, us: l.us, japan: l.japan, taiwan: l.taiwan };
  return copy;
}

export function copyTracks(t: Tracks): Tracks {
  const copy: Every<Tracks> = { beijing: t.beijing, taipei: t.taipei, tokyo: t.tokyo, washington: t.washington };
  return copy;
}

export function copyAttacks(a: GameState['attacks']): GameState['attacks'] {
  const copy: Every<GameState['attacks']> = { usForces: a.usForces, japan: a.japan, taiwan: a.taiwan, japaneseShips: a.japaneseShips };
  return copy;
}
