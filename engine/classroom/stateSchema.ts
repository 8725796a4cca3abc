import { z } from '../zod.ts';
import { facilitatorCommandSchema } from '../replay.ts';
import { TRACK_STATES, type Role } from '../tracks.ts';
import {
  ACTORS, ATTACK_TARGETS, CAUSES, CHANCES, CHECKPOINT_TRENDS, ECONOMIES, OUTCOMES, ROLES, SIDES,
  type Flags, type Forces, type GameEvent, type GameState, type Indicators,
} from '../types.ts';

// What a device checks a game's state and events against when a server sends them: every field a
// screen reads, of the type it reads, within bounds. The names of states, outcomes, causes and
// chances come from the engine's own lists, so the wire follows the rules as they change; the keys
// of indicators, forces and flags are listed here, and the compiler says when the engine's types
// gain one (see the checks at the end).

const num = () => z.number().finite().min(-1e12).max(1e12);
const name = (max = 80) => z.string().min(1).max(max, { abort: true }).regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'a name');
const id = () => z.string().min(1).max(64, { abort: true }).regex(/^[a-zA-Z0-9][a-zA-Z0-9-]{0,63}$/, 'an id');
const keyed = <K extends string, T extends z.ZodType>(keys: readonly K[], value: () => T) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, value()])) as Record<K, T>);
const partialKeyed = <K extends string>(keys: readonly K[]) => z.strictObject(Object.fromEntries(keys.map((k) => [k, num().optional()])) as Record<K, z.ZodOptional<z.ZodNumber>>);

const INDICATOR_NUMBERS = [
  'lngDays', 'coalDays', 'oilDays', 'electricityPct', 'shippingPct', 'energyShippingPct', 'inboundShipsSent', 'inboundShipsLost',
  'turnsShippingRestored', 'taiwanTerritoryHeldPct', 'escalation', 'japanPublicSupport', 'dietSupport', 'allianceCredibility', 'congressSupport', 'taiwanResolve',
] as const satisfies readonly (keyof Indicators)[];
const INDICATOR_DAYS = ['lngExhaustedOnDay', 'interdictionBeganOnDay'] as const satisfies readonly (keyof Indicators)[];
const INDICATOR_BY_SIDE = ['shipsLost', 'aircraftLost', 'casualties'] as const satisfies readonly (keyof Indicators)[];
const FORCE_NUMBERS = ['amphibiousFleetPct', 'plaAshore', 'plaSupplyPct', 'taiwanGroundStrength', 'usStrikeCapacityPct', 'alliedBasesDamagePct'] as const satisfies readonly (keyof Forces)[];
const FLAG_NAMES = ['usForcesAttacked', 'japanAttacked', 'taiwanAttacked', 'japaneseShipsAttacked', 'nationalsHarmed', 'invasionLaunched', 'nuclearUse', 'generalWar'] as const satisfies readonly (keyof Flags)[];

const bySide = keyed(SIDES, num);
const byEconomy = keyed(ECONOMIES, num);

const indicatorsSchema = z.strictObject({
  ...Object.fromEntries(INDICATOR_NUMBERS.map((k) => [k, num()])) as Record<(typeof INDICATOR_NUMBERS)[number], z.ZodNumber>,
  ...Object.fromEntries(INDICATOR_DAYS.map((k) => [k, num().nullable()])) as Record<(typeof INDICATOR_DAYS)[number], z.ZodNullable<z.ZodNumber>>,
  ...Object.fromEntries(INDICATOR_BY_SIDE.map((k) => [k, bySide])) as Record<(typeof INDICATOR_BY_SIDE)[number], typeof bySide>,
  gdpImpactPct: byEconomy,
});

const forcesSchema = z.strictObject({
  ...Object.fromEntries(FORCE_NUMBERS.map((k) => [k, num()])) as Record<(typeof FORCE_NUMBERS)[number], z.ZodNumber>,
  portSeized: z.boolean(),
});

/** Each role's track: the state of every region, from the engine's list of states. */
const tracksSchema = z.strictObject(Object.fromEntries(ROLES.map((r: Role) => [
  r,
  z.strictObject(Object.fromEntries(Object.entries(TRACK_STATES[r]).map(([region, states]) => [region, z.enum(states as readonly [string, ...string[]])]))),
])) as unknown as Record<Role, z.ZodType<Record<string, string>>>);

const proposalSchema = z.strictObject({ terms: z.array(name()).min(1).max(20), note: z.string().max(1000) });
const offerSchema = z.strictObject({ ...proposalSchema.shape, by: z.enum(ROLES), turn: z.number().int().min(0).max(10000) });
const rngSchema = z.strictObject({ c: num(), s0: num(), s1: num(), s2: num() });

