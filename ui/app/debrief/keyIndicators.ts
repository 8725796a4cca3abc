import type { Indicators } from '../../../engine/index.ts';
import { language, t } from '../../../scenarios/words/words.ts';

const num = (n: number) => n.toLocaleString(language(), { maximumFractionDigits: 1 });
const sum = (x: Record<string, number>) => Object.values(x).reduce((a, b) => a + b, 0);

/** The key indicators compared at the end, as label and value per game (the label said when read: getters). */
export const KEY_INDICATORS: { label: string; value: (i: Indicators) => string }[] = [
  { get label() { return t('ui.keyIndicators.lng'); }, value: (i) => num(i.lngDays) },
  { get label() { return t('ui.keyIndicators.coal'); }, value: (i) => num(i.coalDays) },
  { get label() { return t('ui.keyIndicators.oil'); }, value: (i) => num(i.oilDays) },
  { get label() { return t('ui.keyIndicators.electricity'); }, value: (i) => num(i.electricityPct) },
  { get label() { return t('ui.keyIndicators.shipping'); }, value: (i) => num(i.shippingPct) },
  { get label() { return t('ui.keyIndicators.escalation'); }, value: (i) => num(i.escalation) },
  { get label() { return t('ui.keyIndicators.casualties'); }, value: (i) => num(sum(i.casualties)) },
  { get label() { return t('ui.keyIndicators.losses'); }, value: (i) => num(sum(i.shipsLost) + sum(i.aircraftLost)) },
  { get label() { return t('ui.keyIndicators.held'); }, value: (i) => num(i.taiwanTerritoryHeldPct) },
  { get label() { return t('ui.keyIndicators.credibility'); }, value: (i) => num(i.allianceCredibility) },
  { get label() { return t('ui.keyIndicators.gdp'); }, value: (i) => num(i.gdpImpactPct.taiwan) },
];

