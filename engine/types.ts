import type { Facts } from './facts.ts';
import type { FacilitatorAction } from './facilitator.ts';

// The game's vocabulary. Everything here is plain JSON so a state can be printed, hashed and diffed.

export const ROLES = ['beijing', 'taipei', 'tokyo', 'washington'] as const;
export type Role = (typeof ROLES)[number];

export const SIDES = ['prc', 'us', 'japan', 'taiwan'] as const;
export type Side = (typeof SIDES)[number];

export const ECONOMIES = ['taiwan', 'china', 'us', 'japan', 'world'] as const;
export type Economy = (typeof ECONOMIES)[number];

export const OUTCOMES = [
  'statusQuoRestored',
  'negotiatedSettlement',
  'blockadeBroken',
  'taiwanCapitulates',
  'stalemate',
  'prcDecisiveDefeat',
  'prcVictory',
  'generalWar',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type BotTemperament = 'cautious' | 'hawkish';
export const TEMPERAMENTS: readonly BotTemperament[] = ['cautious', 'hawkish'];

/** Who made a decision: a person at the keyboard or a seeded bot of a temperament. */
export type Actor = 'human' | `bot:${BotTemperament}`;

/** A decision by a role for one turn. The command log is the replay. */
export interface Command {
  turn: number;
  role: Role;
  /** A decision id, which is also the event type the role's machine accepts. `hold` keeps the posture. */
  decision: string;
  by: Actor;
}

/** A machine's persisted state. The machines carry no context, so the value is the whole snapshot. */
export type TrackValue = string | { [region: string]: TrackValue };

export interface Tracks {
  beijing: TrackValue;
  taipei: TrackValue;
  tokyo: TrackValue;
  washington: TrackValue;
}

export type BySide = Record<Side, number>;
export type ByEconomy = Record<Economy, number>;

/** The numbers a teacher points at. */
export interface Indicators {
  /** Taiwan's stocks, in days of normal consumption. */
  lngDays: number;
  coalDays: number;
  oilDays: number;
  /** Day of the game on which LNG first ran out; null while it has not. */
  lngExhaustedOnDay: number | null;
  /** First day energy shipping fell below 90% of normal; the LNG clock runs from here. */
  interdictionBeganOnDay: number | null;
  /** Electricity supplied, % of normal demand. */
  electricityPct: number;
  /** Shipping reaching Taiwan this turn, % of normal. */
  shippingPct: number;
  /** Energy carriers (LNG, coal, oil) reaching Taiwan this turn, % of normal. */
  energyShippingPct: number;
  inboundShipsSent: number;
  inboundShipsLost: number;
  /** Consecutive turns of a quarantine or blockade with shipping back above the scenario's threshold. */
  turnsShippingRestored: number;
  shipsLost: BySide;
  aircraftLost: BySide;
  casualties: BySide;
  taiwanTerritoryHeldPct: number;
  /** 0 (peacetime) to 10 (general war). */
  escalation: number;
  gdpImpactPct: ByEconomy;
  japanPublicSupport: number;
  dietSupport: number;
  allianceCredibility: number;
}

/** Forces that drive the combat model; percentages of the scenario's starting strength. */
export interface Forces {
  amphibiousFleetPct: number;
  /** PLA ground strength ashore, in the same units as taiwanGroundStrength. */
  plaAshore: number;
  plaSupplyPct: number;
  taiwanGroundStrength: number;
  usStrikeCapacityPct: number;
  alliedBasesDamagePct: number;
  /** True once the PLA holds a working port, which lets civilian shipping supply it (KR-BRUNCH ch.6). */
  portSeized: boolean;
}

/** Facts that were true at some point and stay true: they open legal thresholds. */
export interface Flags {
  usForcesAttacked: boolean;
  japanAttacked: boolean;
  taiwanAttacked: boolean;
  /** Beijing has launched an invasion: a later ceasefire is then judged against it. */
  invasionLaunched: boolean;
  evacuationTurns: number;
  nuclearUse: boolean;
  generalWar: boolean;
}

export interface GameState {
  scenarioId: string;
  variant: string;
  seed: string;
  turn: number;
  day: number;
  /** The seeded generator's state: alea's own JSON. */
  rng: RngState;
  tracks: Tracks;
  indicators: Indicators;
  forces: Forces;
  flags: Flags;
  /** Injects already played, by id, so one-off injects are not drawn twice. */
  injectsPlayed: string[];
  /** Adjudication parameters the facilitator has changed mid-game, by path. */
  paramOverrides: Record<string, number>;
  outcome: Outcome | null;
  /** Why the game ended, in plain words. */
  outcomeReason: string | null;
}

export interface RngState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

/** What happened in a turn: the story the map animates and the debrief narrates. */
export type GameEvent =
  /** Carries the facts the rules saw when the decision was validated, so applying it needs no other input. */
  | { type: 'decisionTaken'; role: Role; decision: string; by: Actor; facts: Facts }
  | { type: 'machineEvent'; role: Role; event: string; why: string; facts: Facts }
  | { type: 'roll'; what: string; probability: number; roll: number; success: boolean }
  | { type: 'indicatorsChanged'; changes: Partial<Record<NumericIndicator, number>>; why: string }
  | { type: 'lossesInflicted'; side: Side; ships: number; aircraft: number; casualties: number; why: string }
  | { type: 'forcesChanged'; changes: Partial<Record<NumericForce, number>>; why: string }
  | { type: 'portSeized'; port: string }
  | { type: 'flagRaised'; flag: BooleanFlag; why: string }
  | { type: 'evacuationProgressed' }
  | { type: 'lngExhausted'; day: number }
  | { type: 'interdictionBegan'; day: number }
  | { type: 'gdpImpact'; changes: Partial<ByEconomy>; why: string }
  | { type: 'injectPlayed'; id: string; headline: string }
  | { type: 'facilitatorAction'; action: FacilitatorAction; reason: string }
  | { type: 'parameterChanged'; path: string; value: number; was: number }
  | { type: 'turnEnded'; turn: number; day: number; rng: RngState }
  | { type: 'gameEnded'; outcome: Outcome; reason: string };

export type NumericIndicator = {
  [K in keyof Indicators]: Indicators[K] extends number ? K : never;
}[keyof Indicators];
export type NumericForce = { [K in keyof Forces]: Forces[K] extends number ? K : never }[keyof Forces];
export type BooleanFlag = { [K in keyof Flags]: Flags[K] extends boolean ? K : never }[keyof Flags];

export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
