import type { AnyMachineSnapshot, AnyStateMachine, AnyStateNode } from 'xstate';
import type { Role, Track } from '../tracks.ts';
import type { Facts } from '../types.ts';
import { MACHINES } from './index.ts';
import { CHECK } from './plan.ts';

/** A named guard of a machine (a rule in `setup({ guards })`) and whether it held. */
export interface GuardCheck {
  guard: string;
  held: boolean;
}

/**
 * Why a decision is open or closed now, asked of the machine itself, so no screen restates the law:
 * - open: the named guards that held on the transition that would be taken;
 * - already: the role's track is in the state this decision leads to;
 * - notFromHere: the decision is a step from other states of the region;
 * - guards: the named guards that did not hold.
 */
export type Openness =
  | { open: true; held: GuardCheck[] }
  | { open: false; why: 'already' | 'notFromHere'; region: string; state: string }
  | { open: false; why: 'guards'; failed: GuardCheck[] };

// A guard as xstate keeps it on a transition: a name, a parameterised name, or a higher-order guard
// made by and/or/not/stateIn (functions carrying `check` with `guards` or `stateValue`).
type GuardRef = string | { type: string } | (((...args: never[]) => unknown) & { guards?: GuardRef[]; stateValue?: unknown; check?: unknown });

interface Scope {
  machine: AnyStateMachine;
  snapshot: AnyMachineSnapshot;
  event: { type: string; facts: Facts };
}

/** Evaluate a guard; record every named guard met on the way (and/or/not are looked through). */
function evaluate(g: GuardRef, scope: Scope, checks: GuardCheck[]): boolean {
  if (typeof g === 'string' || (typeof g === 'object' && 'type' in g)) {
    const name = typeof g === 'string' ? g : g.type;
    const impl = scope.machine.implementations.guards[name] as GuardRef | undefined;
    if (!impl) throw new Error(`guard "${name}" is not implemented`);
    const held = evaluate(impl, scope, []);
    checks.push({ guard: name, held });
    return held;
  }
  if (g.stateValue !== undefined) {
    // stateIn('#machine.region.state') names a state node by id; anything else is a state value.
    const v = g.stateValue;
    if (typeof v === 'string' && v.startsWith('#')) return (scope.snapshot._nodes as AnyStateNode[]).some((n) => n.id === v.slice(1));
    return scope.snapshot.matches(v as never);
  }
  if (g.guards) {
    const parts = g.guards.map((x) => evaluate(x, scope, checks));
    // Told apart by XState's check functions, not by name: a minifying build renames functions, and the browser app
    // then read every not(...) and or(...) as and(...), so its debrief said "no rule of law stood in the way".
    if (g.check === CHECK.not) return !parts[0];
    if (g.check === CHECK.or) return parts.some(Boolean);
    return parts.every(Boolean);
  }
  return Boolean((g as (args: unknown) => unknown)({ context: scope.snapshot.context, event: scope.event }));
}

/** The active state nodes and their ancestors: every node whose transitions could take the event. */
function activeNodes(snapshot: AnyMachineSnapshot): AnyStateNode[] {
  const seen = new Set<AnyStateNode>();
  for (const node of snapshot._nodes as AnyStateNode[]) for (let n: AnyStateNode | undefined = node; n; n = n.parent) seen.add(n);
  return [...seen];
}

/** Ask the machine why `decision` is open or closed for a role whose track stands at `value`, given the facts. */
export function explainDecision<R extends Role>(role: R, value: Track<R>, decision: string, facts: Facts): Openness {
  const machine: AnyStateMachine = MACHINES[role];
  const snapshot = machine.resolveState({ value: value as Record<string, string>, context: {} });
  const scope: Scope = { machine, snapshot, event: { type: decision, facts } };
  const failed: GuardCheck[] = [];
  const held: GuardCheck[] = [];
  let candidates = 0;
  let open = false;
  const add = (list: GuardCheck[], checks: GuardCheck[]) => list.push(...checks.filter((c) => !list.some((x) => x.guard === c.guard)));
  for (const node of activeNodes(snapshot)) {
    // A node takes the first of its transitions for the event whose guard holds; each region answers on its own.
    for (const t of node.transitions.get(decision) ?? []) {
      candidates++;
      const checks: GuardCheck[] = [];
      if (!t.guard || evaluate(t.guard as GuardRef, scope, checks)) {
        open = true;
        add(held, checks.filter((c) => c.held));
        break;
      }
      add(failed, checks.filter((c) => !c.held));
    }
  }
  if (open) return { open: true, held };
  if (candidates > 0) return { open: false, why: 'guards', failed };
  // No state the track is in knows this decision: say where the track stands in the region that does.
  const current = value as Record<string, string>;
  for (const [region, node] of Object.entries(machine.root.states as Record<string, AnyStateNode>)) {
    const leadsHere = Object.values(node.states as Record<string, AnyStateNode>).flatMap((s) => s.transitions.get(decision) ?? []);
    if (!leadsHere.length) continue;
    const state = current[region]!;
    const already = leadsHere.some((t) => (t.target ?? []).some((target: AnyStateNode) => target.key === state && target.parent === node));
    return { open: false, why: already ? 'already' : 'notFromHere', region, state };
  }
  return { open: false, why: 'guards', failed };
}
