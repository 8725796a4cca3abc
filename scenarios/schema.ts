import { z } from '../engine/zod.ts';
import { PARAMETER_BOUNDS, type Bounds, type ParameterPath } from '../engine/parameterBounds.ts';
import { escapeOf, firstHidden } from '../engine/printable.ts';
import { OUTCOMES, ROLES } from '../engine/types.ts';

// The scenario file format. Strict everywhere: an unknown key is a typo an author needs to hear about.
// Text is shown to students, so it must be plain text: markup is refused rather than escaped later.

const MAX_NUMBER = 1e7;
const num = (min = -MAX_NUMBER, max = MAX_NUMBER) => z.number().finite().min(min).max(max);
const share = () => num(0, 1);
const pct = () => num(0, 100);

/**
 * Every string in a file: at most `max` characters (longer is refused before anything else reads
 * it), and nothing that acts instead of showing: control characters (escape sequences, line
 * breaks), bidi overrides, zero-width characters.
 */
const plain = (max: number) =>
  z.string().max(max, { abort: true }).superRefine((s, ctx) => {
    const at = firstHidden(s);
    if (at !== -1) ctx.addIssue({ code: 'custom', input: s, message: `plain text without control or invisible characters (character ${at + 1} is ${escapeOf(String.fromCodePoint(s.codePointAt(at)!))})` });
  });
// Text is shown to students, so it must be plain text: markup is refused rather than escaped later.
// The pattern has one quantified part per possible position, so it runs in linear time on any text.
const MARKUP = /<\s*(?:\/\s*)?[a-z!?]/i;
const text = (max = 4000) =>
  plain(max).min(1).refine((s) => !MARKUP.test(s), { message: 'plain text only: markup such as <script> or <b> is not allowed' });
const id = () => z.string().max(64, { abort: true }).regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and hyphens, at most 64');

const FUELS = ['lng', 'coal', 'oil'] as const;
const ECONOMIES = ['taiwan', 'china', 'us', 'japan', 'world'] as const;
const ALLIES = ['us', 'japan'] as const;

const COERCION = ['peacetimePressure', 'grayZone', 'largeScaleExercise', 'quarantine', 'blockade', 'amphibiousInvasion', 'ceasefire', 'negotiatedSettlement'] as const;

/** A parameter held to the engine's bounds, so a file and a facilitator's change are checked alike. */
const param = (path: ParameterPath) => {
  const b: Bounds = PARAMETER_BOUNDS[path];
  const n = num(b.min, b.max);
  return b.integer ? n.int() : n;
};
const group = <P extends string, K extends string>(prefix: P, keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, param(`${prefix}.${k}` as ParameterPath)])) as Record<K, z.ZodNumber>);

