import { and, not, or, stateIn, type AnyStateMachine, type AnyStateNode, type AnyTransitionDefinition } from 'xstate';
import type { DecisionEvent } from './decisionEvent.ts';

/**
 * How one event plays on a machine, read from the machine's definition: which regions decide it, whether the
 * machine takes it in a given value and which regions it moves there, worked out by walking the event's
 * transitions and evaluating their guards as XState does, without building snapshots or running XState's
 * microsteps (a tenth of a millisecond each while a worker is cold, which it is for its first thousand games).
 *
 * Only for machines as the engine's are: parallel regions one level deep, events named in full (no
 * wildcards), no eventless, delayed, invoked or done transitions, no entry or exit actions, actions that are
 * plain functions (none raises an event), guards built from named and inline functions of the event and
 * `and`, `or`, `not` and `stateIn('#id')`, not every region able to end in a final state, and every
 * transition on the event aimed at states of its own region (so it moves that region alone) or, from the
 * machine itself, aimed nowhere. For anything else `planOf` gives null and the caller asks XState.
 * tests/machines/memo.test.ts compares the answers with XState's along random walks through every machine.
 */
export interface EventPlan {
  /** The regions whose states decide the event: those with a transition on it and those its guards test. */
  regions: readonly string[];
  /** Whether the machine takes the event here (`snapshot.can`). */
  takes(value: Readonly<Record<string, string>>, event: DecisionEvent): boolean;
  /** The regions the event moves here, and their states after it (empty if it moves none). */
  moves(value: Readonly<Record<string, string>>, event: DecisionEvent): Record<string, string>;
}

/**
 * XState's higher-order guards, told apart by their check functions: their own function names (`and`, `or`,
 * `not`) do not survive a minifying build.
 */
export const CHECK = {
  and: (and([]) as unknown as { check: unknown }).check,
  or: (or([]) as unknown as { check: unknown }).check,
  not: (not(() => true) as unknown as { check: unknown }).check,
  stateIn: (stateIn('#x') as unknown as { check: unknown }).check,
};

type Guard = unknown;
interface Resolved {
  /** The region of every state node, by node. */
  regionOf: Map<AnyStateNode, string>;
}

/** What a machine is, read once per machine: where each state node sits, and every transition by event. */
interface Shape extends Resolved {
  /** The transitions on each event, with the node each leaves from. */
  byEvent: Map<string, { node: AnyStateNode; transitions: readonly AnyTransitionDefinition[] }[]>;
}

const shapes = new WeakMap<AnyStateMachine, Shape | null>();

/** The machine's shape, or null if it is not one this reading covers (the event-independent conditions above). */
function shapeOf(machine: AnyStateMachine): Shape | null {
  let shape = shapes.get(machine);
  if (shape === undefined) shapes.set(machine, (shape = readShape(machine)));
  return shape;
}

function readShape(machine: AnyStateMachine): Shape | null {
  const root = machine.root;
  if (root.type !== 'parallel') return null;
  const regionOf = new Map<AnyStateNode, string>();
  const nodes: AnyStateNode[] = [root];
  let everyRegionCanEnd = true;
  for (const [name, region] of Object.entries(root.states) as [string, AnyStateNode][]) {
    if (region.type !== 'compound') return null;
    regionOf.set(region, name);
    nodes.push(region);
    let canEnd = false;
    for (const state of Object.values(region.states) as AnyStateNode[]) {
      if (state.type !== 'atomic' && state.type !== 'final') return null;
      canEnd ||= state.type === 'final';
      regionOf.set(state, name);
      nodes.push(state);
    }
    everyRegionCanEnd &&= canEnd;
  }
  // A machine whose every region has ended takes no more events, whatever its transitions say.
  if (everyRegionCanEnd) return null;
  const byEvent: Shape['byEvent'] = new Map();
  for (const node of nodes) {
    if (node.always?.length || node.after.length || node.invoke.length || node.entry.length || node.exit.length) return null;
    for (const [eventType, transitions] of node.transitions) {
      if (eventType.includes('*') || eventType.startsWith('xstate.')) return null;
      let list = byEvent.get(eventType);
      if (!list) byEvent.set(eventType, (list = []));
      list.push({ node, transitions });
    }
  }
  return { regionOf, byEvent };
}

