import { region, type GameState, type Scenario } from '../../../engine/index.ts';
import { h } from '../dom.ts';
import { words } from '../narrate.ts';

const fmt = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 1 });

function gauge(label: string, value: number, full: number, unit: string): HTMLElement {
  const pct = full > 0 ? Math.max(0, Math.min(100, (100 * value) / full)) : 0;
  return h('div', { class: 'gauge' },
    h('span', { class: 'gauge-label' }, label),
    h('meter', { min: 0, max: full, low: full * 0.25, high: full * 0.6, optimum: full, value, 'aria-label': `${label}: ${fmt(value)} ${unit}` }),
    h('span', { class: 'gauge-value' }, `${fmt(value)} ${unit}`, pct <= 0 ? ' (out)' : ''),
  );
}

/** The numbers a teacher points at, grouped: energy, shipping, fighting, politics, economy. */
export function indicatorsPanel(state: GameState, scenario: Scenario): HTMLElement {
  const i = state.indicators;
  const s = scenario.start.indicators;
  const losses = (['prc', 'us', 'japan', 'taiwan'] as const).map((side) =>
    h('tr', {}, h('th', { scope: 'row' }, { prc: 'China', us: 'US', japan: 'Japan', taiwan: 'Taiwan' }[side]),
      h('td', {}, fmt(i.shipsLost[side])), h('td', {}, fmt(i.aircraftLost[side])), h('td', {}, fmt(i.casualties[side]))));
  return h('section', { class: 'indicators', 'aria-label': 'Indicators' },
    h('h3', {}, "Taiwan's energy"),
    gauge('LNG', i.lngDays, s.lngDays, 'days'),
    gauge('Coal', i.coalDays, s.coalDays, 'days'),
    gauge('Oil', i.oilDays, s.oilDays, 'days'),
    h('p', {}, `Electricity: ${fmt(i.electricityPct)}% of demand`),
    h('h3', {}, 'Shipping'),
    h('p', {}, `Reaching Taiwan: ${fmt(i.shippingPct)}% of normal (energy cargoes ${fmt(i.energyShippingPct)}%). Inbound ships lost: ${fmt(i.inboundShipsLost)} of ${fmt(i.inboundShipsSent)}.`),
    h('h3', {}, 'Escalation and fighting'),
    h('p', {}, `Escalation ${i.escalation} of 10`, i.taiwanTerritoryHeldPct > 0 ? ` · PLA holds ${fmt(i.taiwanTerritoryHeldPct)}% of Taiwan` : ''),
    h('table', { class: 'losses' },
      h('caption', {}, 'Losses so far'),
      h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', { scope: 'col' }, 'Ships'), h('th', { scope: 'col' }, 'Aircraft'), h('th', { scope: 'col' }, 'Casualties'))),
      h('tbody', {}, losses)),
    h('h3', {}, 'Tokyo and the alliance'),
    h('p', {}, `Legal determination: ${words(region(state.tracks.tokyo, 'determination'))}. Diet approval: ${words(region(state.tracks.tokyo, 'dietApproval'))}.`),
    h('p', {}, `Public support ${fmt(i.japanPublicSupport)}% · Diet support ${fmt(i.dietSupport)}% · Alliance credibility ${fmt(i.allianceCredibility)}/100`),
    h('h3', {}, 'Economic impact so far (% of GDP)'),
    h('p', {}, `Taiwan ${fmt(i.gdpImpactPct.taiwan)} · China ${fmt(i.gdpImpactPct.china)} · Japan ${fmt(i.gdpImpactPct.japan)} · US ${fmt(i.gdpImpactPct.us)} · World ${fmt(i.gdpImpactPct.world)}`),
  );
}