export const paramsSchema = z.strictObject({
  shipping: z.strictObject({
    normalInboundShipsPerDay: param('shipping.normalInboundShipsPerDay'),
    throughputByCoercion: group('shipping.throughputByCoercion', COERCION),
    energyTargeting: param('shipping.energyTargeting'),
    sailDespiteInterdiction: param('shipping.sailDespiteInterdiction'),
    lossRateOfInterdicted: param('shipping.lossRateOfInterdicted'),
    usConvoyGain: param('shipping.usConvoyGain'),
    usInterventionGain: param('shipping.usInterventionGain'),
    japanConvoyGain: param('shipping.japanConvoyGain'),
    japanLogisticsBoost: param('shipping.japanLogisticsBoost'),
    fromGuamShare: param('shipping.fromGuamShare'),
    taiwanEnforcementGain: param('shipping.taiwanEnforcementGain'),
    taiwanCounterattackGain: param('shipping.taiwanCounterattackGain'),
    noise: param('shipping.noise'),
    restoredPct: param('shipping.restoredPct'),
    partialFromPct: param('shipping.partialFromPct'),
    contestedConvoyLoss: param('shipping.contestedConvoyLoss'),
  }),
  energy: z.strictObject({
    importShare: param('energy.importShare'),
    rationedConsumption: group('energy.rationedConsumption', FUELS),
    powerShare: group('energy.powerShare', FUELS),
  }),
  economy: z.strictObject({
    blockadeYearPct: group('economy.blockadeYearPct', ECONOMIES),
    warYearPct: group('economy.warYearPct', ECONOMIES),
    quarantineShare: param('economy.quarantineShare'),
    rampDays: param('economy.rampDays'),
    coercionOfJapanYearPct: group('economy.coercionOfJapanYearPct', ['japan', 'china']),
    fullBlockade: group('economy.fullBlockade', ['shippingPct', 'electricityPct']),
  }),
  combat: z.strictObject({
    usAntiShipRate: param('combat.usAntiShipRate'),
    japanAntiShipRate: param('combat.japanAntiShipRate'),
    taiwanAntiShipRate: param('combat.taiwanAntiShipRate'),
    guamOnlyFactor: param('combat.guamOnlyFactor'),
    antiShipMissileFactor: param('combat.antiShipMissileFactor'),
    mainlandStrikeBonus: param('combat.mainlandStrikeBonus'),
    japanOffensiveFactor: param('combat.japanOffensiveFactor'),
    prcShipsPerFleetPct: param('combat.prcShipsPerFleetPct'),
    liftPerTurn: param('combat.liftPerTurn'),
    supplyPerFleetPct: param('combat.supplyPerFleetPct'),
    portSupplyPct: param('combat.portSupplyPct'),
    portSeizureTerritoryPct: param('combat.portSeizureTerritoryPct'),
    portSeizureChance: param('combat.portSeizureChance'),
    groundAttrition: param('combat.groundAttrition'),
    defenderConcentration: param('combat.defenderConcentration'),
    unsuppliedAttrition: param('combat.unsuppliedAttrition'),
    groundAdvancePct: param('combat.groundAdvancePct'),
    casualtiesPerStrength: group('combat.casualtiesPerStrength', ['prc', 'taiwan']),
    usShipsLostPerTurn: param('combat.usShipsLostPerTurn'),
    usAircraftLostPerTurn: param('combat.usAircraftLostPerTurn'),
    casualtiesPerShip: param('combat.casualtiesPerShip'),
    japanShipsLostPerTurn: param('combat.japanShipsLostPerTurn'),
    japanAircraftLostPerTurn: param('combat.japanAircraftLostPerTurn'),
    baseStrikeAircraftLost: group('combat.baseStrikeAircraftLost', ALLIES),
    baseStrikeDamagePct: param('combat.baseStrikeDamagePct'),
    baseStrikeCasualties: group('combat.baseStrikeCasualties', ALLIES),
    shipsInPortLost: group('combat.shipsInPortLost', ALLIES),
    usWarshipsInTheatre: param('combat.usWarshipsInTheatre'),
    japanWarshipsInTheatre: param('combat.japanWarshipsInTheatre'),
    taiwanStrikeLosses: group('combat.taiwanStrikeLosses', ['ships', 'aircraft', 'casualties', 'groundStrength']),
    escortLossShare: param('combat.escortLossShare'),
    convoyClashChance: param('combat.convoyClashChance'),
    plaEngagesInterveningUsForcesChance: param('combat.plaEngagesInterveningUsForcesChance'),
    sdfEscortClashChance: param('combat.sdfEscortClashChance'),
    coastGuardClashChance: param('combat.coastGuardClashChance'),
    japaneseShipBoardingChance: param('combat.japaneseShipBoardingChance'),
    boardingShareUnderMaritimeSecurityOperation: param('combat.boardingShareUnderMaritimeSecurityOperation'),
    counterattackPrcShips: param('combat.counterattackPrcShips'),
    defenceOfJapanShare: param('combat.defenceOfJapanShare'),
    sdfAirDefenceShare: param('combat.sdfAirDefenceShare'),
    japanDefensiveOnlyShare: param('combat.japanDefensiveOnlyShare'),
    nuclearUseChanceWhenLosing: param('combat.nuclearUseChanceWhenLosing'),
    generalWarChance: param('combat.generalWarChance'),
  }),
  escalation: group('escalation', [
    'perAttackOnJapan', 'perAttackOnUsForces', 'perTurnOfMainlandStrikes', 'whenNationalsHarmed', 'perThousandCasualties', 'perTenShipsSunk',
    'reliefPerQuietTurn', 'generalWarFrom', 'nuclearFrom',
  ]),
  politics: group('politics', [
    'dietApprovalMidpoint', 'dietApprovalSpread', 'supportWhenJapanAttacked', 'supportPerThousandCasualties', 'dietFollowsPublic', 'credibilityWhenAbandoned', 'credibilityWhenAligned', 'credibilityWhenConsentRefused', 'supportWhenConsentRefused', 'congressSupportWhenConsentRefused', 'credibilityWhenArticleVAffirmed', 'credibilityWhenArticleVUnmet', 'supportWhenUsForcesAttacked', 'supportWhenNationalsHarmed', 'supportUnderEconomicCoercion', 'supportWhenReadingStated', 'evacuationChance', 'evacuationChanceUnderAttack', 'nationalsHarmedChance', 'congressApprovalMidpoint', 'congressApprovalSpread', 'congressSupportWhenUsForcesAttacked', 'congressSupportPerThousandCasualties', 'congressSupportWhenThreatReported', 'warPowersDays', 'warPowersWithdrawalDays', 'resolvePerTenPctPowerCut', 'resolvePerThousandCasualties', 'resolveWhileUsFights', 'resolveCostOfRationing', 'powerCutWearWhenRationing', 'supportPerGdpPoint',
  ]),
});

