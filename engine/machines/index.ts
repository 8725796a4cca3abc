import { initialTransition, transition, type AnyStateMachine } from 'xstate';
import type { Role, TrackValue } from '../types.ts';
import { factsKey, type Facts } from '../facts.ts';
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

/** Events the engine sends on adjudication (votes, requests arriving, completions); no role chooses them. */
export const ENGINE_EVENTS = new Set(['dietApproves', 'dietRefuses', 'priorConsultationRequested', 'evacuationCompleted']);

/** Keeping the current posture is always open; it is not a transition of any machine. */
export const HOLD = 'hold';

const decisionLists = new Map<Role, string[]>();

/** Every decision a role can ever take, in the machine's own order. */
export function decisionsOf(role: Role): string[] {
  let list = decisionLists.get(role);
  if (!list) {
    list = [...MACHINES[role].root.events].filter((e) => !ENGINE_EVENTS.has(e));
    decisionLists.set(role, list);
  }
  return list;
}

export function initialValue(role: Role, overrides: Record<string, string> = {}): TrackValue {
  const value = initialTransition(MACHINES[role])[0].value as Record<string, string>;
  return { ...value, ...overrides };
}

// The machines hold no context, so a query depends only on (role, value, event, facts). The state
// space is small, so answers are memoised: the engine's hot path then costs a map lookup.
const openCache = new Map<string, string[]>();
const nextCache = new Map<string, TrackValue>();

function snapshotOf(role: Role, value: TrackValue) {
  return MACHINES[role].resolveState({ value, context: {} });
}

/** The decisions open to a role now, `hold` first. */
export function openDecisions(role: Role, value: TrackValue, facts: Facts): readonly string[] {
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
export function isOpen(role: Role, value: TrackValue, decision: string, facts: Facts): boolean {
  return openDecisions(role, value, facts).includes(decision);
}

/** The track's value after the machine takes the event; unchanged if the machine does not take it. */
export function advance(role: Role, value: TrackValue, event: string, facts: Facts): TrackValue {
  if (event === HOLD) return value;
  const k = `${role}|${JSON.stringify(value)}|${event}|${factsKey(facts)}`;
  let next = nextCache.get(k);
  if (next === undefined) {
    const [snapshot] = transition(MACHINES[role], snapshotOf(role, value), { type: event, facts });
    // Cached values are shared by every state that reaches them: frozen, so none can be changed through another.
    next = deepFreeze(snapshot.value as TrackValue);
    nextCache.set(k, next);
  }
  return next;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
