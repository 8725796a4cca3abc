import { ECONOMIES, SIDES, type GameState } from './types.ts';

/** The per-game figures a batch reports and calibration compares. Null where a metric does not apply. */
export function gameMetrics(s: GameState): Record<string, number | null> {
  const i = s.indicators;
  const m: Record<string, number | null> = {};
  for (const side of SIDES) {
    m[`shipsLost.${side}`] = i.shipsLost[side];
    m[`aircraftLost.${side}`] = i.aircraftLost[side];
    m[`casualties.${side}`] = i.casualties[side];
  }
  m.inboundShipsLostPct = i.inboundShipsSent > 0 ? (100 * i.inboundShipsLost) / i.inboundShipsSent : null;
  m.lngDaysToExhaustion =
    i.lngExhaustedOnDay !== null ? i.lngExhaustedOnDay - (i.interdictionBeganOnDay ?? 0) : null;
  m.taiwanTerritoryHeldPct = i.taiwanTerritoryHeldPct;
  for (const e of ECONOMIES) m[`gdpImpactPct.${e}`] = i.gdpImpactPct[e];
  m.generalWar = s.flags.generalWar ? 1 : 0;
  m.nuclearUse = s.flags.nuclearUse ? 1 : 0;
  m.turns = s.turn;
  return m;
}