/** The same shape with every key optional, at every depth: what a scenario or variant overrides. */
function partialDeep(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodObject) {
    const shape = Object.fromEntries(Object.entries(schema.shape).map(([k, v]) => [k, partialDeep(v as z.ZodType).optional()]));
    return z.strictObject(shape);
  }
  return schema;
}
export const paramsOverrideSchema = partialDeep(paramsSchema);

const NUMERIC_INDICATORS = [
  'lngDays', 'coalDays', 'oilDays', 'electricityPct', 'shippingPct', 'energyShippingPct', 'inboundShipsSent', 'inboundShipsLost',
  'turnsShippingRestored', 'taiwanTerritoryHeldPct', 'escalation', 'japanPublicSupport', 'dietSupport', 'allianceCredibility',
] as const;
const NUMERIC_FORCES = ['amphibiousFleetPct', 'plaAshore', 'plaSupplyPct', 'taiwanGroundStrength', 'usStrikeCapacityPct', 'alliedBasesDamagePct'] as const;
const FLAGS = ['usForcesAttacked', 'japanAttacked', 'taiwanAttacked', 'invasionLaunched', 'nuclearUse', 'generalWar'] as const;
const comparison = z.enum(['<', '<=', '>', '>=']);
// Conditions read a few figures that effects never set: they follow from the rest each turn.
const CONDITION_INDICATORS = [...NUMERIC_INDICATORS, 'congressSupport', 'taiwanResolve'] as const;
const CONDITION_FLAGS = [...FLAGS, 'japaneseShipsAttacked', 'nationalsHarmed'] as const;
const SIDES = ['prc', 'us', 'japan', 'taiwan'] as const;

type ConditionInput =
  | { all: ConditionInput[] } | { any: ConditionInput[] } | { not: ConditionInput }
  | { track: string; region: string; in: string[] }
  | { indicator: string; op: string; value: number } | { force: string; op: string; value: number }
  | { flag: string } | { portSeized: boolean } | { turnAtLeast: number }
  | { outcome: string[] } | { losses: string; side: string; op: string; value: number } | { gdp: string; op: string; value: number };

export const conditionSchema: z.ZodType<ConditionInput> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).max(50) }),
    z.strictObject({ any: z.array(conditionSchema).max(50) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({ track: z.enum(ROLES), region: plain(64), in: z.array(plain(64)).min(1).max(20) }),
    z.strictObject({ indicator: z.enum(CONDITION_INDICATORS), op: comparison, value: num() }),
    z.strictObject({ force: z.enum(NUMERIC_FORCES), op: comparison, value: num() }),
    z.strictObject({ flag: z.enum(CONDITION_FLAGS) }),
    z.strictObject({ portSeized: z.boolean() }),
    z.strictObject({ turnAtLeast: z.number().int().min(0).max(1000) }),
    /** The game ended in one of these outcomes: for objectives, since a game that goes on has none. */
    z.strictObject({ outcome: z.array(z.enum(OUTCOMES)).min(1).max(OUTCOMES.length) }),
    z.strictObject({ losses: z.enum(['shipsLost', 'aircraftLost', 'casualties']), side: z.enum(SIDES), op: comparison, value: num() }),
    /** GDP impact in % (a loss is negative). */
    z.strictObject({ gdp: z.enum(ECONOMIES), op: comparison, value: num() }),
  ]),
);

