/**
 * Shared model for the model-based tests of the decision machines.
 *
 * The machines' guards read only `event.facts` and the machine's own state, so a machine is a finite
 * graph once the facts are drawn from a finite set. Here that set is a handful of named "worlds"
 * (calm peacetime, gray zone, blockade with US forces attacked, ...) and the event alphabet of a
 * machine is every event type it knows × every world. `explore` walks that graph with
 * `xstate/graph`'s getShortestPaths and keeps, for every reachable snapshot, the shortest event
 * sequence that reaches it, so a failing assertion can print a replayable path.
 */
import {
  __unsafe_getAllOwnEventDescriptors as ownEventTypes,
  createMachine,
  getStateNodes,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type AnyStateNode,
  type AnyTransitionDefinition,
} from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { createGame, factsOf as engineFactsOf, type Facts } from '../../engine/index.ts';
import { MACHINES, advance, initialValue, openDecisions } from '../../engine/machines/index.ts';
import { ENGINE_EVENTS, type Coercion } from '../../engine/tracks.ts';
import { loadScenario } from '../../scenarios/catalog.ts';
import type { DecisionEvent } from '../../engine/machines/decisionEvent.ts';
import type { Role } from '../../engine/types.ts';

/**
 * One value type for every machine's track: the tests walk all four machines alike; the engine's own
 * per-role track types are checked where the engine uses them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TrackValue = any;

export const ROLES: readonly Role[] = ['beijing', 'taipei', 'tokyo', 'washington'];

// ---------------------------------------------------------------------------------------------
// Worlds: representative situations, turned into Facts the way engine/facts.ts `factsOf` does.
// ---------------------------------------------------------------------------------------------

export interface Legal {
  taiwanAttackCanQualify: boolean;
  invasionFeasible: boolean;
  usMayFight: boolean;
  japanMayConsentToBases: boolean;
  japanMayDefendOthers: boolean;
  sdfMayStrikeAttackingForces: boolean;
  senkakusInPlay: boolean;
}

export interface World {
  /** Beijing's coercion region. */
  coercion: string;
  /** Beijing's missile strikes region. */
  strikes?: 'none' | 'onTaiwanOnly' | 'alsoOnAlliedBases';
  taiwanAttacked?: boolean;
  usForcesAttacked?: boolean;
  japanAttacked?: boolean;
  /** Tokyo's prior consultation region. */
  tokyoConsultation?: 'notRequested' | 'requested' | 'consented' | 'refused';
  /** Washington's posture region. */
  usPosture?: string;
  /** Taipei's stance region. */
  taipeiStance?: string;
  /** Washington fights from bases in Japan. */
  usFromJapan?: boolean;
  /** Tokyo sought a diplomatic solution in an earlier turn (the second of the Three New Conditions). */
  diplomacyTried?: boolean;
  /** Japanese nationals are out of Taiwan. */
  evacuated?: boolean;
  /** Japanese ships were boarded or attacked recently. */
  japaneseShipsAttacked?: boolean;
  /** Beijing's pressure on the Senkakus. */
  senkakus?: 'none' | 'coastGuardInTerritorialSea' | 'landing';
  /** An offer of terms on the table. */
  offerBy?: 'beijing' | 'taipei';
  legal?: Partial<Legal>;
}

const DEFAULT_LEGAL: Legal = {
  taiwanAttackCanQualify: true,
  invasionFeasible: true,
  usMayFight: true,
  japanMayConsentToBases: true,
  japanMayDefendOthers: true,
  sdfMayStrikeAttackingForces: true,
  senkakusInPlay: true,
};

const BASE = (() => {
  const scenario = loadScenario('blockade');
  if (typeof scenario === 'string') throw new Error(scenario);
  return createGame(scenario, 'model');
})();

