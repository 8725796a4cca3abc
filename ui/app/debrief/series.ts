import { SIDES, type GameState, type Side } from '../../../engine/index.ts';
import { language, t } from '../../../scenarios/words/words.ts';

// The indicators over the game, as long-form rows for charts and tables: one row per state (the
// start and after every turn), x = the day.

export interface Point {
  day: number;
  turn: number;
  series: string;
  value: number;
}

export interface Series {
  energy: Point[];
  shipping: Point[];
  casualties: Point[];
  shipsAndAircraft: Point[];
  escalation: Point[];
  /** Sides that lost anything, in the order of SIDES. */
  sidesWithLosses: Side[];
}

export const FUEL_NAME = { lngDays: 'LNG', coalDays: 'Coal', oilDays: 'Oil' } as const;
/** A fuel's and a side's name on the charts (series names are what the charts' legends show). */
export const fuelName = (k: keyof typeof FUEL_NAME): string => t(`ui.charts.fuel.${k}`);
export const sideLabel = (side: Side): string => t(`ui.charts.side.${side}`);
export const shippingName = (k: 'all' | 'energy'): string => t(`ui.charts.shipping.${k}`);

export function seriesOf(states: readonly GameState[]): Series {
  const s: Series = { energy: [], shipping: [], casualties: [], shipsAndAircraft: [], escalation: [], sidesWithLosses: [] };
  for (const st of states) {
    const i = st.indicators;
    const at = { day: st.day, turn: st.turn };
    for (const k of Object.keys(FUEL_NAME) as (keyof typeof FUEL_NAME)[]) s.energy.push({ ...at, series: fuelName(k), value: i[k] });
    s.shipping.push({ ...at, series: shippingName('all'), value: i.shippingPct });
    s.shipping.push({ ...at, series: shippingName('energy'), value: i.energyShippingPct });
    for (const side of SIDES) {
      s.casualties.push({ ...at, series: sideLabel(side), value: i.casualties[side] });
      s.shipsAndAircraft.push({ ...at, series: sideLabel(side), value: i.shipsLost[side] + i.aircraftLost[side] });
    }
    s.escalation.push({ ...at, series: t('ui.charts.escalation'), value: i.escalation });
  }
  const last = states[states.length - 1];
  if (last) {
    const l = last.indicators;
    s.sidesWithLosses = SIDES.filter((side) => l.casualties[side] + l.shipsLost[side] + l.aircraftLost[side] > 0);
  }
  return s;
}

/** The indicators turn by turn, as a table (for the exports and anyone who reads tables, not charts). */
export const indicatorColumns = (): string[] => ['turn', 'day', 'lng', 'coal', 'oil', 'electricity', 'shipping', 'escalation', 'casualties'].map((c) => t(`ui.export.column.${c}`));

export function indicatorRows(states: readonly GameState[]): string[][] {
  const n = (x: number) => x.toLocaleString(language(), { maximumFractionDigits: 1 });
  return states.map((st) => {
    const i = st.indicators;
    const c = i.casualties;
    return [st.turn === 0 ? t('ui.export.start') : t('ui.export.after', { turn: st.turn }), n(st.day), n(i.lngDays), n(i.coalDays), n(i.oilDays), n(i.electricityPct), n(i.shippingPct), n(i.escalation), n(c.prc + c.us + c.japan + c.taiwan)];
  });
}
