import type { GameEvent } from '../types.ts';
import type { Step } from './context.ts';
import { round } from './dice.ts';

const FUELS = [
  ['lng', 'lngDays'],
  ['coal', 'coalDays'],
  ['oil', 'oilDays'],
] as const;

/**
 * Taiwan's energy clocks. Stocks are days of normal use; each day burns one (less under rationing)
 * and imports refill what energy shipping brings (97-98% of energy comes by sea, §2.4). Storage is
 * full at the start, so stocks never rise above their starting level.
 */
export const energy: Step = ({ scenario, state }) => {
  const ep = scenario.params.energy;
  const days = scenario.turnDays;
  const rationing = state.tracks.taipei.energy === 'rationing';
  const flow = state.indicators.energyShippingPct / 100;
  const supplyPerDay = flow * ep.importShare + (1 - ep.importShare);
  const events: GameEvent[] = [];
  const changes: Record<string, number> = {};
  let electricityLoss = 0;

  for (const [fuel, key] of FUELS) {
    const use = rationing ? ep.rationedConsumption[fuel] : 1;
    const net = supplyPerDay - use;
    const now = state.indicators[key];
    const cap = scenario.start.indicators[key];
    const next = Math.min(cap, Math.max(0, now + net * days));
    changes[key] = round(next, 2);
    if (next <= 0) electricityLoss += ep.powerShare[fuel] * Math.max(0, 1 - supplyPerDay / use);
    if (fuel === 'lng' && next <= 0 && state.indicators.lngExhaustedOnDay === null) {
      events.push({ type: 'lngExhausted', day: round(state.day + (net < 0 ? now / -net : 0), 1) });
    }
  }
  changes.electricityPct = round(100 * (1 - electricityLoss), 1);
  // Any real cut in energy shipping starts the clock: a quarantine's as well as a blockade's.
  if (flow < 0.9 && state.indicators.interdictionBeganOnDay === null) events.push({ type: 'interdictionBegan', day: state.day });
  events.unshift({ type: 'indicatorsChanged', changes, cause: rationing ? 'energyStocksRationed' : 'energyStocks' });
  return events;
};
