import type { Coercion, Determination, DietApproval, MissileStrikes, Role, Tracks } from './tracks.ts';

// The game's vocabulary. Everything here is plain JSON so a state can be printed, hashed and diffed.
// It sits at the bottom of the engine: it imports only the track names, and nothing imports back.

export { ROLES, HOLD, type Role, type Tracks, type Track, type Coercion, type Decision } from './tracks.ts';

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

/** The temperaments with a fixed policy: what batches, the sensitivity report and many futures mix. */
export type PolicyTemperament = 'cautious' | 'hawkish';
export const TEMPERAMENTS: readonly PolicyTemperament[] = ['cautious', 'hawkish'];
/** A strategist has no fixed policy: it looks ahead with the engine (engine/bots/chooseStrategistCommand.ts). */
export type BotTemperament = PolicyTemperament | 'strategist';

/** Who made a decision: a person at the keyboard or a seeded bot of a temperament. */
export type Actor = 'human' | `bot:${BotTemperament}`;
export const ACTORS: readonly Actor[] = ['human', 'bot:cautious', 'bot:hawkish', 'bot:strategist'];

/** Text a person wrote that a replay records: a facilitator's reason or headline, a proposal's note. */
export type FreeText = 'reason' | 'headline' | 'note';

/** Settlement terms put on the table, by the scenario's term ids, with a note in the proposer's words. */
export interface Proposal {
  terms: string[];
  note: string;
}

/** A decision by a role for one turn. The command log is the replay. */
export interface Command {
  turn: number;
  role: Role;
  /** A decision id, which is also the event type the role's machine accepts. `hold` keeps the posture. */
  decision: string;
  by: Actor;
  /** The terms, for a decision that proposes a settlement. */
  proposal?: Proposal;
}

/** A machine's persisted state in the form xstate gives it; every track is one of these, region by region. */
export type TrackValue = string | { [region: string]: TrackValue };

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
  /** Support in the US Congress for the administration's course, 0-100: it decides votes on authorising force. */
  congressSupport: number;
  /** Taiwan's will to hold out, 0-100: power cuts, losses and rationing wear it down, US help sustains it; it bounds how hard Taiwan's forces fight and when Taipei looks for terms. */
  taiwanResolve: number;
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

/** Facts that were true at some point and stay true: the record of what has happened. The law reads `attacks`. */
export interface Flags {
  usForcesAttacked: boolean;
  japanAttacked: boolean;
  taiwanAttacked: boolean;
  /** Japanese-flagged or Japanese-owned ships have been boarded or attacked. */
  japaneseShipsAttacked: boolean;
  /** Japanese nationals in Taiwan have been killed or hurt in the fighting. */
  nationalsHarmed: boolean;
  /** Beijing has launched an invasion: a later ceasefire is then judged against it. */
  invasionLaunched: boolean;
  nuclearUse: boolean;
  generalWar: boolean;
}

/** What can be the target of an armed attack, or of interference the law of Japan turns on. */
export const ATTACK_TARGETS = ['usForces', 'japan', 'taiwan', 'japaneseShips'] as const;
export type AttackTarget = (typeof ATTACK_TARGETS)[number];
/** The flag that records, for good, that a target was attacked. */
export const ATTACK_FLAG = { usForces: 'usForcesAttacked', japan: 'japanAttacked', taiwan: 'taiwanAttacked', japaneseShips: 'japaneseShipsAttacked' } as const satisfies Record<AttackTarget, keyof Flags>;

/** An offer on the table in talks between Beijing and Taipei, and the settlement if one was agreed. */
export interface Talks {
  offer: (Proposal & { by: Role; turn: number }) | null;
  agreed: (Proposal & { by: Role; turn: number }) | null;
}

/**
 * Which way a running invasion was going at the checkpoint: the published games stopped after three to four weeks
 * and judged a stalemate by its trend (VERMILION, §1.1; the third CSIS base run, "unfavourable to China by D+21", §1.3).
 */
