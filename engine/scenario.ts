import type {
  BooleanFlag,
  ByEconomy,
  Economy,
  Effect,
  Forces,
  Indicators,
  NumericForce,
  NumericIndicator,
  Outcome,
  Role,
  Side,
} from './types.ts';
import type { Track } from './tracks.ts';

/**
 * A scenario with its variant already applied: what the engine needs to run a game. The file
 * format (with variants, sources and teaching text) is validated in scenarios/ and resolved into this.
 */
export interface Scenario {
  id: string;
  version: string;
  /** Content hash of the scenario file, recorded in replays. */
  contentHash: string;
  variant: string;
  title: string;
  year: number;
  turnDays: number;
  horizonTurns: number;
  /** Days after D-Day at which a running invasion is judged as the published games judged theirs; null: no checkpoint. */
  checkpointDays: number | null;
  legal: LegalReading;
  start: ScenarioStart;
  params: AdjudicationParams;
  injects: Inject[];
  /** Checked in order after every turn; the first that holds ends the game. */
  endConditions: EndCondition[];
  /** Checked in order when the horizon is reached; the last should hold always. */
  horizonOutcomes: EndCondition[];
  bots: BotGuidance;
  /** The terms a settlement may hold: what each side can give. */
  terms: SettlementTerm[];
  /**
   * The roles within each team (issue 12), in the order the packets print them: three to five per
   * team, exactly one of them the lead who locks the team's decision. Teaching text only: the engine
   * never reads it.
   */
  teamRoles: Record<Role, TeamRole[]>;
  /** Each role's objectives from its briefing, each with how it is judged: what the scorecard reads. */
  objectives: Record<Role, Objective[]>;
}

/** An objective from a role's briefing with its measure: met when `met` holds, partly when `partly` does. */
export interface Objective {
  text: string;
  met: Condition;
  partly?: Condition;
  /** Where the thresholds come from, with source tags (or "scenario assumption"). */
  source: string;
}

/** A member's part within a team: who they are, what they argue, whether they lock the team's decision. */
export interface TeamRole {
  /** Unique within its team. */
  id: string;
  title: string;
  /** The one role per team that locks the team's decision. */
  lead: boolean;
  /** One paragraph in the role's own voice, with source tags. */
  brief: string;
  /** The question the role argues in its team, tied to a decision the game offers. */
  question: string;
}

/** A term of a settlement: what one side gives. Its words are the scenario's. */
export interface SettlementTerm {
  id: string;
  /** The side that gives it. */
  by: 'beijing' | 'taipei';
  text: string;
}

/** Rules that differ between scenarios and variants, read by the machines' guards. */
export interface LegalReading {
  /** Whether an armed attack on Taiwan alone can ground a survival-threatening situation (the 2025 Diet exchange, domain-facts §4.8). */
  taiwanAttackCanQualify: boolean;
  /** Whether Beijing has the lift and mobilisation for an invasion within the horizon. */
  invasionFeasible: boolean;
  /** US forces may fight (intervene, escort through a blockade, meet an attack on Japan) from this day on; null: never ("Taiwan stands alone", §1.3). */
  usInterventionFromDay: number | null;
  /** Whether Tokyo may consent to US combat operations from bases in Japan ("Japan neutral", §1.2). */
  japanMayConsentToBases: boolean;
  /** Whether Japan may help others fight: collective self-defence and rear-area support ("Japan neutral": only its own defence, §1.2). */
  japanMayDefendOthers: boolean;
  /** Whether the SDF may strike the attacking forces once in, or fights defensively only (CSIS excursion "JSDF operations once in: defensive only", §1.2). */
  sdfMayStrikeAttackingForces: boolean;
  /** How long after the last attack an armed attack still counts as occurring, in days (a modelling choice: the law needs one that is occurring). */
  attackWindowDays: number;
  /** How many of the survival-threat signs the Cabinet needs (engine/survivalThreat.ts); one fewer under the Takaichi reading. */
  survivalThreatSigns: number;
  /** Whether the Senkaku Islands are in play (Beijing may press or land on them). */
  senkakusInPlay: boolean;
}

export interface ScenarioStart {
  /** Starting state of each track, region by region; regions not named start at their initial state. */
  tracks: { [R in Role]?: Partial<Track<R>> };
  indicators: Pick<Indicators, 'lngDays' | 'coalDays' | 'oilDays' | 'japanPublicSupport' | 'dietSupport' | 'allianceCredibility' | 'congressSupport'>;
  forces: Omit<Forces, 'portSeized'>;
}