/** The Facts a world presents: a game state set up as the world says, read by the engine's own `factsOf`. */
export function factsOf(world: World): Facts {
  const legal = { ...DEFAULT_LEGAL, ...world.legal };
  const state = structuredClone(BASE);
  state.tracks.beijing = { ...state.tracks.beijing, coercion: world.coercion as Coercion, missileStrikes: world.strikes ?? 'none', senkakus: world.senkakus ?? 'none' };
  state.tracks.tokyo = {
    ...state.tracks.tokyo, priorConsultation: world.tokyoConsultation ?? 'notRequested',
    diplomacy: world.diplomacyTried ? 'seekingDiplomaticSolution' : 'none', evacuation: world.evacuated ? 'completed' : 'notOrdered',
  };
  state.tracks.washington = { ...state.tracks.washington, posture: (world.usPosture ?? 'strategicAmbiguity') as never, operatingFrom: world.usFromJapan ? 'basesInJapan' : 'guamAndAtSea' };
  state.tracks.taipei = { ...state.tracks.taipei, stance: (world.taipeiStance ?? 'standingFirm') as never };
  // An attack in the world happened today: it is under way.
  const at = (yes: boolean | undefined) => (yes ? state.day : null);
  state.attacks = { usForces: at(world.usForcesAttacked), japan: at(world.japanAttacked), taiwan: at(world.taiwanAttacked), japaneseShips: at(world.japaneseShipsAttacked) };
  state.talks = { offer: world.offerBy ? { by: world.offerBy, terms: ['liftMeasures'], note: '', turn: 0 } : null, agreed: null };
  return engineFactsOf(state, {
    taiwanAttackCanQualify: legal.taiwanAttackCanQualify,
    invasionFeasible: legal.invasionFeasible,
    usInterventionFromDay: legal.usMayFight ? 0 : null,
    japanMayConsentToBases: legal.japanMayConsentToBases,
    japanMayDefendOthers: legal.japanMayDefendOthers,
    sdfMayStrikeAttackingForces: legal.sdfMayStrikeAttackingForces,
    attackWindowDays: 7,
    survivalThreatSigns: 3,
    senkakusInPlay: legal.senkakusInPlay,
  });
}

const blockadeUsForcesAttacked: World = {
  coercion: 'blockade',
  strikes: 'alsoOnAlliedBases',
  usForcesAttacked: true,
  tokyoConsultation: 'requested',
  usPosture: 'directIntervention',
};
const invasionJapanAttacked: World = {
  coercion: 'amphibiousInvasion',
  strikes: 'alsoOnAlliedBases',
  usForcesAttacked: true,
  japanAttacked: true,
  tokyoConsultation: 'requested',
  usPosture: 'directIntervention',
};

/** The finite set of situations the events are drawn from. */
export const WORLDS = {
  calmPeacetime: { coercion: 'peacetimePressure' },
  grayZone: { coercion: 'grayZone' },
  exercise: { coercion: 'largeScaleExercise' },
  exerciseInvasionInfeasible: { coercion: 'largeScaleExercise', legal: { invasionFeasible: false } },
  quarantine: { coercion: 'quarantine' },
  // Taiwan alone under armed attack: no US forces or Japan hit yet, Washington has not asked Tokyo.
  blockade: { coercion: 'blockade', strikes: 'onTaiwanOnly' },
  blockadeTaiwanCannotQualify: { coercion: 'blockade', strikes: 'onTaiwanOnly', legal: { taiwanAttackCanQualify: false } },
  blockadeInvasionInfeasible: { coercion: 'blockade', legal: { invasionFeasible: false } },
  blockadeTaiwanStandsAlone: { coercion: 'blockade', strikes: 'onTaiwanOnly', legal: { usMayFight: false } },
  blockadeUsForcesAttacked,
  blockadeTokyoConsented: { ...blockadeUsForcesAttacked, tokyoConsultation: 'consented' },
  blockadeTokyoRefused: { ...blockadeUsForcesAttacked, tokyoConsultation: 'refused' },
  invasionJapanAttacked,
  invasionJapanNeutral: { ...invasionJapanAttacked, legal: { japanMayConsentToBases: false } },
  invasionTaiwanStandsAlone: { ...invasionJapanAttacked, usPosture: 'standingAside', legal: { usMayFight: false } },
  ceasefireTaipeiNegotiating: { coercion: 'ceasefire', taipeiStance: 'negotiating' },
  ceasefireTaipeiOffers: { coercion: 'ceasefire', taipeiStance: 'negotiating', offerBy: 'taipei' },
  quarantineBeijingOffers: { coercion: 'quarantine', taipeiStance: 'negotiating', offerBy: 'beijing' },
  // A quarantine with US forces deployed nearby: an important influence situation, and boarding reaches Japanese ships.
  quarantineUsDeployed: { coercion: 'quarantine', usPosture: 'warningsAndShowOfForce' },
  quarantineJapaneseShipBoarded: { coercion: 'quarantine', japaneseShipsAttacked: true },
  senkakusPressed: { coercion: 'largeScaleExercise', senkakus: 'coastGuardInTerritorialSea' },
  senkakuLanding: { coercion: 'largeScaleExercise', senkakus: 'landing' },
  blockadeJapanNeutral: { ...blockadeUsForcesAttacked, diplomacyTried: true, legal: { japanMayDefendOthers: false } },
  invasionSdfDefensiveOnly: { ...invasionJapanAttacked, legal: { sdfMayStrikeAttackingForces: false } },
  exerciseSenkakusOutOfPlay: { coercion: 'largeScaleExercise', legal: { senkakusInPlay: false } },
  // All three of the Three New Conditions: US forces under attack, enough signs, diplomacy tried first.
  blockadeUsForcesAttackedAfterDiplomacy: { ...blockadeUsForcesAttacked, diplomacyTried: true },
  // Taiwan alone under the Takaichi reading, with diplomacy tried: the contested case.
  blockadeTakaichiReading: { coercion: 'blockade', strikes: 'onTaiwanOnly', usPosture: 'warningsAndShowOfForce', diplomacyTried: true, legal: { taiwanAttackCanQualify: true } },
  // Beijing at war while US forces fight from bases in Japan: an attack on Japan is imminent.
  blockadeUsFightingFromJapan: { coercion: 'blockade', usPosture: 'directIntervention', usFromJapan: true, tokyoConsultation: 'consented' },
} satisfies Record<string, World>;