export const CHECKPOINT_TRENDS = ['towardTaiwan', 'towardBeijing'] as const;
export type CheckpointTrend = (typeof CHECKPOINT_TRENDS)[number];
export interface Checkpoint {
  day: number;
  trend: CheckpointTrend;
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
  /**
   * The day of the last attack on each target (null if never). An armed attack is under way while the last
   * one is recent (the scenario's `attackWindowDays`): the law's conditions need one that is occurring.
   */
  attacks: Record<AttackTarget, number | null>;
  /** The day US forces entered hostilities, for the War Powers Resolution's clock; null while they have not. */
  usHostilitiesFromDay: number | null;
  /** The day the PLA landed on Taiwan (D-Day of an invasion); null while it has not. */
  invasionFromDay: number | null;
  /** Where an invasion stood at the scenario's checkpoint, the length of the published games; null before (or without) one. */
  checkpoint: Checkpoint | null;
  talks: Talks;
  /** Injects already played, by id, so one-off injects are not drawn twice. */
  injectsPlayed: string[];
  /** Adjudication parameters the facilitator has changed mid-game, by path. */
  paramOverrides: Record<string, number>;
  outcome: Outcome | null;
  /** Which of the scenario's endings was reached (an end condition's id, or `horizon`); null while the game goes on. */
  ending: string | null;
}

export interface RngState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

/**
 * The situation as the decision machines' guards see it. Every decision event carries the facts of
 * the turn it is taken in, so a guard is a pure function of (machine state, facts) and the same
 * machine definitions answer "is this open now?" for the engine, the bots and the UI.
 */
export interface Facts {
  prcCoercion: Coercion;
  prcStrikes: MissileStrikes;
  /** Beijing's pressure is visible: gray-zone pressure or more (a ceasefire included). */
  coercionVisible: boolean;
  /** Beijing's pressure is military: a large-scale exercise or more. */
  militaryPressure: boolean;
  /** Beijing is interfering with shipping to Taiwan: a quarantine, a blockade or an invasion. */
  shippingCoerced: boolean;
  /** Beijing is using military force against Taiwan now: a declared blockade, strikes, an invasion, or a recent clash. */
  taiwanUnderArmedAttack: boolean;
  /** US forces are under armed attack now (attacked within the scenario's window): the PLA fired, not the US. */
  usForcesUnderAttack: boolean;
  /** Japan is under armed attack now: its territory, bases or forces were attacked within the window. */
  japanUnderAttack: boolean;
  /** A clear danger of an armed attack on Japan is imminent: Beijing's forces at war while US forces fight from bases in Japan, or a warning the scenario gives. */
  japanAttackImminent: boolean;
  /** An armed attack on Japan is anticipated: the imminent cases, a war next door in which US forces take part, or pressure on Japan's own islands under military pressure. */
  japanAttackAnticipated: boolean;
  /** Beijing's pressure touches Japan itself: its territorial sea and islands, or Japanese ships. */
  japanLinkInfringed: boolean;
  /** US forces are deployed in the crisis: warnings and a show of force, escorts or intervention. */
  usForcesInTheatre: boolean;
  /** The attack threatens Japan's survival: enough of the signs the rules count (engine/survivalThreat.ts) hold. */
  survivalThreatened: boolean;
  /** Whether an armed attack on Taiwan alone can ground a survival-threatening situation: the scenario's reading, or Tokyo's declared one. */
  taiwanAttackCanQualify: boolean;
  /** Tokyo tried a diplomatic solution in an earlier turn: the second of the Three New Conditions (no other appropriate means). */
  otherMeansTried: boolean;
  usRequestedPriorConsultation: boolean;
  tokyoConsentedToCombatOperations: boolean;
  /** Tokyo refused the last request for prior consultation: Washington may ask again. */
  tokyoRefusedConsultation: boolean;
  usIntervening: boolean;
  taipeiNegotiating: boolean;
  invasionFeasible: boolean;
  prcCeasefire: boolean;
  /** The scenario lets US forces fight by now: intervene, escort through a blockade, meet an attack on Japan. */
  usMayFight: boolean;
  /** The scenario lets Tokyo consent to US combat operations from bases in Japan. */
  japanMayConsentToBases: boolean;
  /** The scenario puts Japan's southwest islands (the Senkakus) in play. */
  senkakusInPlay: boolean;
  /** The scenario lets Japan help others fight (collective self-defence, rear-area support). */
  japanMayDefendOthers: boolean;
  /** The scenario lets the SDF strike the attacking forces, not only defend. */
  sdfMayStrikeAttackingForces: boolean;
  /** An offer of terms is on the table from Beijing, or from Taipei. */
  offerFromBeijing: boolean;
  offerFromTaipei: boolean;
}

