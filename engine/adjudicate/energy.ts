import type { GameEvent } from '../types.ts';
import type { Step } from './context.ts';
import { round } from './dice.ts';

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
  const i = state.indicators;
  const full = scenario.start.indicators;
  const use = ep.rationedConsumption;
  const share = ep.powerShare;
  // Each fuel by name: read by a fuel that varies, V8's property access took its slowest path.
  const lng = stock(i.lngDays, full.lngDays, rationing ? use.lng : 1, supplyPerDay, days);
  const coal = stock(i.coalDays, full.coalDays, rationing ? use.coal : 1, supplyPerDay, days);
  const oil = stock(i.oilDays, full.oilDays, rationing ? use.oil : 1, supplyPerDay, days);
  const electricityLoss = 0 + share.lng * lng.shortfall + share.coal * coal.shortfall + share.oil * oil.shortfall;
  const changes = { lngDays: round(lng.next, 2), coalDays: round(coal.next, 2), oilDays: round(oil.next, 2), electricityPct: round(100 * (1 - electricityLoss), 1) };
  const events: GameEvent[] = [{ type: 'indicatorsChanged', changes, cause: rationing ? 'energyStocksRationed' : 'energyStocks' }];
  if (lng.next <= 0 && i.lngExhaustedOnDay === null) {
    events.push({ type: 'lngExhausted', day: round(state.day + (lng.net < 0 ? i.lngDays / -lng.net : 0), 1) });
  }
  // Any real cut in energy shipping starts the clock: a quarantine's as well as a blockade's.
  if (flow < 0.9 && state.indicators.interdictionBeganOnDay === null) events.push({ type: 'interdictionBegan', day: state.day });
  return events;
};

/** A fuel's stock after the turn, what it gains or loses a day, and the share of its power lost once it is empty. */
function stock(now: number, cap: number, use: number, supplyPerDay: number, days: number): { next: number; net: number; shortfall: number } {
  const net = supplyPerDay - use;
  const next = Math.min(cap, Math.max(0, now + net * days));
  return { next, net, shortfall: next <= 0 ? Math.max(0, 1 - supplyPerDay / use) : 0 };
}
