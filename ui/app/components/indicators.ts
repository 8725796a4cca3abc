import { ECONOMIES, SIDES, type GameState, type NumericIndicator, type Scenario } from '../../../engine/index.ts';
import { economyName, indicatorName, indicatorValue, num, regionName, sentenceGap, sideShort, stateName, t, withStop } from '../../../scenarios/words/words.ts';
import { h } from '../dom.ts';

function gauge(k: NumericIndicator, value: number, full: number): HTMLElement {
  const label = indicatorName(k);
  const text = indicatorValue(k, value);
  return h('div', { class: 'gauge' },
    h('span', { class: 'gauge-label' }, label),
    h('meter', { min: 0, max: full, low: full * 0.25, high: full * 0.6, optimum: full, value, 'aria-label': t('scorecard.figure', { name: label, value: text }) }),
    h('span', { class: 'gauge-value' }, text, value <= 0 ? ` (${t('ui.out')})` : ''),
  );
}

const line = (k: NumericIndicator, s: GameState) => t('scorecard.figure', { name: indicatorName(k), value: indicatorValue(k, s.indicators[k]) });

/** The numbers a teacher points at, grouped: energy, shipping, fighting, politics, economy. */
export function indicatorsPanel(state: GameState, scenario: Scenario): HTMLElement {
  const i = state.indicators;
  const s = scenario.start.indicators;
  const tokyo = state.tracks.tokyo;
  const losses = SIDES.map((side) =>
    h('tr', {}, h('th', { scope: 'row' }, sideShort(side)),
      h('td', {}, num(i.shipsLost[side])), h('td', {}, num(i.aircraftLost[side])), h('td', {}, num(i.casualties[side]))));
  return h('section', { class: 'indicators', 'aria-label': t('ui.indicators') },
    h('h3', {}, t('ui.taiwansEnergy')),
    gauge('lngDays', i.lngDays, s.lngDays),
    gauge('coalDays', i.coalDays, s.coalDays),
    gauge('oilDays', i.oilDays, s.oilDays),
    h('p', {}, line('electricityPct', state)),
    h('h3', {}, t('ui.shipping')),
    h('p', {}, `${line('shippingPct', state)} · ${withStop(line('energyShippingPct', state))}${sentenceGap()}`, t('ui.shipsLostOf', { lost: i.inboundShipsLost, sent: i.inboundShipsSent })),
    h('h3', {}, t('ui.escalationAndFighting')),
    h('p', {}, line('escalation', state), i.taiwanTerritoryHeldPct > 0 ? ` · ${line('taiwanTerritoryHeldPct', state)}` : ''),
    h('table', { class: 'losses' },
      h('caption', {}, t('ui.lossesSoFar')),
      h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', { scope: 'col' }, indicatorName('shipsLost')), h('th', { scope: 'col' }, indicatorName('aircraftLost')), h('th', { scope: 'col' }, indicatorName('casualties')))),
      h('tbody', {}, losses)),
    h('h3', {}, t('ui.tokyoAndTheAlliance')),
    h('p', {}, [withStop(t('scorecard.figure', { name: regionName('tokyo', 'determination'), value: stateName('tokyo', 'determination', tokyo.determination) })), withStop(t('scorecard.figure', { name: regionName('tokyo', 'dietApproval'), value: stateName('tokyo', 'dietApproval', tokyo.dietApproval) }))].join(sentenceGap())),
    h('p', {}, `${line('japanPublicSupport', state)} · ${line('dietSupport', state)} · ${line('allianceCredibility', state)}`),
    h('h3', {}, t('ui.economicImpact')),
    h('p', {}, ECONOMIES.map((e) => `${economyName(e)} ${num(i.gdpImpactPct[e])}`).join(' · ')),
  );
}