export type NumericIndicator = {
  [K in keyof Indicators]: Indicators[K] extends number ? K : never;
}[keyof Indicators];
export type NumericForce = { [K in keyof Forces]: Forces[K] extends number ? K : never }[keyof Forces];
export type BooleanFlag = { [K in keyof Flags]: Flags[K] extends boolean ? K : never }[keyof Flags];

/** What a news item or an inject changes. */
export type Effect =
  | { indicator: NumericIndicator; add: number }
  | { force: NumericForce; add: number }
  | { raiseFlag: BooleanFlag };

/**
 * What the facilitator (the white cell) may do between turns. Each is a command recorded in the
 * replay with its reason, so a class's game replays exactly, interventions included.
 */
export type FacilitatorAction =
  /** Play an inject from the scenario's deck now, with its effects. */
  | { kind: 'inject'; injectId: string }
  /** News written on the spot, with any effects. */
  | { kind: 'customInject'; headline: string; effects: Effect[] }
  /** Override an adjudicated number or fact. */
  | { kind: 'setIndicator'; indicator: NumericIndicator; value: number }
  | { kind: 'setForce'; force: NumericForce; value: number }
  | { kind: 'raiseFlag'; flag: BooleanFlag }
  /** Change an adjudication parameter for the rest of the game, by its path (`shipping.usConvoyGain`). */
  | { kind: 'setParameter'; path: string; value: number };

export interface FacilitatorCommand {
  /** The turn it is given in, before that turn's decisions. */
  turn: number;
  action: FacilitatorAction;
  /** Why: shown in the debrief and kept in the replay. */
  reason: string;
}

/**
 * Why a number moved or a fact became true, as a code: the words module says it in a language.
 * `inject` events name the inject; `facilitator` events follow the facilitator's action that made them.
 */
export const CAUSES = [
  'shipping', 'shippingEscorted', 'energyStocks', 'energyStocksRationed',
  'strikesOnTaiwan', 'strikesOnBases', 'baseDamage',
  'escortsEngaged', 'blockadeForcesEngaged', 'sdfEscortsEngaged',
  'strikesOnAmphibiousFleet', 'landingsAndGroundFighting', 'groundFighting', 'usForcesInBattle', 'sdfInBattle', 'plaEngagesUsForces',
  'coastGuardClash', 'taiwanCounterattack', 'boardingJapaneseShips', 'senkakuPatrols', 'senkakuLanding',
  'nationalsCaughtInFighting', 'economicCoercionOfJapan', 'congressVote', 'warPowersClock',
  'politics', 'escalationLadder',
  'plaLands', 'forceAgainstTaiwan', 'nuclearThreshold', 'warWidens',
  'facilitator', 'inject',
] as const;
export type Cause = (typeof CAUSES)[number];

/** What a roll of the dice decided, as a code. */
export const CHANCES = [
  'dietVote', 'congressVote', 'inject', 'convoyClash', 'sdfEscortClash', 'plaEngagesUsForces', 'coastGuardClash', 'japaneseShipBoarded',
  'protectedJapaneseShipBoarded',
  'evacuationCompletes', 'nationalsHarmed', 'portSeizure', 'nuclearUse', 'generalWar',
] as const;
export type Chance = (typeof CHANCES)[number];

/** The regime a GDP impact comes from (Bloomberg Economics' estimates, domain-facts §2.3). */
export type EconomicRegime = 'war' | 'blockade' | 'quarantine' | 'coercionOfJapan';