const effectSchema = z.union([
  z.strictObject({ indicator: z.enum(NUMERIC_INDICATORS), add: num(-1000, 1000) }),
  z.strictObject({ force: z.enum(NUMERIC_FORCES), add: num(-1000, 1000) }),
  z.strictObject({ raiseFlag: z.enum(FLAGS) }),
]);

export const injectSchema = z.strictObject({
  id: id(),
  headline: text(200),
  text: text(),
  when: conditionSchema,
  probability: share(),
  once: z.boolean(),
  effects: z.array(effectSchema).max(20),
});

export const endConditionSchema = z.strictObject({ id: z.string().max(40, { abort: true }).regex(/^[a-zA-Z]{1,40}$/, 'a name of letters'), outcome: z.enum(OUTCOMES), when: conditionSchema, reason: text(400) });

const legalSchema = z.strictObject({
  taiwanAttackCanQualify: z.boolean(),
  invasionFeasible: z.boolean(),
  usInterventionFromDay: z.number().int().min(0).max(3650).nullable(),
  japanMayConsentToBases: z.boolean(),
  japanMayDefendOthers: z.boolean(),
  sdfMayStrikeAttackingForces: z.boolean(),
  attackWindowDays: num(0, 60),
  survivalThreatSigns: z.number().int().min(1).max(5),
  senkakusInPlay: z.boolean(),
});

/** A term a settlement may hold: what one side gives, in the scenario's words. */
const termSchema = z.strictObject({ id: z.string().max(40, { abort: true }).regex(/^[a-zA-Z]{1,40}$/, 'a name of letters'), by: z.enum(['beijing', 'taipei']), text: text(300) });

const tracksSchema = z.strictObject(Object.fromEntries(ROLES.map((r) => [r, z.record(plain(64), plain(64)).optional()])) as Record<(typeof ROLES)[number], z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>>);

const startSchema = z.strictObject({
  tracks: tracksSchema,
  indicators: z.strictObject({
    lngDays: num(0, 1000), coalDays: num(0, 1000), oilDays: num(0, 1000),
    japanPublicSupport: pct(), dietSupport: pct(), allianceCredibility: pct(), congressSupport: pct(),
  }),
  forces: z.strictObject({
    amphibiousFleetPct: pct(), plaAshore: num(0, 1000), plaSupplyPct: pct(), taiwanGroundStrength: num(0, 1000),
    usStrikeCapacityPct: pct(), alliedBasesDamagePct: pct(),
  }),
});

const startOverrideSchema = z.strictObject({
  tracks: tracksSchema.optional(),
  indicators: startSchema.shape.indicators.partial().optional(),
  forces: startSchema.shape.forces.partial().optional(),
});

export const variantSchema = z.strictObject({
  id: id(),
  title: text(120),
  description: text(),
  overrides: z.strictObject({
    legal: legalSchema.partial().optional(),
    params: paramsOverrideSchema.optional(),
    start: startOverrideSchema.optional(),
    horizonTurns: z.number().int().min(1).max(200).optional(),
  }),
});

const textList = (max: number) => z.array(text(600)).min(1).max(max);

/**
 * How an objective is judged at the end (or at any turn): met when `met` holds, else partly when
 * `partly` does, else missed. `source` says where the thresholds come from, with source tags.
 */
export const measureSchema = z.strictObject({ met: conditionSchema, partly: conditionSchema.optional(), source: text(600) });

