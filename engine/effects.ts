import type { Scenario } from './scenario.ts';
import { round } from './adjudicate/dice.ts';
import { ATTACK_FLAG, type AttackTarget, type BooleanFlag, type Effect, type GameEvent, type GameState, type NumericForce, type NumericIndicator } from './types.ts';

/** Where an effect came from: an inject of the deck (by id) or the facilitator. */
export type EffectSource = { cause: 'inject'; inject: string } | { cause: 'facilitator' };

/**
 * Indicators the turn works out afresh from the tracks (shipping from Beijing's measures and the
 * escorts, power from the stocks): a change to one would not outlast the turn, so news and overrides
 * may not set them. Escalation carries over from turn to turn, so news may raise it.
 */
export const RECOMPUTED_EACH_TURN: readonly NumericIndicator[] = ['shippingPct', 'energyShippingPct', 'electricityPct'];

// News moves indicators only within their ranges: stocks cannot go below empty or above full storage.
const CEILING: Partial<Record<NumericIndicator, (sc: Scenario) => number>> = {
  lngDays: (sc) => sc.start.indicators.lngDays,
  coalDays: (sc) => sc.start.indicators.coalDays,
  oilDays: (sc) => sc.start.indicators.oilDays,
  inboundShipsSent: () => 1e6, inboundShipsLost: () => 1e6, turnsShippingRestored: () => 1e6,
  escalation: () => 10,
};

/** The highest value an indicator can take: a stock's full storage, 10 for escalation, 100 for a percentage. */
export const indicatorCeiling = (k: NumericIndicator, scenario: Scenario): number => CEILING[k]?.(scenario) ?? 100;

// Forces counted as a share of their start cannot exceed it.
const FORCE_CEILING: Partial<Record<NumericForce, number>> = { amphibiousFleetPct: 100, plaSupplyPct: 100, usStrikeCapacityPct: 100, alliedBasesDamagePct: 100 };

/** The event an inject's or the facilitator's effect produces, clamped to the indicator's range. */
export function effectEvent(effect: Effect, state: GameState, scenario: Scenario, source: EffectSource): GameEvent {
  if ('indicator' in effect) {
    const k = effect.indicator;
    const ceiling = indicatorCeiling(k, scenario);
    const value = Math.min(ceiling, Math.max(0, state.indicators[k] + effect.add));
    return { type: 'indicatorsChanged', changes: oneChange(k, round(value, 2)), ...source };
  }
  if ('force' in effect) {
    const k = effect.force;
    const value = Math.min(FORCE_CEILING[k] ?? Infinity, Math.max(0, state.forces[k] + effect.add));
    return { type: 'forcesChanged', changes: oneChange(k, round(value, 2)), ...source };
  }
  return raisedFlagEvent(effect.raiseFlag, source);
}

// One object per name to copy: a literal with a computed name ({ [k]: v }) is made through V8's runtime, slowly,
// each time (news is applied every turn of every game).
const ONE_CHANGE = new Map<string, Record<string, number>>();

/** `{ [k]: value }`, made by copying a shape already built for `k`. */
function oneChange<K extends string>(k: K, value: number): Partial<Record<K, number>> {
  let shape = ONE_CHANGE.get(k);
  if (!shape) ONE_CHANGE.set(k, (shape = { [k]: 0 }));
  const changes: Record<string, number> = { ...shape };
  changes[k] = value;
  return changes as Partial<Record<K, number>>;
}

/** The flags that record an attack: raising one is an armed attack that keeps the law's "attack under way" alive. */
const ATTACK_OF = Object.fromEntries(Object.entries(ATTACK_FLAG).map(([target, flag]) => [flag, target])) as Partial<Record<BooleanFlag, AttackTarget>>;

/** The event that raises a flag: an armed attack for the attack flags, a plain fact otherwise. */
export function raisedFlagEvent(flag: BooleanFlag, source: EffectSource): GameEvent {
  const target = ATTACK_OF[flag];
  return target ? { type: 'armedAttack', target, ...source } : { type: 'flagRaised', flag, ...source };
}
