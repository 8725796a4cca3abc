import type { Indicators } from '../../../engine/index.ts';

const num = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 1 });
const sum = (x: Record<string, number>) => Object.values(x).reduce((a, b) => a + b, 0);

/** The key indicators compared at the end, as label and value per game. */
export const KEY_INDICATORS: { label: string; value: (i: Indicators) => string }[] = [
  { label: 'LNG left (days)', value: (i) => num(i.lngDays) },
  { label: 'Coal left (days)', value: (i) => num(i.coalDays) },
  { label: 'Oil left (days)', value: (i) => num(i.oilDays) },
  { label: 'Electricity (% of demand)', value: (i) => num(i.electricityPct) },
  { label: 'Shipping reaching Taiwan (%)', value: (i) => num(i.shippingPct) },
  { label: 'Escalation (0-10)', value: (i) => num(i.escalation) },
  { label: 'Casualties, all sides', value: (i) => num(sum(i.casualties)) },
  { label: 'Ships and aircraft lost, all sides', value: (i) => num(sum(i.shipsLost) + sum(i.aircraftLost)) },
  { label: 'Share of Taiwan held by the PLA (%)', value: (i) => num(i.taiwanTerritoryHeldPct) },
  { label: 'Alliance credibility (0-100)', value: (i) => num(i.allianceCredibility) },
  { label: "Taiwan's GDP impact (%)", value: (i) => num(i.gdpImpactPct.taiwan) },
];

