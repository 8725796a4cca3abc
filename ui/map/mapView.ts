import type { Condition, GameState, Scenario } from '../../engine/index.ts';
// The two functions straight from their modules, so the map's chunk does not pull in the machines.
import { holds } from '../../engine/condition.ts';
import { region } from '../../engine/facts.ts';
import type { TheatreFile } from '../../scenarios/schema.ts';

type Zone = TheatreFile['zones'][number];

/**
 * What the map shows, read off a game state: a pure function, so the layers hold no rules and this
 * can be tested without a browser.
 */
export interface MapView {
  coercion: string;
  strikes: string;
  shippingPct: number;
  /** Ids of the zones whose activeWhen holds. */
  activeZones: ReadonlySet<string>;
  /** The PLA amphibious fleet is at sea: Beijing's coercion is an amphibious invasion. */
  invasionUnderWay: boolean;
  fleetPct: number;
  territoryHeldPct: number;
  invasionLaunched: boolean;
  plaAshore: number;
  usPosture: string;
  usFromBasesInJapan: boolean;
  determination: string;
  energy: { lng: number; coal: number; oil: number };
  energyStart: { lng: number; coal: number; oil: number };
}

function safeRegion(value: GameState['tracks'][keyof GameState['tracks']], name: string, fallback: string): string {
  try {
    return region(value, name);
  } catch {
    return fallback;
  }
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
  const coercion = safeRegion(tracks.beijing, 'coercion', 'peacetimePressure');
  return {
    coercion,
    strikes: safeRegion(tracks.beijing, 'missileStrikes', 'none'),
    shippingPct: indicators.shippingPct,
    activeZones: new Set(zones.filter((z) => zoneActive(z, state)).map((z) => z.id)),
    invasionUnderWay: coercion === 'amphibiousInvasion',
    fleetPct: forces.amphibiousFleetPct,
    territoryHeldPct: indicators.taiwanTerritoryHeldPct,
    invasionLaunched: flags.invasionLaunched,
    plaAshore: forces.plaAshore,
    usPosture: safeRegion(tracks.washington, 'posture', 'strategicAmbiguity'),
    usFromBasesInJapan: safeRegion(tracks.washington, 'operatingFrom', 'guamAndAtSea') === 'basesInJapan',
    determination: safeRegion(tracks.tokyo, 'determination', 'normal'),
    energy: { lng: indicators.lngDays, coal: indicators.coalDays, oil: indicators.oilDays },
    energyStart: { lng: scenario.start.indicators.lngDays, coal: scenario.start.indicators.coalDays, oil: scenario.start.indicators.oilDays },
  };
}

/** Plain words for the states the map names. */
export const WORDS: Record<string, string> = {
  normal: 'No determination (normal)',
  maritimeSecurityOperation: 'Maritime security operation',
  importantInfluenceSituation: 'Important influence situation',
  anticipatedArmedAttackSituation: 'Anticipated armed attack situation',
  survivalThreateningSituation: 'Survival-threatening situation',
  armedAttackSituation: 'Armed attack situation',
  strategicAmbiguity: 'Strategic ambiguity',
  warningsAndShowOfForce: 'Warnings and show of force',
  convoyEscort: 'Escorting convoys',
  directIntervention: 'Direct intervention',
  standingAside: 'Standing aside',
  basesInJapan: 'from bases in Japan',
  guamAndAtSea: 'from Guam and at sea',
  onTaiwanOnly: 'on Taiwan',
  alsoOnAlliedBases: 'on Taiwan and on US and Japanese bases',
};

/** A camelCase state name in words, for states without an entry in WORDS. */
export function words(id: string): string {
  const known = WORDS[id];
  if (known) return known;
  const spaced = id.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
