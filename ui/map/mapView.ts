import type { Condition, Coercion, GameState, Scenario, StateOf } from '../../engine/index.ts';
// The two functions straight from their modules, so the map's chunk does not pull in the machines.
import { holds } from '../../engine/condition.ts';
import type { TheatreFile } from '../../scenarios/schema.ts';

type Zone = TheatreFile['zones'][number];

/**
 * What the map shows, read off a game state: a pure function, so the layers hold no rules and this
 * can be tested without a browser.
 */
export interface MapView {
  coercion: Coercion;
  strikes: StateOf<'beijing', 'missileStrikes'>;
  shippingPct: number;
  /** Ids of the zones whose activeWhen holds. */
  activeZones: ReadonlySet<string>;
  /** The PLA amphibious fleet is at sea: Beijing's coercion is an amphibious invasion. */
  invasionUnderWay: boolean;
  fleetPct: number;
  territoryHeldPct: number;
  invasionLaunched: boolean;
  plaAshore: number;
  usPosture: StateOf<'washington', 'posture'>;
  usFromBasesInJapan: boolean;
  determination: StateOf<'tokyo', 'determination'>;
  /** A maritime security operation stands beside the determination (an order, not a situation). */
  maritimeSecurity: boolean;
  energy: { lng: number; coal: number; oil: number };
  energyStart: { lng: number; coal: number; oil: number };
}

export function zoneActive(zone: Zone, state: GameState): boolean {
  try {
    // The schema validated the condition against the same vocabulary the engine's Condition uses.
    return holds(zone.activeWhen as Condition, state);
  } catch {
    return false;
  }
}

export function mapViewOf(state: GameState, scenario: Scenario, zones: readonly Zone[]): MapView {
  const { tracks, indicators, forces, flags } = state;
  const coercion = tracks.beijing.coercion;
  return {
    coercion,
    strikes: tracks.beijing.missileStrikes,
    shippingPct: indicators.shippingPct,
    activeZones: new Set(zones.filter((z) => zoneActive(z, state)).map((z) => z.id)),
    invasionUnderWay: coercion === 'amphibiousInvasion',
    fleetPct: forces.amphibiousFleetPct,
    territoryHeldPct: indicators.taiwanTerritoryHeldPct,
    invasionLaunched: flags.invasionLaunched,
    plaAshore: forces.plaAshore,
    usPosture: tracks.washington.posture,
    usFromBasesInJapan: tracks.washington.operatingFrom === 'basesInJapan',
    determination: tracks.tokyo.determination,
    maritimeSecurity: tracks.tokyo.maritimeSecurity === 'ordered',
    energy: { lng: indicators.lngDays, coal: indicators.coalDays, oil: indicators.oilDays },
    energyStart: { lng: scenario.start.indicators.lngDays, coal: scenario.start.indicators.coalDays, oil: scenario.start.indicators.oilDays },
  };
}