/** A role's briefing: what a team reads before play and finds in its printed packet. */
export const briefingSchema = z.strictObject({
  situation: text(),
  objectives: textList(8),
  /** One measure per objective, in the same order: the role's scorecard. */
  measures: z.array(measureSchema).min(1).max(8),
  constraints: textList(8),
  redLines: textList(6),
  /** What its law or policy allows, in plain words, with source tags. */
  authorities: textList(8),
}).refine((b) => b.measures.length === b.objectives.length, { message: 'one measure for each objective, in the same order', path: ['measures'] });

/**
 * A role's id within its team. It starts with a letter because JSON keeps keys in the order written
 * only when they do not look like numbers, and the packets print a team's roles in that order.
 */
const roleId = () => z.string().max(40, { abort: true }).regex(/^[a-z][a-z0-9-]{0,39}$/, 'a role id: a lower-case letter, then lower-case letters, digits and hyphens, at most 40');

/** How many roles a team has, once a scenario's changes are laid over the defaults. */
export const TEAM_ROLES = { min: 3, max: 5 } as const;

/**
 * A member's role within a team (issue 12), printed as a card in the team's packet: who they are,
 * a paragraph in their own voice with source tags, and the question they argue in the team. One role
 * per team is the lead, who locks the team's decision (checked with the team: scenarios/teamRoles.ts).
 */
export const teamRoleSchema = z.strictObject({
  title: text(80),
  /** The one role per team that locks the team's decision; absent means not the lead. */
  lead: z.boolean().optional(),
  /** One paragraph (no line breaks), in the role's own voice, with source tags. */
  brief: text(1400),
  /** The question the role argues in its team, tied to a decision the game offers. */
  question: text(400).refine((s) => /[?\uff1f]\s*$/.test(s), { message: 'a question, ending with a question mark' }),
});

const teamsOf = <T extends z.ZodType>(team: T) => z.strictObject(Object.fromEntries(ROLES.map((r) => [r, team])) as Record<(typeof ROLES)[number], T>);

/** The defaults' roles: every team's, complete. */
const teamRolesSchema = teamsOf(z.record(roleId(), teamRoleSchema));

/**
 * A scenario's changes to the defaults' roles, team by team and role by role: a role of the defaults
 * named with some fields changes those fields; a new id adds a role (title, brief and question
 * needed); null leaves a role of the defaults out.
 */
const teamRolesOverrideSchema = z.strictObject(Object.fromEntries(ROLES.map((r) => [r, z.record(roleId(), teamRoleSchema.partial().nullable()).optional()])) as Record<(typeof ROLES)[number], z.ZodOptional<z.ZodRecord<ReturnType<typeof roleId>, z.ZodNullable<ReturnType<typeof teamRoleSchema.partial>>>>>);

const latLon = z.tuple([num(-90, 90), num(-180, 180)]);

export const zoneSchema = z.strictObject({
  id: id(),
  name: text(120),
  kind: z.enum(['exercise', 'quarantine', 'noSailZone', 'landing']),
  /** The polygon, as [lat, lon] points. */
  polygon: z.array(latLon).min(3).max(200),
  /** When the map shows it. */
  activeWhen: conditionSchema,
  source: text(400),
});

export const scenarioFileSchema = z.strictObject({
  id: id(),
  version: z.string().max(20, { abort: true }).regex(/^\d+\.\d+\.\d+$/, 'a version such as 1.0.0'),
  title: text(120),
  summary: text(),
  year: z.number().int().min(2000).max(2100),
  turnDays: num(0.5, 60),
  horizonTurns: z.number().int().min(1).max(200),
  /** Days after D-Day at which a running invasion is judged, as the published games were (about three to four weeks). */
  checkpointDays: z.number().int().min(1).max(365).optional(),
  legal: legalSchema,
  start: startSchema,
  params: paramsOverrideSchema,
  injects: z.array(injectSchema).max(200),
  endConditions: z.array(endConditionSchema).max(50).optional(),
  horizonOutcomes: z.array(endConditionSchema).min(1).max(20).optional(),
  terms: z.array(termSchema).min(2).max(30).optional(),
  bots: z.strictObject({ beijingAim: z.enum(['quarantine', 'blockade', 'amphibiousInvasion']), usIntervenesAtOnce: z.boolean().optional() }),
  /** The question the game puts to the class, stated up front (CFR Model Diplomacy's "decision point", domain-facts 3.4). */
  decisionPoint: text(1000),
  learningObjectives: textList(10),
  roles: z.strictObject({ beijing: briefingSchema, taipei: briefingSchema, tokyo: briefingSchema, washington: briefingSchema }),
  debriefQuestions: textList(15),
  map: z.strictObject({ zones: z.array(zoneSchema).max(20) }),
  variants: z.array(variantSchema).min(1).max(30),
  sources: z.strictObject({ seeds: z.array(plain(200)).max(20), studies: z.array(text(400)).max(50) }),
  notes: z.record(plain(200), text(1000)),
  /**
   * Changes to the roles within each team; without it, the scenario uses the defaults' roles; null:
   * this scenario has no roles within its teams (they are optional per scenario).
   */
  teamRoles: teamRolesOverrideSchema.nullable().optional(),
});

