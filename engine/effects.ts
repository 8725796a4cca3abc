import type { Scenario } from './scenario.ts';
import { round } from './adjudicate/dice.ts';
import type { AttackTarget, BooleanFlag, Effect, GameEvent, GameState, NumericForce, NumericIndicator } from './types.ts';

/** Where an effect came from: an inject of the deck (by id) or the facilitator. */
export type EffectSource = { cause: 'inject'; inject: string } | { cause: 'facilitator' };

/**
 * Indicators the turn works out afresh from the tracks (shipping from Beijing's measures and the
 * escorts, power from the stocks, escalation from the ladder): a change to one would not outlast the
 * turn, so news and overrides may not set them.
 */
export const RECOMPUTED_EACH_TURN: readonly NumericIndicator[] = ['shippingPct', 'energyShippingPct', 'electricityPct', 'escalation'];

// News moves indicators only within their ranges: stocks cannot go below empty or above full storage.
const CEILING: Partial<Record<NumericIndicator, (sc: Scenario) => number>> = {
  lngDays: (sc) => sc.start.indicators.lngDays,
  coalDays: (sc) => sc.start.indicators.coalDays,
  oilDays: (sc) => sc.start.indicators.oilDays,
  inboundShipsSent: () => Infinity, inboundShipsLost: () => Infinity, turnsShippingRestored: () => Infinity,
};

// Forces counted as a share of their start cannot exceed it.
const FORCE_CEILING: Partial<Record<NumericForce, number>> = { amphibiousFleetPct: 100, plaSupplyPct: 100, usStrikeCapacityPct: 100, alliedBasesDamagePct: 100 };

/** The event an inject's or the facilitator's effect produces, clamped to the indicator's range. */
export function effectEvent(effect: Effect, state: GameState, scenario: Scenario, source: EffectSource): GameEvent {
  if ('indicator' in effect) {
    const k = effect.indicator;
    const ceiling = CEILING[k]?.(scenario) ?? 100;
    const value = Math.min(ceiling, Math.max(0, state.indicators[k] + effect.add));
    return { type: 'indicatorsChanged', changes: { [k]: round(value, 2) }, ...source };
  }
  if ('force' in effect) {
    const k = effect.force;
    const value = Math.min(FORCE_CEILING[k] ?? Infinity, Math.max(0, state.forces[k] + effect.add));
    return { type: 'forcesChanged', changes: { [k]: round(value, 2) }, ...source };
  }
  return raisedFlagEvent(effect.raiseFlag, source);
}

/** The flags that record an attack: raising one is an armed attack that keeps the law's "attack under way" alive. */
const ATTACK_OF: Partial<Record<BooleanFlag, AttackTarget>> = {
  usForcesAttacked: 'usForces', japanAttacked: 'japan', taiwanAttacked: 'taiwan', japaneseShipsAttacked: 'japaneseShips',
};

/** The event that raises a flag: an armed attack for the attack flags, a plain fact otherwise. */
export function raisedFlagEvent(flag: BooleanFlag, source: EffectSource): GameEvent {
  const target = ATTACK_OF[flag];
  return target ? { type: 'armedAttack', target, ...source } : { type: 'flagRaised', flag, ...source };
}