export interface AdjudicationParams {
  shipping: {
    /** Merchant ships reaching Taiwan on a normal day. */
    normalInboundShipsPerDay: number;
    /** Share of normal shipping that gets through at each rung of Beijing's coercion, before responses. */
    throughputByCoercion: Record<string, number>;
    /** Extra share of energy carriers a blockade stops (energy is its target). */
    energyTargeting: number;
    /** Share of the ships kept from arriving that still sail and try; the rest stay in port. */
    sailDespiteInterdiction: number;
    /** Share of the ships that sail and fail to arrive which are sunk or mined rather than turned back, under a blockade or invasion. */
    lossRateOfInterdicted: number;
    /** How much of the gap to normal a US convoy effort closes, and a full US intervention. */
    usConvoyGain: number;
    usInterventionGain: number;
    /** How much of the gap SDF escorts, minesweepers and anti-submarine forces close inside the zone (a defence operation). */
    japanConvoyGain: number;
    /** How much rear-area support (fuel, supplies, repair outside the zone) adds to what US escorts achieve, as a share of their gain. */
    japanLogisticsBoost: number;
    /** Share of their gain US escorts and intervention keep when they operate from Guam and at sea, not from bases in Japan. */
    fromGuamShare: number;
    /** How much of a quarantine's gap Taiwan closes by enforcing its 24-nm zone, and by counterattacking a blockade's forces. */
    taiwanEnforcementGain: number;
    taiwanCounterattackGain: number;
    /** Relative spread of throughput from turn to turn. */
    noise: number;
    /** Throughput (%) above which a turn counts toward breaking a quarantine or blockade (the end condition says how many). */
    restoredPct: number;
    /** Shipping (% of normal) from which a turn counts, in proportion, toward restoring it. */
    partialFromPct: number;
    /** Share of the escorts' effect lost in a turn the PLA fights the convoys. */
    contestedConvoyLoss: number;
  };
  energy: {
    /** Share of Taiwan's energy imported by sea. */
    importShare: number;
    /** Consumption under rationing, as a share of normal. */
    rationedConsumption: { lng: number; coal: number; oil: number };
    /** Share of power generation from each fuel. */
    powerShare: { lng: number; coal: number; oil: number };
  };
  economy: {
    /** GDP impact (%, negative) of a year of each regime, by economy. */
    blockadeYearPct: ByEconomy;
    warYearPct: ByEconomy;
    /** A quarantine's impact as a share of a blockade's. */
    quarantineShare: number;
    /** Days for a regime's impact to reach its year's figure. */
    rampDays: number;
    /** GDP impact (%, negative) of a year of Beijing's economic coercion of Japan (seafood ban, travel advisory, rare earths). */
    coercionOfJapanYearPct: { japan: number; china: number };
    /** What a blockade that works leaves Taiwan: shipping and electricity, % of normal. Taiwan's loss scales with how close it comes. */
    fullBlockade: { shippingPct: number; electricityPct: number };
  };
  combat: CombatParams;
  politics: PoliticsParams;
  escalation: EscalationParams;
}

/** How escalation builds and falls (engine/adjudicate/escalation.ts), and from where the tail risks begin. */
export interface EscalationParams {
  perAttackOnJapan: number;
  perAttackOnUsForces: number;
  /** Each turn US forces strike the mainland. */
  perTurnOfMainlandStrikes: number;
  whenNationalsHarmed: number;
  perThousandCasualties: number;
  perTenShipsSunk: number;
  /** How far it falls in a turn in which no shot is fired. */
  reliefPerQuietTurn: number;
  /** Escalation from which the war may widen, and from which nuclear use becomes possible for a Beijing facing defeat. */
  generalWarFrom: number;
  nuclearFrom: number;
}