/** What happened in a turn, in codes and numbers: the story the map animates and the debrief narrates. */
export type GameEvent =
  /** Carries the facts the rules saw when the decision was validated, so applying it needs no other input. */
  /** An acceptance carries the offer it accepts: the one on the table when the turn began, whatever else is offered that turn. */
  | { type: 'decisionTaken'; role: Role; decision: string; by: Actor; facts: Facts; proposal?: Proposal; accepted?: NonNullable<Talks['offer']> }
  /** An event the engine sends a machine: a vote, a request arriving, an evacuation completed. */
  | { type: 'machineEvent'; role: Role; event: string; facts: Facts }
  /** `vote` names what the Diet votes on; `inject` the inject drawn. */
  | { type: 'roll'; chance: Chance; vote?: DietApproval; inject?: string; probability: number; roll: number; success: boolean }
  | { type: 'indicatorsChanged'; changes: Partial<Record<NumericIndicator, number>>; cause: Cause; inject?: string }
  | { type: 'lossesInflicted'; side: Side; ships: number; aircraft: number; casualties: number; cause: Cause }
  | { type: 'forcesChanged'; changes: Partial<Record<NumericForce, number>>; cause: Cause; inject?: string }
  | { type: 'portSeized'; port: string }
  | { type: 'flagRaised'; flag: BooleanFlag; cause: Cause; inject?: string }
  /** An armed attack (or, on Japanese ships, an interference) by Beijing's forces: it keeps the law's "attack under way" alive. */
  | { type: 'armedAttack'; target: AttackTarget; cause: Cause; inject?: string }
  /** US forces entered hostilities: the War Powers Resolution's clock starts. */
  | { type: 'usHostilitiesBegan'; day: number }
  | { type: 'usHostilitiesEnded' }
  /** The invasion reached the scenario's checkpoint still running: what follows is the model's extrapolation. */
  | { type: 'checkpointReached'; day: number; trend: CheckpointTrend }
  | { type: 'lngExhausted'; day: number }
  | { type: 'interdictionBegan'; day: number }
  | { type: 'gdpImpact'; changes: Partial<ByEconomy>; regime: EconomicRegime }
  /** `headline` only for news the facilitator wrote (id `facilitator`); the deck's headlines are the scenario's text. */
  | { type: 'injectPlayed'; id: string; headline?: string }
  | { type: 'facilitatorAction'; action: FacilitatorAction; reason: string }
  | { type: 'parameterChanged'; path: string; value: number; was: number }
  | { type: 'turnEnded'; turn: number; day: number; rng: RngState }
  | { type: 'gameEnded'; outcome: Outcome; ending: string };

export type { Determination, DietApproval };

/**
 * Why the engine refused a command, as a code with its data: the words module says it in a language.
 * Turns are counted from 0 here, as in commands; words count them from 1, as people do.
 */
export type Refusal =
  | { code: 'gameOver'; outcome: Outcome }
  | { code: 'unknownRole'; role: string }
  | { code: 'twoCommands'; role: Role; turn: number }
  | { code: 'wrongTurn'; role: Role | 'facilitator'; given: number; turn: number }
  | { code: 'neverADecision'; role: Role; decision: string }
  | { code: 'closedNow'; role: Role; decision: string; turn: number }
  | { code: 'missingCommands'; roles: Role[]; turn: number }
  | { code: 'reasonNeeded' }
  | { code: 'tooManyFacilitatorActions'; max: number }
  | { code: 'noSuchInject'; inject: string }
  | { code: 'headlineNeeded' }
  | { code: 'notAnIndicator'; name: string }
  | { code: 'notAForce'; name: string }
  | { code: 'notAFlag'; name: string }
  | { code: 'notAParameter'; path: string }
  | { code: 'recomputedEachTurn'; indicator: NumericIndicator }
  | { code: 'outOfRange'; name: string; value: number; min: number; max: number; integer?: true }
  | { code: 'textTooLong'; what: FreeText; max: number }
  | { code: 'hiddenCharacter'; what: FreeText; at: number; character: string }
  | { code: 'proposalNeeded'; role: Role }
  | { code: 'proposalNotExpected'; role: Role; decision: string }
  | { code: 'unknownTerm'; role: Role; term: string };

export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
