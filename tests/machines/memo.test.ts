/**
 * The engine's memoised machine queries (engine/machines/index.ts) against XState itself. Seeded random walks
 * through each machine, in the representative worlds of tests/machines/model.ts: at every step, the open
 * decisions and where every event leads must be what XState says. The memo shares one query among the
 * track values that agree on the regions an event can read, so this checks that reading of the machines as
 * well as the memo's keys; the walks meet values in many orders, so an answer one value left in a shared
 * query is read back by others.
 */
import { describe, expect, it } from 'vitest';
import { createActor, type AnyActorScope, type AnyMachineSnapshot } from 'xstate';
import { advance, MACHINES, openDecisions } from '../../engine/machines/index.ts';
import { seedRng } from '../../engine/rng.ts';
import { DECISIONS, HOLD } from '../../engine/tracks.ts';
import { FACTS, ROLES, WORLD_NAMES } from './model.ts';

const WALKS = 100;
const STEPS = 30;

describe('memoised machine queries', () => {
  for (const role of ROLES) {
    it(`${role}: open decisions and every event's next state are XState's along random walks`, () => {
      const machine = MACHINES[role];
      const events = [...machine.root.events] as string[];
      // An inert scope, as the engine uses: XState's transition() would build an actor per call.
      const self = createActor(machine);
      const none = () => {};
      const scope: AnyActorScope = { self, system: self.system, id: '', sessionId: '', logger: none, defer: none, stopChild: none, emit: none, actionExecutor: none };
      const rng = seedRng(`memo-${role}`);
      const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)]!;
      const seen = new Set<string>();
      // Differences are gathered and compared once: an expect per query would be most of the test's time.
      const wrong: string[] = [];
      for (let walk = 0; walk < WALKS; walk++) {
        let snapshot: AnyMachineSnapshot = machine.resolveState({ value: machine.getInitialSnapshot(scope).value, context: {} });
        for (let step = 0; step < STEPS; step++) {
          const world = pick(WORLD_NAMES);
          const facts = FACTS[world];
          const value = snapshot.value;
          const json = JSON.stringify(value);
          seen.add(json);
          const open = [HOLD, ...DECISIONS[role].filter((type) => snapshot.can({ type, facts }))].join();
          if (openDecisions(role, value as never, facts).join() !== open) wrong.push(`${role} ${json} @${world}: open ${openDecisions(role, value as never, facts).join()}, XState ${open}`);
          const moved: string[] = [];
          for (const type of events) {
            const next = JSON.stringify(machine.transition(snapshot, { type, facts }, scope).value);
            const ours = JSON.stringify(advance(role, value as never, type, facts));
            if (ours !== next) wrong.push(`${role} ${json} --${type}@${world}--> ${ours}, XState ${next}`);
            if (next !== json) moved.push(next);
          }
          if (!moved.length) break;
          snapshot = machine.resolveState({ value: JSON.parse(pick(moved)) as AnyMachineSnapshot['value'], context: {} });
        }
      }
      expect(wrong).toEqual([]);
      // The walks reach well beyond the start (Tokyo's track has thousands of reachable values).
      expect(seen.size).toBeGreaterThan(role === 'tokyo' || role === 'washington' ? 300 : 20);
    }, 60_000);
  }
});