export interface CombatParams {
  /** Share of the amphibious fleet allied strikes sink per turn at full effort, by contributor. */
  usAntiShipRate: number;
  japanAntiShipRate: number;
  taiwanAntiShipRate: number;
  /** Effectiveness of US strikes flown from Guam and at sea only, relative to bases in Japan. */
  guamOnlyFactor: number;
  /** Effectiveness with no air-launched long-range anti-ship missiles (JASSM-ER/LRASM). */
  antiShipMissileFactor: number;
  /** Added effectiveness when strikes on the mainland's ports and airfields are authorised. */
  mainlandStrikeBonus: number;
  /** Share of SDF strike effort available if its operations are defensive only. */
  japanOffensiveFactor: number;
  /** PRC warships and transports lost per 1% of the amphibious fleet sunk. */
  prcShipsPerFleetPct: number;
  /** Ground strength the full amphibious fleet lands in one turn. */
  liftPerTurn: number;
  /** PLA supply (% of need) per 1% of the amphibious fleet afloat: ships shuttle, so part of the fleet can supply the lodgment. */
  supplyPerFleetPct: number;
  /** Supply from a seized port, as % points of PLA supply. */
  portSupplyPct: number;
  /** Territory share at which the PLA rolls to seize a working port, and the chance per turn. */
  portSeizureTerritoryPct: number;
  portSeizureChance: number;
  /** Share of the opposing strength each side's ground strength removes per turn. */
  groundAttrition: number;
  /** Share of an unsupplied lodgment lost each turn to hunger for ammunition, fuel and food. */
  unsuppliedAttrition: number;
  /** Share of Taiwan's ground strength that can meet the landings at once: the attacker chooses where to land. */
  defenderConcentration: number;
  /** Territory % gained per turn per unit of force ratio above 1. */
  groundAdvancePct: number;
  /** Casualties per unit of ground strength lost. */
  casualtiesPerStrength: { prc: number; taiwan: number };
  /** Per turn, while US forces fight: expected US ships and aircraft lost, and personnel per ship. */
  usShipsLostPerTurn: number;
  usAircraftLostPerTurn: number;
  casualtiesPerShip: number;
  /** Per turn, while the SDF uses force. */
  japanShipsLostPerTurn: number;
  japanAircraftLostPerTurn: number;
  /** Share of strikes on bases in Japan that US forces defending Japan (Article V), and the SDF's air and missile defence, stop. */
  defenceOfJapanShare: number;
  sdfAirDefenceShare: number;
  /** Share of the SDF's strike effort on the amphibious fleet available when its operations are defensive only (Condition 3). */
  japanDefensiveOnlyShare: number;
  /** Per turn of strikes on bases in Japan: aircraft destroyed, mostly on the ground, and base damage (%). */
  baseStrikeAircraftLost: { us: number; japan: number };
  baseStrikeDamagePct: number;
  baseStrikeCasualties: { us: number; japan: number };
  /** Ships in port lost per turn of strikes on allied bases. */
  shipsInPortLost: { us: number; japan: number };
  /** Warships each ally commits: each one lost takes its share from escorts and strikes. */
  usWarshipsInTheatre: number;
  japanWarshipsInTheatre: number;
  /** Per turn of strikes on Taiwan. */
  taiwanStrikeLosses: { ships: number; aircraft: number; casualties: number; groundStrength: number };
  /** US ships lost in a clash over a convoy, as a share of a turn of full battle (usShipsLostPerTurn). */
  escortLossShare: number;
  /** Chance per turn that escorts running a blockade clash with PLA forces. */
  convoyClashChance: number;
  /** Chance per turn that the PLA fires on US forces that intervene (the PLA's choice: only then are US forces attacked). */
  plaEngagesInterveningUsForcesChance: number;
  /** Chance per turn that PLA forces fire on SDF escorts inside a blockade zone. */
  sdfEscortClashChance: number;
  /** Chance per turn that Taiwan's coast guard and China's clash when Taiwan enforces its 24-nm zone. */
  coastGuardClashChance: number;
  /** Chance per turn that a quarantine or blockade boards or attacks a Japanese-flagged or Japanese-owned ship. */
  japaneseShipBoardingChance: number;
  /** Share of that chance left while the MSDF protects Japanese ships: under a maritime security operation, or as escorts in a defence operation. */
  boardingShareUnderMaritimeSecurityOperation: number;
  /** PLA ships lost per turn to a Taiwanese counterattack. */
  counterattackPrcShips: number;
  /** Chance per turn of Chinese nuclear use while Beijing faces conventional defeat, at escalation 10 (less below, none under `escalation.nuclearFrom`). */
  nuclearUseChanceWhenLosing: number;
  /** Chance per turn that a war in which the PLA fires on US forces widens into general war, at escalation 10 (less below, none under `escalation.generalWarFrom`). */
  generalWarChance: number;
}