export const defaultsFileSchema = z.strictObject({
  $comment: plain(4000).optional(),
  params: paramsSchema,
  endConditions: z.array(endConditionSchema).max(50),
  horizonOutcomes: z.array(endConditionSchema).min(1).max(20),
  terms: z.array(termSchema).min(2).max(30),
  notes: z.record(plain(200), text(1000)),
  /** The roles within each team, for every scenario: a scenario's own `teamRoles` changes them. */
  teamRoles: teamRolesSchema,
});

/** The sources behind every decision of every role (scenarios/options.json); their words are in scenarios/words/. */
export const optionsFileSchema = z.strictObject({
  $comment: plain(4000).optional(),
  sources: z.strictObject(Object.fromEntries(ROLES.map((r) => [r, z.record(plain(64), z.array(text(200)).max(10))])) as Record<(typeof ROLES)[number], z.ZodRecord<z.ZodString, z.ZodArray<ReturnType<typeof text>>>>),
});

/** Source tags resolved to readable citations (scenarios/sources.json, from domain-facts.md section 8). */
export const sourcesFileSchema = z.strictObject({
  $comment: plain(4000).optional(),
  sources: z.record(z.string().max(40, { abort: true }).regex(/^[A-Z0-9][A-Z0-9&]*(-[A-Z0-9&]+)*$/, 'a source tag'), z.strictObject({
    title: text(300), publisher: text(200), date: z.string().max(10, { abort: true }).regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date yyyy, yyyy-mm or yyyy-mm-dd').optional(),
    url: z.string().max(500, { abort: true }).regex(/^https?:\/\/\S+$/, 'a web address').optional(), grade: z.enum(['P', 'S', 'B', 'D']),
  })),
});

const placeSchema = z.strictObject({
  id: id(), name: text(120), kind: z.enum(['city', 'port', 'base', 'island']),
  side: z.enum(['taiwan', 'japan', 'us', 'prc', 'philippines', 'disputed']),
  lat: num(-90, 90), lon: num(-180, 180), source: text(400),
});

/** The theatre's geography (scenarios/theatre.json). */
export const theatreFileSchema = z.strictObject({
  $comment: plain(4000).optional(),
  places: z.array(placeSchema).max(500),
  labels: z.array(z.strictObject({ id: id(), name: text(120), lat: num(-90, 90), lon: num(-180, 180), source: text(400) })).max(200),
  lines: z.array(z.strictObject({ id: id(), name: text(120), kind: z.enum(['boundary', 'chain', 'lane']), points: z.array(latLon).min(2).max(500), source: text(400) })).max(100),
  zones: z.array(zoneSchema).max(50),
});

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
export type OptionsFile = z.infer<typeof optionsFileSchema>;
export type TheatreFile = z.infer<typeof theatreFileSchema>;
export type Briefing = z.infer<typeof briefingSchema>;
export type DefaultsFile = z.infer<typeof defaultsFileSchema>;
export type TeamRoleFile = z.infer<typeof teamRoleSchema>;
export type TeamRolesFile = z.infer<typeof teamRolesSchema>;
export type TeamRolesOverride = z.infer<typeof teamRolesOverrideSchema>;
