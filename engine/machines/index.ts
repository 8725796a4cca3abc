import { createActor, initialTransition, type AnyActorScope, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { DECISIONS, HOLD, type Role, type Track } from '../tracks.ts';
import type { Facts, TrackValue } from '../types.ts';
import { beijingMachine } from './beijing.ts';
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
 * frozen objects this module hands out, found by identity; any other value (a state read from JSON) by its
 * JSON. Guards read only some facts, and which ones depends on where the track stands: so each query (one
 * value, and one event for `advance`) keeps the facts its guards have been seen to read, and keys its
 * answers on those alone. That is exact: a guard is a pure function of the track's value and the facts,
 * so an answer worked out reading facts F holds for all facts that agree on F. A miss runs XState with the
 * facts watched; a fact read for the first time joins the list and empties the query's answers (their keys
 * no longer say enough), a few times per query and then never. Keyed on every fact, a 10,000-game batch
 * kept missing on combinations no guard reads, each miss an XState evaluation.
 */
interface Query<T> {
  /** The facts this query's guards have read so far, in the order first read. */
  read: (keyof Facts)[];
  answers: Map<string, T>;
}

interface ValueMemo {
  value: Track<Role>;
  snapshot: AnyMachineSnapshot | undefined;
  open: Query<readonly string[]>;
  /** The last facts `open` was asked about, and its answer: a turn asks about the same facts several times. */
  openFor: { facts: Facts; open: readonly string[] } | null;
  /** Per decision: whether the machine takes it now. */
  takes: Map<string, Query<boolean>>;
  /** Per event: the value after it. */
  next: Map<string, Query<Track<Role>>>;
}

const newQuery = <T>(): Query<T> => ({ read: [], answers: new Map() });
const byJson = new Map<Role, Map<string, ValueMemo>>();
const byObject = new WeakMap<object, ValueMemo>();

function memoOf(role: Role, value: TrackValue | Track<Role>): ValueMemo {
  const known = byObject.get(value as object);
  if (known) return known;
  let memos = byJson.get(role);
  if (!memos) byJson.set(role, (memos = new Map()));
  const json = JSON.stringify(value);
  let memo = memos.get(json);
  if (!memo) {
    memo = { value: deepFreeze(JSON.parse(json) as Track<Role>), snapshot: undefined, open: newQuery(), openFor: null, takes: new Map(), next: new Map() };
    memos.set(json, memo);
    byObject.set(memo.value, memo);
  }
  return memo;
}

function queryIn<T>(queries: Map<string, Query<T>>, key: string): Query<T> {
  let query = queries.get(key);
  if (!query) queries.set(key, (query = newQuery()));
  return query;
}

function factsKey(read: readonly (keyof Facts)[], facts: Facts): string {
  let key = '';
  for (const k of read) {
    const v = facts[k];
    key += v === true ? '1' : v === false ? '0' : `|${v}|`;
  }
  return key;
}

/** The query's answer for these facts: remembered, or worked out by `ask` with the facts watched. */
function answer<T>(query: Query<T>, facts: Facts, ask: (facts: Facts) => T): T {
  const known = query.answers.get(factsKey(query.read, facts));
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
    query.answers.clear();
  }
  query.answers.set(factsKey(query.read, facts), value);
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

/** Whether the machine takes the decision now: each decision's guards read few facts, so this rarely misses. */
const takes = (role: Role, memo: ValueMemo, decision: string, facts: Facts): boolean =>
  answer(queryIn(memo.takes, decision), facts, (f) => snapshotOf(role, memo).can({ type: decision, facts: f }));

/** The decisions open to a role now, `hold` first. */
export function openDecisions<R extends Role>(role: R, value: Track<R>, facts: Facts): readonly string[] {
  const memo = memoOf(role, value);
  if (memo.openFor?.facts === facts) return memo.openFor.open;
  const open = answer(memo.open, facts, (f) => Object.freeze([HOLD, ...decisionsOf(role).filter((d) => takes(role, memo, d, f))]));
  // Only frozen facts (the engine's) can be trusted to be the same facts next time.
  if (Object.isFrozen(facts)) memo.openFor = { facts, open };
  return open;
}

/** Is this decision open to the role now, by the rules? */
export function isOpen<R extends Role>(role: R, value: Track<R>, decision: string, facts: Facts): boolean {
  return openDecisions(role, value, facts).includes(decision);
}

/** The track's value after the machine takes the event; unchanged if the machine does not take it. */
export function advance<R extends Role>(role: R, value: Track<R>, event: string, facts: Facts): Track<R> {
  if (event === HOLD) return value;
  const memo = memoOf(role, value);
  return answer(queryIn(memo.next, event), facts, (f) => {
    const machine: AnyStateMachine = MACHINES[role];
    const next = machine.transition(snapshotOf(role, memo), { type: event, facts: f }, scopeOf(role));
    return memoOf(role, next.value as Track<Role>).value;
  }) as Track<R>;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