export type WorldName = keyof typeof WORLDS;
export const WORLD_NAMES = Object.keys(WORLDS) as WorldName[];
export const FACTS: Record<WorldName, Facts> = Object.fromEntries(
  WORLD_NAMES.map((name) => [name, factsOf(WORLDS[name])]),
) as Record<WorldName, Facts>;

/** The same world under a different legal reading. */
export function withLegal(world: World, legal: Partial<Legal>): World {
  return { ...world, legal: { ...world.legal, ...legal } };
}

export interface LabelledEvent extends DecisionEvent {
  /** `eventType@worldName`, for messages. */
  label: string;
}

export function eventIn(type: string, world: WorldName): LabelledEvent {
  return { type, facts: FACTS[world], label: `${type}@${world}` };
}

// ---------------------------------------------------------------------------------------------
// Machine structure
// ---------------------------------------------------------------------------------------------

function allStateNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap((child) => allStateNodes(child as AnyStateNode))];
}

/** Ids of every leaf state of every region, from the definition. */
export function leafStateIds(machine: AnyStateMachine): string[] {
  return allStateNodes(machine.root)
    .filter((n) => Object.keys(n.states).length === 0)
    .map((n) => n.id)
    .sort();
}

/** Ids of the leaf states active in a snapshot. */
export function activeLeafIds(machine: AnyStateMachine, value: TrackValue): string[] {
  return getStateNodes(machine.root, value)
    .filter((n) => Object.keys(n.states).length === 0)
    .map((n) => n.id);
}

export interface GuardedTransition {
  /** e.g. `tokyo.sdfRole.policeRole --orderDefenceOperation--> defenceOperation [forceAuthorised]` */
  name: string;
  transition: AnyTransitionDefinition;
  source: AnyStateNode;
  eventType: string;
  /** Named guards (keys of the machine's setup guards) it uses, directly or nested in and/or/not. */
  namedGuards: string[];
}

export function allTransitions(machine: AnyStateMachine): AnyTransitionDefinition[] {
  return allStateNodes(machine.root).flatMap((n) => [...n.transitions.values()].flat());
}

function describeGuard(machine: AnyStateMachine, guard: unknown): string {
  if (typeof guard === 'string') return guard;
  const named = Object.entries(machine.implementations.guards).find(([, impl]) => impl === guard);
  if (named) return named[0];
  if (typeof guard === 'function') {
    const children = (guard as { guards?: unknown[] }).guards;
    const stateValue = (guard as { stateValue?: unknown }).stateValue;
    if (Array.isArray(children)) return `${guard.name}(${children.map((c) => describeGuard(machine, c)).join(', ')})`;
    if (typeof stateValue === 'string') return `stateIn(${stateValue})`;
    return guard.name || 'inline';
  }
  return String(guard);
}