export const gameStateSchema = z.strictObject({
  scenarioId: id(),
  variant: id(),
  seed: z.string().max(200),
  turn: z.number().int().min(0).max(10000),
  day: num(),
  rng: rngSchema,
  tracks: tracksSchema,
  indicators: indicatorsSchema,
  forces: forcesSchema,
  flags: keyed(FLAG_NAMES, () => z.boolean()),
  attacks: keyed(ATTACK_TARGETS, () => num().nullable()),
  usHostilitiesFromDay: num().nullable(),
  invasionFromDay: num().nullable(),
  checkpoint: z.strictObject({ day: num(), trend: z.enum(CHECKPOINT_TRENDS) }).nullable(),
  talks: z.strictObject({ offer: offerSchema.nullable(), agreed: offerSchema.nullable() }),
  injectsPlayed: z.array(id()).max(500),
  paramOverrides: z.record(z.string().max(120).regex(/^[a-zA-Z]+(\.[a-zA-Z]+)*$/), num()),
  outcome: z.enum(OUTCOMES).nullable(),
  ending: z.string().max(80).nullable(),
});

/** The facts a decision was judged in: yes/no facts and a few states by name (read by no screen; bounded, not listed). */
const factsSchema = z.record(name(), z.union([z.boolean(), name()])).refine((f) => Object.keys(f).length <= 100, 'at most 100 facts');
const changes = z.record(name(), num()).refine((c) => Object.keys(c).length <= 50, 'at most 50 changes');
const cause = () => z.enum(CAUSES);
const inject = () => id().optional();
const DIET_VOTES = TRACK_STATES.tokyo.dietApproval;

export const gameEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('decisionTaken'), role: z.enum(ROLES), decision: name(), by: z.enum(ACTORS as readonly [string, ...string[]]), facts: factsSchema, proposal: proposalSchema.optional(), accepted: offerSchema.optional() }),
  z.strictObject({ type: z.literal('machineEvent'), role: z.enum(ROLES), event: name(), facts: factsSchema }),
  z.strictObject({ type: z.literal('roll'), chance: z.enum(CHANCES), vote: z.enum(DIET_VOTES).optional(), inject: inject(), probability: num(), roll: num(), success: z.boolean() }),
  z.strictObject({ type: z.literal('indicatorsChanged'), changes, cause: cause(), inject: inject() }),
  z.strictObject({ type: z.literal('lossesInflicted'), side: z.enum(SIDES), ships: num(), aircraft: num(), casualties: num(), cause: cause() }),
  z.strictObject({ type: z.literal('forcesChanged'), changes, cause: cause(), inject: inject() }),
  z.strictObject({ type: z.literal('portSeized'), port: z.string().max(120) }),
  z.strictObject({ type: z.literal('flagRaised'), flag: z.enum(FLAG_NAMES), cause: cause(), inject: inject() }),
  z.strictObject({ type: z.literal('armedAttack'), target: z.enum(ATTACK_TARGETS), cause: cause(), inject: inject() }),
  z.strictObject({ type: z.literal('usHostilitiesBegan'), day: num() }),
  z.strictObject({ type: z.literal('checkpointReached'), day: num(), trend: z.enum(CHECKPOINT_TRENDS) }),
  z.strictObject({ type: z.literal('usHostilitiesEnded') }),
  z.strictObject({ type: z.literal('lngExhausted'), day: num() }),
  z.strictObject({ type: z.literal('interdictionBegan'), day: num() }),
  z.strictObject({ type: z.literal('gdpImpact'), changes: partialKeyed(ECONOMIES), regime: z.enum(['war', 'blockade', 'quarantine', 'coercionOfJapan']) }),
  z.strictObject({ type: z.literal('injectPlayed'), id: id(), headline: z.string().max(200).optional() }),
  z.strictObject({ type: z.literal('facilitatorAction'), action: facilitatorCommandSchema.shape.action, reason: z.string().max(1000) }),
  z.strictObject({ type: z.literal('parameterChanged'), path: z.string().max(120), value: num(), was: num() }),
  z.strictObject({ type: z.literal('turnEnded'), turn: z.number().int().min(0).max(10000), day: num(), rng: rngSchema }),
  z.strictObject({ type: z.literal('gameEnded'), outcome: z.enum(OUTCOMES), ending: z.string().max(80) }),
]);

// What the compiler checks: every key of the engine's indicators, forces and flags is listed above,
// and every kind of event has a schema. A rules change that adds one fails here, not on a device.
type Missing<All, Listed> = Exclude<All, Listed>;
type NoneMissing<T extends never> = T;
export type WireCoversIndicators = NoneMissing<Missing<keyof Indicators, (typeof INDICATOR_NUMBERS)[number] | (typeof INDICATOR_DAYS)[number] | (typeof INDICATOR_BY_SIDE)[number] | 'gdpImpactPct'>>;
export type WireCoversForces = NoneMissing<Missing<keyof Forces, (typeof FORCE_NUMBERS)[number] | 'portSeized'>>;
export type WireCoversFlags = NoneMissing<Missing<keyof Flags, (typeof FLAG_NAMES)[number]>>;
export type WireCoversEvents = NoneMissing<Missing<GameEvent['type'], z.infer<typeof gameEventSchema>['type']>>;
export type WireCoversState = NoneMissing<Missing<keyof GameState, keyof z.infer<typeof gameStateSchema>>>;
