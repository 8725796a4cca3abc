import { ECONOMIES, SIDES, type GameState, type Outcome } from './types.ts';

/** A game's verdict: its ending, or the trend of a stalemate still running at the checkpoint. */
export type Verdict = Outcome | 'stalemateTowardTaiwan' | 'stalemateTowardBeijing';

/**
 * How a game is judged the way the published games were: a game still running at the checkpoint is a stalemate
 * trending one way (whatever the model extrapolates after it); any other by its ending.
 */
export function verdictAtCheckpoint(outcome: Outcome, checkpointTrend: number | null | undefined): Verdict {
  if (checkpointTrend === 1) return 'stalemateTowardBeijing';
  if (checkpointTrend === -1) return 'stalemateTowardTaiwan';
  return outcome;
}

/** The per-game figures a batch reports and calibration compares, by name, in the order `metricValues` gives them. */
export const METRIC_NAMES: readonly string[] = [
  ...SIDES.flatMap((side) => [`shipsLost.${side}`, `aircraftLost.${side}`, `casualties.${side}`]),
  'inboundShipsLostPct', 'lngDaysToExhaustion', 'taiwanTerritoryHeldPct',
  ...ECONOMIES.map((e) => `gdpImpactPct.${e}`),
  'allianceCredibility', 'japanPublicSupport', 'congressSupport', 'taiwanResolve',
  'japanAttacked', 'usForcesAttacked', 'generalWar', 'nuclearUse', 'checkpointTrend', 'turns',
];

/**
 * A game's figures in METRIC_NAMES' order, null where one does not apply: a list, since a batch keeps them as
 * columns and an object of three dozen names added one by one became a slow dictionary once a game.
 */
export function metricValues(s: GameState): (number | null)[] {
  const i = s.indicators;
  const v: (number | null)[] = [];
  for (const side of SIDES) v.push(i.shipsLost[side], i.aircraftLost[side], i.casualties[side]);
  // The LNG clock runs from the first day energy shipping was cut; it does not apply where it never was.
  const began = i.interdictionBeganOnDay;
  v.push(
    i.inboundShipsSent > 0 ? (100 * i.inboundShipsLost) / i.inboundShipsSent : null,
    i.lngExhaustedOnDay !== null && began !== null && i.lngExhaustedOnDay >= began ? i.lngExhaustedOnDay - began : null,
    i.taiwanTerritoryHeldPct,
  );
  for (const e of ECONOMIES) v.push(i.gdpImpactPct[e]);
  v.push(
    // Where the alliance and opinion stand at the end: what the crisis did to the alliance, whoever "won" it.
    i.allianceCredibility, i.japanPublicSupport, i.congressSupport, i.taiwanResolve,
    s.flags.japanAttacked ? 1 : 0, s.flags.usForcesAttacked ? 1 : 0, s.flags.generalWar ? 1 : 0, s.flags.nuclearUse ? 1 : 0,
    // Where a running invasion stood at the checkpoint: +1 toward Beijing, -1 toward Taiwan (null: judged by its ending).
    s.checkpoint ? (s.checkpoint.trend === 'towardBeijing' ? 1 : -1) : null,
    s.turn,
  );
  return v;
}

/** The per-game figures by name. Null where a metric does not apply. */
export function gameMetrics(s: GameState): Record<string, number | null> {
  const v = metricValues(s);
  return Object.fromEntries(METRIC_NAMES.map((name, j) => [name, v[j]!]));
}