/**
 * The named guards a guard expression uses. Strings are names; a guard object or function counts as a
 * name when it is the very implementation registered under that name (so `forceDetermined`, passed as
 * an object inside `and([...])`, is found as well as `'emergency'` passed by name).
 */
export function namedGuardsIn(machine: AnyStateMachine, guard: unknown, out = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (guard === undefined || guard === null || seen.has(guard)) return out;
  seen.add(guard);
  const impls = machine.implementations.guards as Record<string, unknown>;
  if (typeof guard === 'string') {
    out.add(guard);
    return namedGuardsIn(machine, impls[guard], out, seen);
  }
  if (typeof guard === 'object' && 'type' in guard && typeof guard.type === 'string') {
    out.add(guard.type);
    return namedGuardsIn(machine, impls[guard.type], out, seen);
  }
  for (const [name, impl] of Object.entries(impls)) if (impl === guard) out.add(name);
  const children = (guard as { guards?: unknown[] }).guards;
  if (Array.isArray(children)) for (const c of children) namedGuardsIn(machine, c, out, seen);
  return out;
}

export function guardedTransitions(machine: AnyStateMachine): GuardedTransition[] {
  return allTransitions(machine)
    .filter((t) => t.guard !== undefined)
    .map((t) => ({
      name: `${t.source.id} --${t.eventType}--> ${t.target?.map((n) => n.key).join(',') ?? '(none)'} [${describeGuard(machine, t.guard)}]`,
      transition: t,
      source: t.source,
      eventType: t.eventType,
      namedGuards: [...namedGuardsIn(machine, t.guard)].sort(),
    }));
}

// ---------------------------------------------------------------------------------------------
// Exploration
// ---------------------------------------------------------------------------------------------

export interface Reached {
  key: string;
  value: TrackValue;
  snapshot: AnyMachineSnapshot;
  /** Shortest sequence of `event@world` labels from the initial state. */
  path: string[];
  /** Active leaf state nodes. */
  leaves: Set<AnyStateNode>;
}

export interface Model {
  role: Role;
  machine: AnyStateMachine;
  /** Every event type the machine knows, in definition order. */
  eventTypes: string[];
  /** The alphabet for one event type: that type in every world. */
  eventsOfType: Map<string, LabelledEvent[]>;
  reached: Reached[];
  byKey: Map<string, Reached>;
}

const models = new Map<Role, Model>();

/**
 * Every snapshot reachable from the initial state with events drawn from every event type × every
 * world, with a shortest path to each. To keep Tokyo's ~1000 states fast, an event is followed only
 * if the machine takes it and it selects a set of transitions not already followed from that state
 * with another world (same transitions ⇒ same next state).
 */
export function explore(role: Role): Model {
  const cached = models.get(role);
  if (cached) return cached;
  const machine = MACHINES[role];
  const eventTypes = [...machine.root.events];
  const eventsOfType = new Map(eventTypes.map((t) => [t, WORLD_NAMES.map((w) => eventIn(t, w))]));
  const transitionIndex = new Map(allTransitions(machine).map((t, i) => [t, i]));
  const followed = new WeakMap<AnyMachineSnapshot, Set<string>>();

  const paths = getShortestPaths(machine, {
    events: (snapshot) => ownEventTypes(snapshot).flatMap((t: string) => eventsOfType.get(t) ?? []),
    filterEvents: (snapshot, event) => {
      const selected = machine.getTransitionData(snapshot, event).filter((t) => t.target !== undefined);
      if (selected.length === 0) return false;
      const signature = `${event.type}:${selected.map((t) => transitionIndex.get(t)).join(',')}`;
      let seen = followed.get(snapshot);
      if (!seen) followed.set(snapshot, (seen = new Set()));
      if (seen.has(signature)) return false;
      seen.add(signature);
      return true;
    },
    serializeEvent: (event) => (event as LabelledEvent).label ?? JSON.stringify(event),
  });

  const reached: Reached[] = paths.map((p) => ({
    key: JSON.stringify(p.state.value),
    value: p.state.value as TrackValue,
    snapshot: p.state,
    path: p.steps.map((s) => (s.event as LabelledEvent).label).filter((l): l is string => l !== undefined),
    leaves: new Set(getStateNodes(machine.root, p.state.value).filter((n) => Object.keys(n.states).length === 0)),
  }));
  const model: Model = { role, machine, eventTypes, eventsOfType, reached, byKey: new Map(reached.map((r) => [r.key, r])) };
  models.set(role, model);
  return model;
}

