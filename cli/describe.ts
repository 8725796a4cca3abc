import { printable, region, type GameEvent, type GameState, type Role, type TurnRecord } from '../engine/index.ts';

const ROLE_NAME: Record<Role, string> = { beijing: 'Beijing', taipei: 'Taipei', tokyo: 'Tokyo', washington: 'Washington' };

/** "declareBlockade" -> "declare blockade": decision ids are written in the domain's words. */
export const words = (id: string) => id.replace(/([A-Z])/g, ' $1').toLowerCase();

export function describeTurn(t: TurnRecord, after: GameState): string {
  const decisions = t.commands
    .filter((c) => c.decision !== 'hold')
    .map((c) => `${ROLE_NAME[c.role]} ${words(c.decision)}`);
  const i = after.indicators;
  const happenings = t.events.flatMap((e: GameEvent) => {
    if (e.type === 'machineEvent') return [e.why];
    if (e.type === 'injectPlayed') return [`NEWS: ${e.headline}`];
    if (e.type === 'flagRaised') return [e.why];
    if (e.type === 'portSeized') return [`the PLA seizes the port of ${e.port}`];
    if (e.type === 'lngExhausted') return [`Taiwan's LNG runs out (day ${e.day})`];
    return [];
  });
  const lines = [
    `Turn ${t.turn + 1} (to day ${after.day}): ${decisions.length ? decisions.join('; ') : 'all hold'}`,
    // Headlines and reasons come from the replay's facilitator commands: shown visibly, never raw.
    ...happenings.map((h) => `    - ${printable(h, 300)}`),
    `    shipping ${i.shippingPct}% (energy ${i.energyShippingPct}%), LNG ${i.lngDays} d, coal ${i.coalDays} d, oil ${i.oilDays} d, power ${i.electricityPct}%, escalation ${i.escalation}/10` +
      (i.taiwanTerritoryHeldPct > 0 ? `, PLA holds ${i.taiwanTerritoryHeldPct}% of Taiwan` : '') +
      `; Tokyo: ${words(region(after.tracks.tokyo, 'determination'))}`,
  ];
  return lines.join('\n');
}

export function describeOutcome(s: GameState): string {
  const l = s.indicators;
  const losses = (['prc', 'us', 'japan', 'taiwan'] as const)
    .map((side) => `${side.toUpperCase()} ${l.shipsLost[side]} ships, ${l.aircraftLost[side]} aircraft, ${l.casualties[side]} casualties`)
    .join('; ');
  const ending = s.outcome ? `Outcome after ${s.turn} turns (${s.day} days): ${s.outcome} — ${s.outcomeReason}` : `Not finished: the record stops after ${s.turn} turns (${s.day} days)`;
  return `${ending}\nLosses: ${losses}`;
}
