import { holds } from '../condition.ts';
import type { Effect, Scenario } from '../scenario.ts';
import type { GameEvent, GameState, NumericIndicator } from '../types.ts';
import type { Step } from './context.ts';
import { chance, round } from './dice.ts';

/** The scenario's event deck: each inject whose condition holds is drawn with its probability. */
export const injects: Step = ({ scenario, state, rng }) => {
  const events: GameEvent[] = [];
  for (const inject of scenario.injects) {
    if (inject.once && state.injectsPlayed.includes(inject.id)) continue;
    if (!holds(inject.when, state)) continue;
    const draw = chance(rng, `inject: ${inject.headline}`, inject.probability);
    events.push(draw.event);
    if (!draw.success) continue;
    events.push({ type: 'injectPlayed', id: inject.id, headline: inject.headline });
    for (const effect of inject.effects) events.push(effectEvent(effect, state, scenario, inject.headline));
  }
  return events;
};

// News moves indicators only within their ranges: stocks cannot go below empty or above full storage.
const CEILING: Partial<Record<NumericIndicator, (sc: Scenario) => number>> = {
  lngDays: (sc) => sc.start.indicators.lngDays,
  coalDays: (sc) => sc.start.indicators.coalDays,
  oilDays: (sc) => sc.start.indicators.oilDays,
  escalation: () => 10,
  inboundShipsSent: () => Infinity, inboundShipsLost: () => Infinity, turnsShippingRestored: () => Infinity,
};

export function effectEvent(effect: Effect, state: GameState, scenario: Scenario, why: string): GameEvent {
  if ('indicator' in effect) {
    const k = effect.indicator;
    const ceiling = CEILING[k]?.(scenario) ?? 100;
    const value = Math.min(ceiling, Math.max(0, state.indicators[k] + effect.add));
    return { type: 'indicatorsChanged', changes: { [k]: round(value, 2) }, why };
  }
  if ('force' in effect) {
    return { type: 'forcesChanged', changes: { [effect.force]: round(Math.max(0, state.forces[effect.force] + effect.add), 2) }, why };
  }
  return { type: 'flagRaised', flag: effect.raiseFlag, why };
}