export interface PoliticsParams {
  /** Diet approval chance: logistic in Diet support, centred here, with this spread. */
  dietApprovalMidpoint: number;
  dietApprovalSpread: number;
  /** Change in Japanese public support when Japan itself is attacked, and per 1,000 Japanese casualties. */
  supportWhenJapanAttacked: number;
  supportPerThousandCasualties: number;
  /** How far Diet support moves toward public support each turn. */
  dietFollowsPublic: number;
  /** Alliance credibility change per turn when Tokyo has taken risks and Washington stands aside, and when they act together. */
  credibilityWhenAbandoned: number;
  credibilityWhenAligned: number;
  credibilityWhenConsentRefused: number;
  /** Japanese public support, and Congress's, when Tokyo refuses or withdraws consent. */
  supportWhenConsentRefused: number;
  congressSupportWhenConsentRefused: number;
  /** Alliance credibility change when Washington says Article V covers the Senkakus, and each turn it leaves an attack on Japan unmet after saying so. */
  credibilityWhenArticleVAffirmed: number;
  credibilityWhenArticleVUnmet: number;
  /** Public support changes: when US forces are attacked, when Japanese nationals are harmed, under Beijing's economic coercion (per turn), and when Tokyo states the Takaichi reading. */
  supportWhenUsForcesAttacked: number;
  supportWhenNationalsHarmed: number;
  supportUnderEconomicCoercion: number;
  supportWhenReadingStated: number;
  /** Chance per turn that an evacuation completes, in peace and while Taiwan is under armed attack (air and sea routes are then contested). */
  evacuationChance: number;
  evacuationChanceUnderAttack: number;
  /** Chance per turn that Japanese nationals still in Taiwan are harmed while it is under armed attack. */
  nationalsHarmedChance: number;
  /** Congress's vote on authorising force: logistic in its support, centred here, with this spread. */
  congressApprovalMidpoint: number;
  congressApprovalSpread: number;
  /** Congressional support changes: when US forces are attacked, per 1,000 US casualties, and when the President reports a threat under the TRA. */
  congressSupportWhenUsForcesAttacked: number;
  congressSupportPerThousandCasualties: number;
  congressSupportWhenThreatReported: number;
  resolvePerTenPctPowerCut: number;
  resolvePerThousandCasualties: number;
  resolveWhileUsFights: number;
  resolveCostOfRationing: number;
  /** Share of the power cuts' wear on Taiwan's resolve while it rations: planned cuts spare essential load. */
  powerCutWearWhenRationing: number;
  supportPerGdpPoint: number;
  /** The War Powers Resolution: days of hostilities without authorisation, and days to withdraw after (50 U.S.C. 1544(b)). */
  warPowersDays: number;
  warPowersWithdrawalDays: number;
}

export type Comparison = '<' | '<=' | '>' | '>=';

/** A condition over the state, as data: no code in scenario files. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { track: Role; region: string; in: string[] }
  | { indicator: NumericIndicator; op: Comparison; value: number }
  | { force: NumericForce; op: Comparison; value: number }
  | { flag: BooleanFlag }
  | { portSeized: boolean }
  | { turnAtLeast: number }
  /** The game ended in one of these outcomes (never while it goes on). */
  | { outcome: Outcome[] }
  | { losses: LossKind; side: Side; op: Comparison; value: number }
  /** GDP impact, % (negative is a loss). */
  | { gdp: Economy; op: Comparison; value: number };

/** The losses counted side by side. */
export type LossKind = 'shipsLost' | 'aircraftLost' | 'casualties';

export interface Inject {
  id: string;
  headline: string;
  text: string;
  when: Condition;
  /** Chance per turn, once the condition holds. */
  probability: number;
  once: boolean;
  effects: Effect[];
}

export interface EndCondition {
  /** Names this ending: recorded in the state when it is reached, and the key of its words. */
  id: string;
  outcome: Outcome;
  when: Condition;
  reason: string;
}

export interface BotGuidance {
  /** The rung Beijing's bots climb toward. */
  beijingAim: 'quarantine' | 'blockade' | 'amphibiousInvasion';
  /**
   * The scenario's premise is that Washington intervenes as soon as it may (from `legal.usInterventionFromDay`), as in
   * the CSIS base case: its bots, cautious or hawkish, take that decision without a cabinet's pause.
   */
  usIntervenesAtOnce?: boolean;
}

export type { Effect };