export function planOf(machine: AnyStateMachine, type: string): EventPlan | null {
  const shape = shapeOf(machine);
  if (!shape) return null;
  const root = machine.root;
  const { regionOf } = shape;
  const actions = machine.implementations.actions as Record<string, unknown>;
  const plain = (a: unknown) => {
    const impl = typeof a === 'string' ? actions[a] : a;
    return typeof impl === 'function' && !('resolve' in impl);
  };
  const read = new Set<string>();
  const r: Resolved = { regionOf };
  for (const { node, transitions } of shape.byEvent.get(type) ?? []) {
    const region = regionOf.get(node);
    for (const t of transitions) {
      if (!guardReads(machine, r, t.guard, read) || !t.actions.every(plain)) return null;
      // Aimed at states of its own region, without re-entering the region (which could re-enter the machine).
      const ownStates = t.target === undefined || (region !== undefined && t.target.length === 1 && t.target[0]!.parent === root.states[region]);
      if (!ownStates || (t.reenter && node.parent === root)) return null;
    }
    if (region !== undefined) read.add(region);
  }
  const movers = (Object.entries(root.states) as [string, AnyStateNode][]).filter(([name]) => read.has(name) && hasTransitions(root.states[name] as AnyStateNode, type));
  const passes = (guard: Guard, value: Readonly<Record<string, string>>, event: DecisionEvent) => evaluate(machine, r, guard, value, event);
  const first = (candidates: readonly AnyTransitionDefinition[] | undefined, value: Readonly<Record<string, string>>, event: DecisionEvent) => {
    if (candidates) for (const t of candidates) if (passes(t.guard, value, event)) return t;
    return undefined;
  };
  // XState's getTransitionData for a parallel machine: in each region, the first transition whose guard passes
  // from the region's state, else from the region; from the machine itself only if no region has one.
  const selected = (value: Readonly<Record<string, string>>, event: DecisionEvent): AnyTransitionDefinition[] => {
    const out: AnyTransitionDefinition[] = [];
    for (const [name, region] of movers) {
      const state = region.states[value[name]!] as AnyStateNode | undefined;
      const t = first(state?.transitions.get(type), value, event) ?? first(region.transitions.get(type), value, event);
      if (t) out.push(t);
    }
    if (!out.length) {
      const t = first(root.transitions.get(type), value, event);
      if (t) out.push(t);
    }
    return out;
  };
  return {
    regions: [...read].sort(),
    takes: (value, event) => selected(value, event).some((t) => t.target !== undefined || t.actions.length > 0),
    moves: (value, event) => {
      const moves: Record<string, string> = {};
      for (const t of selected(value, event)) {
        if (t.target === undefined) continue;
        const region = regionOf.get(t.source)!;
        const to = t.target[0]!.key;
        if (to !== value[region]) moves[region] = to;
      }
      return moves;
    },
  };
}

function hasTransitions(region: AnyStateNode, type: string): boolean {
  return region.transitions.has(type) || (Object.values(region.states) as AnyStateNode[]).some((s) => s.transitions.has(type));
}

/** A guard's implementation, as XState's evaluateGuard resolves it: by name, by `{ type }`, or the function itself. */
function resolve(machine: AnyStateMachine, guard: Guard): Guard {
  if (typeof guard === 'function') return guard;
  const name = typeof guard === 'string' ? guard : (guard as { type?: unknown } | null)?.type;
  const impl = typeof name === 'string' ? (machine.implementations.guards as Record<string, unknown>)[name] : undefined;
  return typeof impl === 'function' ? impl : impl === undefined ? undefined : resolve(machine, impl);
}

/** Whether this reading can evaluate the guard, adding the regions its `stateIn`s test to `read`. */
function guardReads(machine: AnyStateMachine, r: Resolved, guard: Guard, read: Set<string>): boolean {
  if (guard === undefined) return true;
  // Parameters are XState's business: none of the engine's guards has any.
  if (typeof guard === 'object' && guard !== null && 'params' in guard) return false;
  const g = resolve(machine, guard) as ((...args: unknown[]) => unknown) & { check?: unknown; guards?: Guard[]; stateValue?: unknown } | undefined;
  if (typeof g !== 'function') return false;
  // An inline guard is given the event and the (empty) context, never the state: it reads facts only.
  if (g.check === undefined) return true;
  if (g.check === CHECK.stateIn) {
    if (typeof g.stateValue !== 'string' || !g.stateValue.startsWith('#')) return false;
    const region = r.regionOf.get(machine.getStateNodeById(g.stateValue));
    if (region === undefined) return false;
    read.add(region);
    return true;
  }
  if (g.check === CHECK.and || g.check === CHECK.or || g.check === CHECK.not) return (g.guards ?? []).every((x) => guardReads(machine, r, x, read));
  return false;
}

function evaluate(machine: AnyStateMachine, r: Resolved, guard: Guard, value: Readonly<Record<string, string>>, event: DecisionEvent): boolean {
  if (guard === undefined) return true;
  const g = resolve(machine, guard) as ((args: { context: object; event: DecisionEvent }) => boolean) & { check?: unknown; guards: Guard[]; stateValue: string };
  if (g.check === undefined) return g({ context: {}, event });
  if (g.check === CHECK.stateIn) {
    const node = machine.getStateNodeById(g.stateValue);
    // A region is always active in a parallel machine; a state of one, when the region is in it.
    return node.parent === machine.root || value[r.regionOf.get(node)!] === node.key;
  }
  if (g.check === CHECK.and) return g.guards.every((x) => evaluate(machine, r, x, value, event));
  if (g.check === CHECK.or) return g.guards.some((x) => evaluate(machine, r, x, value, event));
  return !evaluate(machine, r, g.guards[0], value, event);
}
