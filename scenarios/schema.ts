import { z } from '../engine/zod.ts';
import { OUTCOMES, ROLES } from '../engine/types.ts';

// The scenario file format. Strict everywhere: an unknown key is a typo an author needs to hear about.
// Text is shown to students, so it must be plain text: markup is refused rather than escaped later.

const MAX_NUMBER = 1e7;
const num = (min = -MAX_NUMBER, max = MAX_NUMBER) => z.number().finite().min(min).max(max);
const share = () => num(0, 1);
const pct = () => num(0, 100);
const text = (max = 4000) =>
  z.string().min(1).max(max).refine((s) => !/<\s*\/?\s*[a-z!?]/i.test(s), {
    message: 'plain text only: markup such as <script> or <b> is not allowed',
  });
const id = () => z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and hyphens, at most 64');

const bySide = (v = () => num(0)) => z.strictObject({ us: v(), japan: v() });
const byEconomy = z.strictObject({ taiwan: num(-100, 0), china: num(-100, 0), us: num(-100, 0), japan: num(-100, 0), world: num(-100, 0) });
const byFuel = (v: () => z.ZodNumber) => z.strictObject({ lng: v(), coal: v(), oil: v() });

const COERCION = ['peacetimePressure', 'grayZone', 'largeScaleExercise', 'quarantine', 'blockade', 'amphibiousInvasion', 'ceasefire', 'negotiatedSettlement'] as const;

