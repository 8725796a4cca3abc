import { effectEvent } from './adjudicate/injects.ts';
import { applyEvents } from './applyEvent.ts';
import { boundsOf, describeBounds, withinBounds } from './parameterBounds.ts';
import { escapeOf, firstHidden } from './printable.ts';
import type { AdjudicationParams, Effect, Scenario } from './scenario.ts';
import { err, ok, type BooleanFlag, type GameEvent, type GameState, type NumericForce, type NumericIndicator, type Result } from './types.ts';

/**
 * What the facilitator (the white cell) may do between turns. Each is a command recorded in the
 * replay with its reason, so a class's game replays exactly, interventions included.
 */
export type FacilitatorAction =
  /** Play an inject from the scenario's deck now, with its effects. */
  | { kind: 'inject'; injectId: string }
  /** News written on the spot, with any effects. */
  | { kind: 'customInject'; headline: string; effects: Effect[] }
  /** Override an adjudicated number or fact. */
  | { kind: 'setIndicator'; indicator: NumericIndicator; value: number }
  | { kind: 'setForce'; force: NumericForce; value: number }
  | { kind: 'raiseFlag'; flag: BooleanFlag }
  /** Change an adjudication parameter for the rest of the game, by its path (`shipping.usConvoyGain`). */
  | { kind: 'setParameter'; path: string; value: number };

export interface FacilitatorCommand {
  /** The turn it is given in, before that turn's decisions. */
  turn: number;
  action: FacilitatorAction;
  /** Why: shown in the debrief and kept in the replay. */
  reason: string;
}

/** The number at a parameter path, or undefined if the path does not name one. */
export function parameterAt(params: AdjudicationParams, path: string): number | undefined {
  let v: unknown = params;
  for (const k of path.split('.')) v = v && typeof v === 'object' && Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined;
  return typeof v === 'number' ? v : undefined;
}

/** The scenario with the facilitator's parameter changes applied, as adjudication sees it. */
export function withParameterChanges(scenario: Scenario, changes: Readonly<Record<string, number>>): Scenario {
  const paths = Object.keys(changes);
  if (!paths.length) return scenario;
  const params = structuredClone(scenario.params) as unknown as Record<string, unknown>;
  for (const path of paths) {
    const keys = path.split('.');
    let node = params;
    for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
    node[keys[keys.length - 1]!] = changes[path];
  }
  return { ...scenario, params: params as unknown as AdjudicationParams };
}

/** Text a replay records and a terminal may show: at most `max` characters, nothing hidden (the replay format refuses the same). */
function plainLineProblem(what: string, text: string, max: number): string | null {
  if (text.length > max) return `${what} may be at most ${max} characters`;
  const at = firstHidden(text);
  return at === -1 ? null : `${what} may not contain control or invisible characters (character ${at + 1} is ${escapeOf(String.fromCodePoint(text.codePointAt(at)!))})`;
}

const finite = (x: number, lo: number, hi: number) => Number.isFinite(x) && x >= lo && x <= hi;

/** The events a facilitator command produces, or why it cannot be applied. Draws no dice. */
export function facilitatorEvents(scenario: Scenario, state: GameState, cmd: FacilitatorCommand): Result<GameEvent[]> {
  if (cmd.turn !== state.turn) return err(`the facilitator's command is for turn ${cmd.turn + 1}, but this is turn ${state.turn + 1}`);
  if (!cmd.reason.trim()) return err('a facilitator command needs a reason, for the record and the debrief');
  const badReason = plainLineProblem('the reason', cmd.reason, 1000);
  if (badReason) return err(badReason);
  const a = cmd.action;
  const noted: GameEvent = { type: 'facilitatorAction', action: a, reason: cmd.reason };
  switch (a.kind) {
    case 'inject': {
      const inject = scenario.injects.find((i) => i.id === a.injectId);
      if (!inject) return err(`the scenario has no inject "${a.injectId}"`);
      return ok([noted, { type: 'injectPlayed', id: inject.id, headline: inject.headline }, ...inject.effects.map((e) => effectEvent(e, state, scenario, inject.headline))]);
    }
    case 'customInject': {
      if (!a.headline.trim()) return err('a written inject needs a headline');
      const badHeadline = plainLineProblem('the headline', a.headline, 200);
      if (badHeadline) return err(badHeadline);
      for (const e of a.effects) {
        const bad = 'indicator' in e ? typeof state.indicators[e.indicator] !== 'number' || !finite(e.add, -1e6, 1e6)
          : 'force' in e ? typeof state.forces[e.force] !== 'number' || !finite(e.add, -1e6, 1e6)
          : typeof state.flags[e.raiseFlag] !== 'boolean';
        if (bad) return err(`the inject's effect ${JSON.stringify(e)} names no indicator, force or flag of the game, or is out of range`);
      }
      let s = state;
      const events: GameEvent[] = [noted, { type: 'injectPlayed', id: 'facilitator', headline: a.headline }];
      for (const e of a.effects) {
        const ev = effectEvent(e, s, scenario, a.headline);
        s = applyEvents(s, [ev]);
        events.push(ev);
      }
      return ok(events);
    }
    case 'setIndicator':
      if (!(a.indicator in state.indicators) || typeof state.indicators[a.indicator] !== 'number') return err(`"${a.indicator}" is not an indicator`);
      if (!finite(a.value, 0, 1e6)) return err(`${a.value} is out of range for ${a.indicator}`);
      return ok([noted, { type: 'indicatorsChanged', changes: { [a.indicator]: a.value }, why: `facilitator: ${cmd.reason}` }]);
    case 'setForce':
      if (!(a.force in state.forces) || typeof state.forces[a.force] !== 'number') return err(`"${a.force}" is not a force figure`);
      if (!finite(a.value, 0, 1e6)) return err(`${a.value} is out of range for ${a.force}`);
      return ok([noted, { type: 'forcesChanged', changes: { [a.force]: a.value }, why: `facilitator: ${cmd.reason}` }]);
    case 'raiseFlag':
      if (typeof state.flags[a.flag] !== 'boolean') return err(`"${a.flag}" is not a flag`);
      return ok([noted, { type: 'flagRaised', flag: a.flag, why: `facilitator: ${cmd.reason}` }]);
    case 'setParameter': {
      const current = parameterAt(scenario.params, a.path);
      const bounds = boundsOf(a.path);
      if (current === undefined || !bounds) return err(`"${a.path}" is not a parameter of this scenario`);
      if (!withinBounds(a.value, bounds)) return err(`${a.value} is outside what ${a.path} may be: ${describeBounds(bounds)}`);
      return ok([noted, { type: 'parameterChanged', path: a.path, value: a.value, was: current }]);
    }
  }
}

/** As many as a replay records for one turn: the console and a replay are held to the same cap. */
export const MAX_FACILITATOR_ACTIONS_PER_TURN = 50;

/** Apply the facilitator's commands for this turn, in order; the first that fails stops with its reason. */
export function applyFacilitator(scenario: Scenario, state: GameState, cmds: readonly FacilitatorCommand[]): Result<{ state: GameState; events: GameEvent[] }> {
  if (cmds.length > MAX_FACILITATOR_ACTIONS_PER_TURN) return err(`at most ${MAX_FACILITATOR_ACTIONS_PER_TURN} facilitator actions fit in one turn`);
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
