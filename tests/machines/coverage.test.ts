/**
 * Model-based coverage of the four decision machines: with events drawn from every event type in
 * every representative world (tests/machines/model.ts), every leaf state of every region is
 * reachable, every guarded transition is both taken and refused somewhere reachable, and every named
 * guard of each machine's setup is seen to hold (and its transition taken) and to fail (and its
 * transition refused).
 */
import { describe, expect, it } from 'vitest';
import {
  ROLES,
  activeLeafIds,
  describePath,
  explore,
  guardedTransitions,
  guardHolds,
  leafStateIds,
  takes,
  type Model,
  type Reached,
} from './model.ts';

interface Witness {
  reached: Reached;
  event: string;
}

/**
 * Guarded transitions that no reachable state refuses, with the reason that makes the guard redundant
 * there. Checked exactly: a new unrefusable transition, or one of these becoming refusable, fails.
 */
const UNREFUSABLE: Partial<Record<string, Record<string, string>>> = {
  tokyo: {
    'tokyo.dietApproval.supportPlanRefused --requestSupportPlanApproval--> supportPlanPending [supportDetermined]':
      'a support plan is requested only under a support determination, and lowering below one is closed while the request stands',
    'tokyo.dietApproval.defenceOperationRefused --requestSupportPlanApproval--> supportPlanPending [supportDetermined]':
      'a defence operation is requested only under a force determination, which is also a support determination',
  },
  beijing: {
    'beijing.missileStrikes.onTaiwanOnly --strikeAlliedBases--> alsoOnAlliedBases [campaignUnderWay]':
      'strikes start only during a blockade or invasion, and every way out of those also ends the strikes',
  },
};

/** A transition's source is active when it is an active leaf or an ancestor of one (region-level transitions). */
function isActive(r: { leaves: Set<{ parent?: unknown }> }, node: unknown): boolean {
  for (const leaf of r.leaves) for (let n: { parent?: unknown } | undefined = leaf; n; n = n.parent as typeof n) if (n === node) return true;
  return false;
}

const witness = (w: Witness) => `in ${JSON.stringify(w.reached.value)} (via ${describePath(w.reached)}) on ${w.event}`;

describe.each(ROLES)('%s machine', (role) => {
  const model = (): Model => explore(role);

  it('reaches every leaf state of every region from the initial state', () => {
    const { machine, reached } = model();
    const all = leafStateIds(machine);
    const seen = new Set(reached.flatMap((r) => activeLeafIds(machine, r.value)));
    const missing = all.filter((id) => !seen.has(id));
    expect(missing, `unreachable leaf states of ${role}: ${missing.join(', ')}`).toEqual([]);
    expect([...seen].sort()).toEqual(all);
  });

  it('takes every guarded transition somewhere reachable, and refuses it somewhere else', () => {
    const { machine, reached, eventsOfType } = model();
    const guarded = guardedTransitions(machine);
    expect(guarded.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const g of guarded) {
      let taken: Witness | undefined;
      let refused: Witness | undefined;
      search: for (const r of reached) {
        if (!isActive(r, g.source)) continue;
        for (const event of eventsOfType.get(g.eventType) ?? []) {
          if (takes(machine, r.snapshot, g.transition, event)) taken ??= { reached: r, event: event.label };
          else refused ??= { reached: r, event: event.label };
          if (taken && refused) break search;
        }
      }
      if (!taken) problems.push(`never taken: ${g.name}`);
      if (!refused && !(g.name in (UNREFUSABLE[role] ?? {}))) problems.push(`never refused: ${g.name}`);
      if (refused && g.name in (UNREFUSABLE[role] ?? {})) problems.push(`listed as unrefusable but refused ${witness(refused)}: ${g.name}`);
    }
    for (const name of Object.keys(UNREFUSABLE[role] ?? {})) {
      if (!guarded.some((g) => g.name === name)) problems.push(`listed as unrefusable but no longer in the machine: ${name}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('exercises every named guard both ways: holding with its transition taken, failing with it refused', () => {
    const { machine, reached, eventsOfType } = model();
    const guarded = guardedTransitions(machine);
    const problems: string[] = [];
    const examples: string[] = [];
    for (const name of Object.keys(machine.implementations.guards)) {
      const using = guarded.filter((g) => g.namedGuards.includes(name));
      if (using.length === 0) {
        problems.push(`${name}: no transition uses it`);
        continue;
      }
      let held: Witness | undefined;
      let failed: Witness | undefined;
      search: for (const g of using) {
        for (const r of reached) {
          if (!isActive(r, g.source)) continue;
          for (const event of eventsOfType.get(g.eventType) ?? []) {
            const isTaken = takes(machine, r.snapshot, g.transition, event);
            const holds = guardHolds(machine, name, r.value, event);
            if (isTaken && holds) held ??= { reached: r, event: `${event.label} taking ${g.name}` };
            if (!isTaken && !holds) failed ??= { reached: r, event: `${event.label} refusing ${g.name}` };
            if (held && failed) break search;
          }
        }
      }
      if (!held) problems.push(`${name}: never holds with a transition using it taken`);
      if (!failed) problems.push(`${name}: never fails with a transition using it refused`);
      if (held && failed) examples.push(`${name}\n  holds  ${witness(held)}\n  fails  ${witness(failed)}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
    expect(examples).toHaveLength(Object.keys(machine.implementations.guards).length);
  });
});

describe('the named-guard probe', () => {
  it('agrees with the machine on a directly guarded transition', () => {
    // Sanity check of tests/machines/model.ts: wherever a transition's guard is a bare name, the
    // probe's answer for that name must equal "the machine takes the transition".
    for (const role of ROLES) {
      const { machine, reached, eventsOfType } = explore(role);
      for (const g of guardedTransitions(machine)) {
        if (typeof g.transition.guard !== 'string') continue;
        // Only a first candidate: a later one is also refused when an earlier one is taken.
        if (g.source.transitions.get(g.eventType)?.[0] !== g.transition) continue;
        const name = g.transition.guard;
        for (const r of reached.filter((x) => isActive(x, g.source)).slice(0, 12)) {
          for (const event of eventsOfType.get(g.eventType) ?? []) {
            expect(guardHolds(machine, name, r.value, event), `${g.name} in ${r.key} on ${event.label}`).toBe(
              takes(machine, r.snapshot, g.transition, event),
            );
          }
        }
      }
    }
  });
});
