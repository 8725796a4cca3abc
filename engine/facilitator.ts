import { applyEvents } from './applyEvent.ts';
import { effectEvent, indicatorCeiling, raisedFlagEvent, RECOMPUTED_EACH_TURN } from './effects.ts';
import { boundsOf, withinBounds } from './parameterBounds.ts';
import { parameterAt, withParameterChanges } from './parameters.ts';
import { plainLineRefusal } from './printable.ts';
import type { Scenario } from './scenario.ts';
import { err, ok, type Effect, type FacilitatorCommand, type GameEvent, type GameState, type Refusal, type Result } from './types.ts';

/** At most this many facilitator commands in one turn (as many as a replay records): the console and a replay are held to the same cap. */
export const MAX_FACILITATOR_ACTIONS = 50;


const inRange = (x: number, lo: number, hi: number) => Number.isFinite(x) && x >= lo && x <= hi;
const outOfRange = (name: string, value: number, min: number, max: number): Refusal => ({ code: 'outOfRange', name, value, min, max });

/** Why an inject's effect cannot be applied to this game, or null if it can. */
function effectRefusal(e: Effect, state: GameState): Refusal | null {
  if ('indicator' in e) {
    if (typeof state.indicators[e.indicator] !== 'number') return { code: 'notAnIndicator', name: String(e.indicator) };
    if (RECOMPUTED_EACH_TURN.includes(e.indicator)) return { code: 'recomputedEachTurn', indicator: e.indicator };
    return inRange(e.add, -1e6, 1e6) ? null : outOfRange(e.indicator, e.add, -1e6, 1e6);
  }
  if ('force' in e) {
    if (typeof state.forces[e.force] !== 'number') return { code: 'notAForce', name: String(e.force) };
    return inRange(e.add, -1e6, 1e6) ? null : outOfRange(e.force, e.add, -1e6, 1e6);
  }
  return typeof state.flags[e.raiseFlag] === 'boolean' ? null : { code: 'notAFlag', name: String(e.raiseFlag) };
}

/** The events a facilitator command produces, or why it cannot be applied. Draws no dice. */
export function facilitatorEvents(scenario: Scenario, state: GameState, cmd: FacilitatorCommand): Result<GameEvent[], Refusal> {
  if (cmd.turn !== state.turn) return err({ code: 'wrongTurn', role: 'facilitator', given: cmd.turn, turn: state.turn });
  if (!cmd.reason.trim()) return err({ code: 'reasonNeeded' });
  const badReason = plainLineRefusal('reason', cmd.reason, 1000);
  if (badReason) return err(badReason);
  const a = cmd.action;
  const noted: GameEvent = { type: 'facilitatorAction', action: a, reason: cmd.reason };
  switch (a.kind) {
    case 'inject': {
      const inject = scenario.injects.find((i) => i.id === a.injectId);
      if (!inject) return err({ code: 'noSuchInject', inject: a.injectId });
      return ok([noted, { type: 'injectPlayed', id: inject.id }, ...inject.effects.map((e) => effectEvent(e, state, scenario, { cause: 'inject', inject: inject.id }))]);
    }
    case 'customInject': {
      if (!a.headline.trim()) return err({ code: 'headlineNeeded' });
      const badHeadline = plainLineRefusal('headline', a.headline, 200);
      if (badHeadline) return err(badHeadline);
      for (const e of a.effects) {
        const refusal = effectRefusal(e, state);
        if (refusal) return err(refusal);
      }
      let s = state;
      const events: GameEvent[] = [noted, { type: 'injectPlayed', id: 'facilitator', headline: a.headline }];
      for (const e of a.effects) {
        const ev = effectEvent(e, s, scenario, { cause: 'facilitator' });
        s = applyEvents(s, [ev]);
        events.push(ev);
      }
      return ok(events);
    }
    case 'setIndicator':
      if (!(a.indicator in state.indicators) || typeof state.indicators[a.indicator] !== 'number') return err({ code: 'notAnIndicator', name: String(a.indicator) });
      if (RECOMPUTED_EACH_TURN.includes(a.indicator)) return err({ code: 'recomputedEachTurn', indicator: a.indicator });
      if (!inRange(a.value, 0, indicatorCeiling(a.indicator, scenario))) return err(outOfRange(a.indicator, a.value, 0, indicatorCeiling(a.indicator, scenario)));
      return ok([noted, { type: 'indicatorsChanged', changes: { [a.indicator]: a.value }, cause: 'facilitator' }]);
    case 'setForce':
      if (!(a.force in state.forces) || typeof state.forces[a.force] !== 'number') return err({ code: 'notAForce', name: String(a.force) });
      if (!inRange(a.value, 0, 1e6)) return err(outOfRange(a.force, a.value, 0, 1e6));
      return ok([noted, { type: 'forcesChanged', changes: { [a.force]: a.value }, cause: 'facilitator' }]);
    case 'raiseFlag':
      if (typeof state.flags[a.flag] !== 'boolean') return err({ code: 'notAFlag', name: String(a.flag) });
      return ok([noted, raisedFlagEvent(a.flag, { cause: 'facilitator' })]);
    case 'setParameter': {
      const current = parameterAt(scenario.params, a.path);
      const bounds = boundsOf(a.path);
      if (current === undefined || !bounds) return err({ code: 'notAParameter', path: a.path });
      // The engine holds the bounds (engine/parameterBounds.ts), so a replay cannot carry what the console refuses.
      if (!withinBounds(a.value, bounds)) return err({ ...outOfRange(a.path, a.value, bounds.min, bounds.max), ...(bounds.integer ? { integer: true } : {}) });
      return ok([noted, { type: 'parameterChanged', path: a.path, value: a.value, was: current }]);
    }
  }
}

/** Apply the facilitator's commands for this turn, in order; the first that fails stops with its reason. */
export function applyFacilitator(scenario: Scenario, state: GameState, cmds: readonly FacilitatorCommand[]): Result<{ state: GameState; events: GameEvent[] }, Refusal> {
  if (cmds.length > MAX_FACILITATOR_ACTIONS) return err({ code: 'tooManyFacilitatorActions', max: MAX_FACILITATOR_ACTIONS });
  let s = state;
  const events: GameEvent[] = [];
  for (const c of cmds) {
    const r = facilitatorEvents(withParameterChanges(scenario, s.paramOverrides), s, c);
    if (!r.ok) return r;
    s = applyEvents(s, r.value);
    events.push(...r.value);
  }
  return ok({ state: s, events });
}