export const paramsSchema = z.strictObject({
  shipping: z.strictObject({
    normalInboundShipsPerDay: num(0, 10000),
    throughputByCoercion: z.strictObject(Object.fromEntries(COERCION.map((c) => [c, share()])) as Record<(typeof COERCION)[number], z.ZodNumber>),
    energyTargeting: share(),
    sailDespiteInterdiction: share(),
    lossRateOfInterdicted: share(),
    usConvoyGain: share(),
    usInterventionGain: share(),
    japanConvoyGain: share(),
    noise: share(),
    restoredPct: pct(),
  }),
  energy: z.strictObject({
    importShare: share(),
    rationedConsumption: byFuel(share),
    powerShare: byFuel(share),
  }),
  economy: z.strictObject({
    blockadeYearPct: byEconomy,
    warYearPct: byEconomy,
    quarantineShare: share(),
    rampDays: num(1, 3650),
  }),
  combat: z.strictObject({
    usAntiShipRate: num(0, 5),
    japanAntiShipRate: num(0, 5),
    taiwanAntiShipRate: num(0, 5),
    guamOnlyFactor: share(),
    antiShipMissileFactor: share(),
    mainlandStrikeBonus: num(0, 5),
    japanOffensiveFactor: share(),
    prcShipsPerFleetPct: num(0, 100),
    liftPerTurn: num(0, 1000),
    supplyPerFleetPct: num(0, 10),
    portSupplyPct: pct(),
    portSeizureTerritoryPct: pct(),
    portSeizureChance: share(),
    groundAttrition: share(),
    defenderConcentration: share(),
    unsuppliedAttrition: share(),
    groundAdvancePct: pct(),
    casualtiesPerStrength: z.strictObject({ prc: num(0, 1e5), taiwan: num(0, 1e5) }),
    usShipsLostPerTurn: num(0, 100),
    usAircraftLostPerTurn: num(0, 1000),
    casualtiesPerShip: num(0, 10000),
    japanShipsLostPerTurn: num(0, 100),
    japanAircraftLostPerTurn: num(0, 1000),
    baseStrikeAircraftLost: bySide(() => num(0, 1000)),
    baseStrikeDamagePct: pct(),
    baseStrikeCasualties: bySide(() => num(0, 1e5)),
    taiwanStrikeLosses: z.strictObject({ ships: num(0, 100), aircraft: num(0, 1000), casualties: num(0, 1e5), groundStrength: num(0, 100) }),
    escortLossShare: num(0, 5),
    convoyClashChance: share(),
    nuclearUseChanceWhenLosing: share(),
    generalWarChance: share(),
  }),
  politics: z.strictObject({
    dietApprovalMidpoint: pct(),
    dietApprovalSpread: num(0.1, 100),
    supportWhenJapanAttacked: num(-100, 100),
    supportPerThousandCasualties: num(0, 100),
    dietFollowsPublic: share(),
    credibilityWhenAbandoned: num(-100, 0),
    credibilityWhenAligned: num(0, 100),
    credibilityWhenConsentRefused: num(-100, 0),
    evacuationTurns: z.number().int().min(1).max(100),
  }),
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

type ConditionInput =
  | { all: ConditionInput[] } | { any: ConditionInput[] } | { not: ConditionInput }
  | { track: string; region: string; in: string[] }
  | { indicator: string; op: string; value: number } | { force: string; op: string; value: number }
  | { flag: string } | { portSeized: boolean } | { turnAtLeast: number };

export const conditionSchema: z.ZodType<ConditionInput> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).max(50) }),
    z.strictObject({ any: z.array(conditionSchema).max(50) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({ track: z.enum(ROLES), region: z.string().max(64), in: z.array(z.string().max(64)).min(1).max(20) }),
    z.strictObject({ indicator: z.enum(NUMERIC_INDICATORS), op: comparison, value: num() }),
    z.strictObject({ force: z.enum(NUMERIC_FORCES), op: comparison, value: num() }),
    z.strictObject({ flag: z.enum(FLAGS) }),
    z.strictObject({ portSeized: z.boolean() }),
    z.strictObject({ turnAtLeast: z.number().int().min(0).max(1000) }),
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

export const endConditionSchema = z.strictObject({ id: z.string().regex(/^[a-zA-Z]{1,40}$/, 'a name of letters'), outcome: z.enum(OUTCOMES), when: conditionSchema, reason: text(400) });

const legalSchema = z.strictObject({
  taiwanAttackCanQualify: z.boolean(),
  invasionFeasible: z.boolean(),
  usInterventionFromDay: z.number().int().min(0).max(3650).nullable(),
  japanMayConsentToBases: z.boolean(),
});

const tracksSchema = z.strictObject(Object.fromEntries(ROLES.map((r) => [r, z.record(z.string().max(64), z.string().max(64)).optional()])) as Record<(typeof ROLES)[number], z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>>);

const startSchema = z.strictObject({
  tracks: tracksSchema,
  indicators: z.strictObject({
    lngDays: num(0, 1000), coalDays: num(0, 1000), oilDays: num(0, 1000),
    japanPublicSupport: pct(), dietSupport: pct(), allianceCredibility: pct(),
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

/** A role's briefing: what a team reads before play and finds in its printed packet. */
export const briefingSchema = z.strictObject({
  situation: text(),
  objectives: textList(8),
  constraints: textList(8),
  redLines: textList(6),
  /** What its law or policy allows, in plain words, with source tags. */
  authorities: textList(8),
});

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
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version such as 1.0.0'),
  title: text(120),
  summary: text(),
  year: z.number().int().min(2000).max(2100),
  turnDays: num(0.5, 60),
  horizonTurns: z.number().int().min(1).max(200),
  legal: legalSchema,
  start: startSchema,
  params: paramsOverrideSchema,
  injects: z.array(injectSchema).max(200),
  endConditions: z.array(endConditionSchema).max(50).optional(),
  horizonOutcomes: z.array(endConditionSchema).min(1).max(20).optional(),
  bots: z.strictObject({ beijingAim: z.enum(['quarantine', 'blockade', 'amphibiousInvasion']) }),
  /** The question the game puts to the class, stated up front (CFR Model Diplomacy's "decision point", domain-facts 3.4). */
  decisionPoint: text(1000),
  learningObjectives: textList(10),
  roles: z.strictObject({ beijing: briefingSchema, taipei: briefingSchema, tokyo: briefingSchema, washington: briefingSchema }),
  debriefQuestions: textList(15),
  map: z.strictObject({ zones: z.array(zoneSchema).max(20) }),
  variants: z.array(variantSchema).min(1).max(30),
  sources: z.strictObject({ seeds: z.array(z.string().max(200)).max(20), studies: z.array(text(400)).max(50) }),
  notes: z.record(z.string().max(200), text(1000)),
});

export const defaultsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  params: paramsSchema,
  endConditions: z.array(endConditionSchema).max(50),
  horizonOutcomes: z.array(endConditionSchema).min(1).max(20),
  notes: z.record(z.string().max(200), text(1000)),
});

/** The sources behind every decision of every role (scenarios/options.json); their words are in scenarios/words/. */
export const optionsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  sources: z.strictObject(Object.fromEntries(ROLES.map((r) => [r, z.record(z.string().max(64), z.array(text(200)).max(10))])) as Record<(typeof ROLES)[number], z.ZodRecord<z.ZodString, z.ZodArray<ReturnType<typeof text>>>>),
});

/** Source tags resolved to readable citations (scenarios/sources.json, from domain-facts.md section 8). */
export const sourcesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  sources: z.record(z.string().regex(/^[A-Z0-9][A-Z0-9&]*(-[A-Z0-9&]+)*$/, 'a source tag'), z.strictObject({
    title: text(300), publisher: text(200), date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date yyyy, yyyy-mm or yyyy-mm-dd').optional(),
    url: z.string().max(500).regex(/^https?:\/\/\S+$/, 'a web address').optional(), grade: z.enum(['P', 'S', 'B', 'D']),
  })),
});

const placeSchema = z.strictObject({
  id: id(), name: text(120), kind: z.enum(['city', 'port', 'base', 'island']),
  side: z.enum(['taiwan', 'japan', 'us', 'prc', 'philippines', 'disputed']),
  lat: num(-90, 90), lon: num(-180, 180), source: text(400),
});

/** The theatre's geography (scenarios/theatre.json). */
export const theatreFileSchema = z.strictObject({
  $comment: z.string().optional(),
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
