import { createActor, initialTransition, type AnyActorScope, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { DECISIONS, HOLD, type Role, type Track } from '../tracks.ts';
import type { Facts, TrackValue } from '../types.ts';
import { beijingMachine } from './beijing.ts';
import { internalized } from '../internalized.ts';
import { planOf, type EventPlan } from './plan.ts';
import { taipeiMachine } from './taipei.ts';
import { tokyoMachine } from './tokyo.ts';
import { washingtonMachine } from './washington.ts';

export const MACHINES: Record<Role, AnyStateMachine> = {
  beijing: beijingMachine,
  taipei: taipeiMachine,
  tokyo: tokyoMachine,
  washington: washingtonMachine,
};

/** Every decision a role can ever take (the vocabulary's list, which a test checks against the machine). */
export const decisionsOf = (role: Role): readonly string[] => DECISIONS[role];

// A machine's initial value never changes: worked out once per role (an XState initial transition per
// role per game was an eighth of a batch's time).
const initialValues = new Map<Role, Track<Role>>();

/** A track's value at the start of a game: frozen and shared, like every value `advance` returns. */
// One object for "no overrides", so a scenario that sets none for a role is found by identity too.
const NO_OVERRIDES = Object.freeze({});

export function initialValue<R extends Role>(role: R, overrides: Partial<Track<R>> = NO_OVERRIDES): Track<R> {
  let value = initialValues.get(role);
  if (!value) {
    const machine: AnyStateMachine = MACHINES[role];
    initialValues.set(role, (value = initialTransition(machine)[0].value as Track<Role>));
  }
  // A scenario's overrides are the same object for every game it starts (scenarios are not changed once
  // loaded): found by identity, not by JSON.
  const known = startValues.get(overrides)?.get(role);
  if (known) return known as Track<R>;
  const start = memoOf(role, { ...value, ...overrides }).value;
  if (!startValues.has(overrides)) startValues.set(overrides, new Map());
  startValues.get(overrides)!.set(role, start);
  return start as Track<R>;
}

const startValues = new WeakMap<object, Map<Role, Track<Role>>>();

/*
 * The machines hold no context, so a query depends only on (role, value, event, facts), and answers are
 * memoised: the engine's hot path then costs a map lookup. The values the engine passes around are the
 * frozen objects this module hands out, each carrying its memo; any other value (a state read from JSON) is
 * found by its JSON. Guards read only some facts, and which ones depends on where the track stands: so each
 * query keeps the facts its guards have been seen to read, and keys its answers on those alone. That is
 * exact: a guard is a pure function of the track's value and the facts, so an answer worked out reading
 * facts F holds for all facts that agree on F. A miss runs XState with the facts watched; a fact read for
 * the first time joins the list and empties the query's answers (their keys no longer say enough), a few
 * times per query and then never. Keyed on every fact, a 10,000-game batch kept missing on combinations no
 * guard reads, each miss an XState evaluation.
 *
 * In the same way a query belongs not to a whole track value but to the regions its event can read
 * (plan.ts): whether Tokyo may order an evacuation turns on the evacuation region alone,
 * whatever its seven other regions say, so one query serves all the values that agree on that region. Keyed
 * on whole values, each of the hundreds of values a batch meets asked XState again about every decision:
 * thousands of evaluations in each worker's first games, a fifth of its start. And a miss is worked out from
 * the machine's definition (plan.ts) where it can be, rather than by XState's snapshots and microsteps.
 */
interface Query<T> {
  /** The facts this query's guards have read so far, in the order first read. */
  read: (keyof Facts)[];
  /** Per fact read, the base its value takes in a numeric key (2 for a boolean, 64 otherwise); null: the keys are text. */
  radix: number[] | null;
  answers: Map<number | string, T>;
}

/** The regions an event moves, with their states after it: the answer of an `advance` query. */
type Moves = Readonly<Record<string, TrackValue>>;
const NO_MOVE: Moves = Object.freeze({});

interface ValueMemo {
  value: Track<Role>;
  snapshot: AnyMachineSnapshot | undefined;
  open: Query<readonly string[]>;
  /** The last facts `open` was asked about, and its answer: a turn asks about the same facts several times. */
  openFacts: Facts | null;
  openAnswer: readonly string[];
  /** Per decision: whether the machine takes it now (a query shared by the values that agree on the regions it reads). */
  takes: Map<string, Query<boolean>>;
  /** Per event: the regions it moves (shared likewise). */
  next: Map<string, Query<Moves>>;
  /** The value each of those answers leads to from this value. */
  after: Map<Moves, Track<Role>>;
}

const newQuery = <T>(): Query<T> => ({ read: [], radix: [], answers: new Map() });
const byJson = new Map<Role, Map<string, ValueMemo>>();
/** Where a value the module handed out keeps its memo: not enumerable, so JSON, spreads and copies leave it out. */
const MEMO = Symbol('memo');

function memoOf(role: Role, value: TrackValue | Track<Role>): ValueMemo {
  const known = (value as { [MEMO]?: ValueMemo })[MEMO];
  if (known !== undefined) return known;
  let memos = byJson.get(role);
  if (!memos) byJson.set(role, (memos = new Map()));
  const json = JSON.stringify(value);
  let memo = memos.get(json);
  if (!memo) {
    const own = internalized(JSON.parse(json) as Track<Role>);
    memo = { value: own, snapshot: undefined, open: newQuery(), openFacts: null, openAnswer: [], takes: new Map(), next: new Map(), after: new Map() };
    Object.defineProperty(own, MEMO, { value: memo });
    deepFreeze(own);
    memos.set(json, memo);
  }
  return memo;
}

// Numeric keys: a fact's value as a digit, booleans in base 2 and other values (Beijing's rung, its strikes) in
// base 64, numbered as first seen. A key is the digits of the facts a query has read; facts that do not fit
// (a boolean fact that is not a boolean, a 64th value, too many digits for a double) are keyed as text, which
// never equals a number, so both kinds of key live in one map.
const BOOLEAN = 2;
const OTHER = 64;
const valueDigits = new Map<unknown, number>();

function digitOf(v: unknown): number {
  let d = valueDigits.get(v);
  if (d === undefined) {
    if (valueDigits.size >= OTHER) return -1;
    valueDigits.set(v, (d = valueDigits.size));
  }
  return d;
}

function radixFor(read: readonly (keyof Facts)[], facts: Facts): number[] | null {
  const radix = read.map((k) => (typeof facts[k] === 'boolean' ? BOOLEAN : OTHER));
  return radix.reduce((a, b) => a * b, 1) <= 2 ** 52 ? radix : null;
}

function keyOf(query: Query<unknown>, facts: Facts): number | string {
  const { read, radix } = query;
  if (radix === null) return textKey(read, facts);
  let key = 0;
  for (let i = 0; i < read.length; i++) {
    const v = facts[read[i]!];
    let digit: number;
    if (radix[i] === BOOLEAN) {
      if (v === true) digit = 1;
      else if (v === false) digit = 0;
      else return textKey(read, facts);
    } else if ((digit = digitOf(v)) < 0) return textKey(read, facts);
    key = key * radix[i]! + digit;
  }
  return key;
}

function textKey(read: readonly (keyof Facts)[], facts: Facts): string {
  let key = '';
  for (const k of read) {
    const v = facts[k];
    key += v === true ? '1' : v === false ? '0' : `|${v}|`;
  }
  return key;
}

/** The query's answer for these facts: remembered, or worked out by `ask` with the facts watched. */
function answer<T>(query: Query<T>, facts: Facts, ask: (facts: Facts) => T): T {
  const known = query.answers.get(keyOf(query, facts));
  if (known !== undefined) return known;
  const seen = new Set<keyof Facts>();
  const read = (k: string | symbol) => { if (typeof k === 'string') seen.add(k as keyof Facts); };
  const watched = new Proxy(facts, {
    get(target, k, receiver) { read(k); return Reflect.get(target, k, receiver) as unknown; },
    has(target, k) { read(k); return Reflect.has(target, k); },
    getOwnPropertyDescriptor(target, k) { read(k); return Reflect.getOwnPropertyDescriptor(target, k); },
    // Listing the facts reads all of them.
    ownKeys(target) { for (const k of Object.keys(target)) read(k); return Reflect.ownKeys(target); },
  });
  const value = ask(watched);
  const fresh = [...seen].filter((k) => !query.read.includes(k));
  if (fresh.length) {
    query.read.push(...fresh);
    query.radix = radixFor(query.read, facts);
    query.answers.clear();
  }
  query.answers.set(keyOf(query, facts), value);
  return value;
}

// Resolving a value's XState snapshot is most of the cost of a miss: once per value.
const snapshotOf = (role: Role, memo: ValueMemo) => (memo.snapshot ??= MACHINES[role].resolveState({ value: memo.value, context: {} }));

// XState's `transition()` builds a throw-away actor per call, most of the cost of a miss (about 100 us):
// one inert scope per role, like the one it builds, serves every call. The machines spawn nothing and
// their actions do nothing, so the scope keeps nothing between calls.
const scopes = new Map<Role, AnyActorScope>();
function scopeOf(role: Role): AnyActorScope {
  let scope = scopes.get(role);
  if (!scope) {
    const self = createActor(MACHINES[role]);
    const none = () => {};
    scope = { self, system: self.system, id: '', sessionId: '', logger: none, defer: none, stopChild: none, emit: none, actionExecutor: none };
    scopes.set(role, scope);
  }
  return scope;
}

/** How each event plays on each role's machine (plan.ts), or null where XState must be asked. */
function planFor(role: Role, event: string): EventPlan | null {
  let byEvent = plans.get(role);
  if (!byEvent) plans.set(role, (byEvent = new Map()));
  let plan = byEvent.get(event);
  if (plan === undefined) byEvent.set(event, (plan = planOf(MACHINES[role], event)));
  return plan;
}

const plans = new Map<Role, Map<string, EventPlan | null>>();

/** The query shared by every value of the role that agrees with this one on the regions the event reads. */
function sharedQuery<T>(kind: 'takes' | 'next', role: Role, value: Track<Role>, event: string): Query<T> {
  const regions = planFor(role, event)?.regions ?? null;
  const states = regions === null ? JSON.stringify(value) : regions.map((r) => (value as Record<string, TrackValue>)[r]).join('|');
  const key = `${kind}|${role}|${event}|${states}`;
  let query = shared.get(key) as Query<T> | undefined;
  if (!query) shared.set(key, (query = newQuery()));
  return query;
}

const shared = new Map<string, Query<unknown>>();

function queryIn<T>(queries: Map<string, Query<T>>, kind: 'takes' | 'next', role: Role, memo: ValueMemo, event: string): Query<T> {
  let query = queries.get(event);
  if (!query) queries.set(event, (query = sharedQuery(kind, role, memo.value, event)));
  return query;
}

/** Whether the machine takes the decision now: each decision's guards read few facts, so this rarely misses. */
const takes = (role: Role, memo: ValueMemo, decision: string, facts: Facts): boolean =>
  answer(queryIn(memo.takes, 'takes', role, memo, decision), facts, (f) => {
    const plan = planFor(role, decision);
    return plan ? plan.takes(memo.value as Values, { type: decision, facts: f }) : snapshotOf(role, memo).can({ type: decision, facts: f });
  });

type Values = Readonly<Record<string, string>>;

/** The decisions open to a role now, `hold` first. */
export function openDecisions<R extends Role>(role: R, value: Track<R>, facts: Facts): readonly string[] {
  const memo = memoOf(role, value);
  if (memo.openFacts === facts) return memo.openAnswer;
  const open = answer(memo.open, facts, (f) => Object.freeze([HOLD, ...decisionsOf(role).filter((d) => takes(role, memo, d, f))]));
  // Only frozen facts (the engine's) can be trusted to be the same facts next time.
  if (frozen(facts)) {
    memo.openFacts = facts;
    memo.openAnswer = open;
  }
  return open;
}

// Asked once per facts object, not once per role: V8 answers isFrozen by looking at every one of the facts.
let lastAsked: Facts | null = null;
let lastFrozen = false;
function frozen(facts: Facts): boolean {
  if (facts !== lastAsked) {
    lastAsked = facts;
    lastFrozen = Object.isFrozen(facts);
  }
  return lastFrozen;
}

/** Is this decision open to the role now, by the rules? */
export function isOpen<R extends Role>(role: R, value: Track<R>, decision: string, facts: Facts): boolean {
  return openDecisions(role, value, facts).includes(decision);
}

/** The track's value after the machine takes the event; unchanged if the machine does not take it. */
export function advance<R extends Role>(role: R, value: Track<R>, event: string, facts: Facts): Track<R> {
  if (event === HOLD) return value;
  const memo = memoOf(role, value);
  const moves = answer(queryIn(memo.next, 'next', role, memo, event), facts, (f) => movesOf(role, memo, event, f));
  if (moves === NO_MOVE) return memo.value as Track<R>;
  let after = memo.after.get(moves);
  if (!after) memo.after.set(moves, (after = memoOf(role, { ...memo.value, ...moves }).value));
  return after as Track<R>;
}

/** The regions the event moves, and where to. */
function movesOf(role: Role, memo: ValueMemo, event: string, facts: Facts): Moves {
  const plan = planFor(role, event);
  if (plan) {
    const moves = plan.moves(memo.value as Values, { type: event, facts });
    return Object.keys(moves).length ? deepFreeze(moves) : NO_MOVE;
  }
  const machine: AnyStateMachine = MACHINES[role];
  const next = machine.transition(snapshotOf(role, memo), { type: event, facts }, scopeOf(role)).value as Record<string, TrackValue>;
  const before = memo.value as Record<string, TrackValue>;
  const moves: Record<string, TrackValue> = {};
  for (const region of Object.keys(next)) if (JSON.stringify(next[region]) !== JSON.stringify(before[region])) moves[region] = next[region]!;
  return Object.keys(moves).length ? deepFreeze(moves) : NO_MOVE;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
