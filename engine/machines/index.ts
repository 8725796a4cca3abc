import { initialTransition, transition, type AnyStateMachine } from 'xstate';
import { factsKey } from '../facts.ts';
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

export function initialValue<R extends Role>(role: R, overrides: Partial<Track<R>> = {}): Track<R> {
  const machine: AnyStateMachine = MACHINES[role];
  const value = initialTransition(machine)[0].value as Track<R>;
  return { ...value, ...overrides };
}

// The machines hold no context, so a query depends only on (role, value, event, facts). The state
// space is small, so answers are memoised: the engine's hot path then costs a map lookup.
const openCache = new Map<string, string[]>();
const nextCache = new Map<string, Track<Role>>();

function snapshotOf(role: Role, value: TrackValue | Track<Role>) {
  return MACHINES[role].resolveState({ value, context: {} });
}

/** The decisions open to a role now, `hold` first. */
export function openDecisions<R extends Role>(role: R, value: Track<R>, facts: Facts): readonly string[] {
  const k = `${role}|${JSON.stringify(value)}|${factsKey(facts)}`;
  let open = openCache.get(k);
  if (!open) {
    const snapshot = snapshotOf(role, value);
    open = Object.freeze([HOLD, ...decisionsOf(role).filter((d) => snapshot.can({ type: d, facts }))]) as string[];
    openCache.set(k, open);
  }
  return open;
}

/** Is this decision open to the role now, by the rules? */
export function isOpen<R extends Role>(role: R, value: Track<R>, decision: string, facts: Facts): boolean {
  return openDecisions(role, value, facts).includes(decision);
}

/** The track's value after the machine takes the event; unchanged if the machine does not take it. */
export function advance<R extends Role>(role: R, value: Track<R>, event: string, facts: Facts): Track<R> {
  if (event === HOLD) return value;
  const k = `${role}|${JSON.stringify(value)}|${event}|${factsKey(facts)}`;
  let next = nextCache.get(k);
  if (next === undefined) {
    const machine: AnyStateMachine = MACHINES[role];
    const [snapshot] = transition(machine, snapshotOf(role, value), { type: event, facts });
    // Cached values are shared by every state that reaches them: frozen, so none can be changed through another.
    next = deepFreeze(snapshot.value as Track<Role>);
    nextCache.set(k, next);
  }
  return next as Track<R>;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