/** Is this transition the one (or one of those) the machine selects for the event in this snapshot? */
export function takes(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, transition: AnyTransitionDefinition, event: DecisionEvent): boolean {
  return machine.getTransitionData(snapshot, event).includes(transition);
}

// ---------------------------------------------------------------------------------------------
// Named guards, evaluated through public API only: a copy of the machine with one extra region whose
// only transitions are guarded by the named guards themselves. Asking that copy which transitions it
// would take answers "does guard G hold in this state for this event?".
// ---------------------------------------------------------------------------------------------

const PROBE = '__guardProbe';
const probes = new Map<AnyStateMachine, AnyStateMachine>();

function probeOf(machine: AnyStateMachine): AnyStateMachine {
  let probe = probes.get(machine);
  if (!probe) {
    const names = Object.keys(machine.implementations.guards);
    const config = machine.config as { states?: Record<string, unknown> };
    const probeRegion = {
      initial: 'idle',
      states: {
        idle: { on: Object.fromEntries(names.map((g) => [`${PROBE}.${g}`, { target: 'hit', guard: g }])) },
        hit: {},
      },
    };
    probe = createMachine(
      { ...(machine.config as object), states: { ...config.states, [PROBE]: probeRegion } } as Parameters<typeof createMachine>[0],
      machine.implementations as Parameters<typeof createMachine>[1],
    ) as AnyStateMachine;
    probes.set(machine, probe);
  }
  return probe;
}

const probeSnapshots = new Map<string, AnyMachineSnapshot>();

/** Does the machine's named guard hold in this state for this event? */
export function guardHolds(machine: AnyStateMachine, guard: string, value: TrackValue, event: DecisionEvent): boolean {
  const probe = probeOf(machine);
  const k = `${machine.id}|${JSON.stringify(value)}`;
  let snapshot = probeSnapshots.get(k);
  if (!snapshot) {
    snapshot = probe.resolveState({ value: { ...(value as object), [PROBE]: 'idle' }, context: {} });
    probeSnapshots.set(k, snapshot);
  }
  return probe.getTransitionData(snapshot, { type: `${PROBE}.${guard}`, facts: event.facts }).length > 0;
}

// ---------------------------------------------------------------------------------------------
// Small helpers for readable assertions
// ---------------------------------------------------------------------------------------------

/** The value of one region of a track. */
export function regionOf(value: TrackValue, region: string): string {
  if (typeof value === 'string') throw new Error(`track value "${value}" has no regions`);
  const v = value[region];
  if (typeof v !== 'string') throw new Error(`no region "${region}" in ${JSON.stringify(value)}`);
  return v;
}

export function describePath(r: Reached): string {
  return r.path.length ? r.path.join(' → ') : '(initial state)';
}

/** The Facts of a named world or of an ad hoc one. */
export function factsFor(world: WorldName | World): Facts {
  return typeof world === 'string' ? FACTS[world] : factsOf(world);
}

/**
 * Plays a sequence through engine/machines/index.ts as the engine would: each role decision must be
 * open (openDecisions) when taken; engine events (Diet votes, requests arriving) must be taken.
 */
export function play(role: Role, steps: ReadonlyArray<readonly [string, WorldName | World]>, from: TrackValue = initialValue(role)): TrackValue {
  let value = from;
  for (const [event, world] of steps) {
    const facts = factsFor(world);
    if (!(ENGINE_EVENTS as readonly string[]).includes(event) && !openDecisions(role, value, facts).includes(event)) {
      throw new Error(`${role} cannot ${event} in ${JSON.stringify(value)}; open: ${openDecisions(role, value, facts).join(', ')}`);
    }
    const next = advance(role, value, event, facts);
    if ((ENGINE_EVENTS as readonly string[]).includes(event) && JSON.stringify(next) === JSON.stringify(value)) {
      throw new Error(`${role} does not take engine event ${event} in ${JSON.stringify(value)}`);
    }
    value = next;
  }
  return value;
}
