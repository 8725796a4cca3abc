/**
 * The browser app is minified, which renames functions, and XState's higher-order guards (and, or, not) are
 * functions named after what they do. `explainDecision` once told them apart by name, so in the built app every
 * not(...) and or(...) read as and(...) and the debrief said "no rule of law stood in the way" of an emergency
 * defence operation. Here every guard function of every machine is renamed as a minifier would, and the
 * explanation must still agree with the engine's own answer of what is open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDecisions, type Role } from '../../engine/index.ts';
import { explainDecision } from '../../engine/machines/explain.ts';
import { MACHINES } from '../../engine/machines/index.ts';
import { decisionsOf } from '../../engine/machines/index.ts';
import { allTransitions, explore, FACTS, ROLES, WORLD_NAMES } from './model.ts';

const renamed: { f: object; name: PropertyDescriptor }[] = [];
function rename(guard: unknown, seen: Set<unknown>): void {
  if (typeof guard !== 'function' || seen.has(guard)) return;
  seen.add(guard);
  renamed.push({ f: guard, name: Object.getOwnPropertyDescriptor(guard, 'name')! });
  Object.defineProperty(guard, 'name', { value: 'e', configurable: true });
  for (const g of (guard as { guards?: unknown[] }).guards ?? []) rename(g, seen);
}

describe('decisions explained as the built app explains them', () => {
  beforeAll(() => {
    const seen = new Set<unknown>();
    for (const role of ROLES) {
      const machine = MACHINES[role];
      for (const g of Object.values(machine.implementations.guards)) rename(g, seen);
      for (const t of allTransitions(machine)) rename(t.guard, seen);
    }
    expect(renamed.length).toBeGreaterThan(10);
  });
  afterAll(() => {
    for (const { f, name } of renamed) Object.defineProperty(f, 'name', name);
  });

  for (const role of ROLES as Role[]) {
    it(`${role}: with every guard function renamed, a decision is explained as open exactly when it is open`, () => {
      const DECISIONS = new Set<string>(decisionsOf(role));
      const disagreements: string[] = [];
      // Tokyo reaches about a thousand states: every state of the smaller machines, an even sample of Tokyo's.
      const reached = explore(role).reached;
      const stride = Math.max(1, Math.ceil((reached.length * WORLD_NAMES.length * DECISIONS.size) / 40_000));
      for (const r of reached.filter((_, i) => i % stride === 0)) {
        for (const w of WORLD_NAMES) {
          const open = new Set(openDecisions(role, r.value, FACTS[w]));
          for (const d of explore(role).eventTypes.filter((e) => DECISIONS.has(e))) {
            if (d === 'hold') continue;
            const explained = explainDecision(role, r.value, d, FACTS[w]).open;
            if (explained !== open.has(d)) disagreements.push(`${d} in ${JSON.stringify(r.value)} @${w}: explained ${explained ? 'open' : 'closed'}`);
          }
        }
      }
      expect(disagreements.slice(0, 5), `${disagreements.length} disagreements`).toEqual([]);
    });
  }
});
