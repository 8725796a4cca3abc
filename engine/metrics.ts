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

// The metrics' names, spelt once rather than once a game.
const SIDE_KEYS = SIDES.map((side) => [side, `shipsLost.${side}`, `aircraftLost.${side}`, `casualties.${side}`] as const);
const ECONOMY_KEYS = ECONOMIES.map((e) => [e, `gdpImpactPct.${e}`] as const);

/** The per-game figures a batch reports and calibration compares. Null where a metric does not apply. */
export function gameMetrics(s: GameState): Record<string, number | null> {
  const i = s.indicators;
  const m: Record<string, number | null> = {};
  for (const [side, ships, aircraft, casualties] of SIDE_KEYS) {
    m[ships] = i.shipsLost[side];
    m[aircraft] = i.aircraftLost[side];
    m[casualties] = i.casualties[side];
  }
  m.inboundShipsLostPct = i.inboundShipsSent > 0 ? (100 * i.inboundShipsLost) / i.inboundShipsSent : null;
  // The LNG clock runs from the first day energy shipping was cut; it does not apply where it never was.
  const began = i.interdictionBeganOnDay;
  m.lngDaysToExhaustion =
    i.lngExhaustedOnDay !== null && began !== null && i.lngExhaustedOnDay >= began ? i.lngExhaustedOnDay - began : null;
  m.taiwanTerritoryHeldPct = i.taiwanTerritoryHeldPct;
  for (const [e, key] of ECONOMY_KEYS) m[key] = i.gdpImpactPct[e];
  // Where the alliance and opinion stand at the end: what the crisis did to the alliance, whoever "won" it.
  m.allianceCredibility = i.allianceCredibility;
  m.japanPublicSupport = i.japanPublicSupport;
  m.congressSupport = i.congressSupport;
  m.taiwanResolve = i.taiwanResolve;
  m.japanAttacked = s.flags.japanAttacked ? 1 : 0;
  m.usForcesAttacked = s.flags.usForcesAttacked ? 1 : 0;
  m.generalWar = s.flags.generalWar ? 1 : 0;
  m.nuclearUse = s.flags.nuclearUse ? 1 : 0;
  // Where a running invasion stood at the checkpoint: +1 toward Beijing, -1 toward Taiwan (null: judged by its ending).
  m.checkpointTrend = s.checkpoint ? (s.checkpoint.trend === 'towardBeijing' ? 1 : -1) : null;
  m.turns = s.turn;
  return m;
}
