import { ECONOMIES, type EconomicRegime, type Economy, type GameEvent } from '../types.ts';
import type { Step } from './context.ts';
import { round } from './dice.ts';

/**
 * GDP impact by economy. Each regime (quarantine, blockade, war) has a year's impact from the
 * published estimates (Bloomberg Economics, §2.3); the impact ramps toward it while the regime lasts
 * and is not recovered within the game.
 */
export const economy: Step = ({ scenario, state }) => {
  const regime = regimeImpact({ scenario, state });
  // The coercion's cost adds to the regime's: read from the impact the regime's event leaves, without a copy of the state.
  const now = state.indicators.gdpImpactPct;
  const set = regime[0]?.changes;
  const coercion = coercionOfJapan({ scenario, state }, set?.japan ?? now.japan, set?.china ?? now.china);
  return coercion ? [...regime, coercion] : regime;
};

/** Beijing's economic coercion of Japan (seafood, tourism, rare earths, §4.8) costs both economies a little each turn it lasts. */
const coercionOfJapan = ({ scenario, state }: Pick<Parameters<Step>[0], 'scenario' | 'state'>, japan: number, china: number): GameEvent | null => {
  if (state.tracks.beijing.pressureOnJapan !== 'economicCoercion') return null;
  const year = scenario.params.economy.coercionOfJapanYearPct;
  const share = scenario.turnDays / 365;
  return { type: 'gdpImpact', changes: { japan: round(japan + year.japan * share, 2), china: round(china + year.china * share, 2) }, regime: 'coercionOfJapan' };
};

const regimeImpact = ({ scenario, state }: Pick<Parameters<Step>[0], 'scenario' | 'state'>): Extract<GameEvent, { type: 'gdpImpact' }>[] => {
  const e = scenario.params.economy;
  const coercion = state.tracks.beijing.coercion;
  const war = coercion === 'amphibiousInvasion' || state.tracks.beijing.missileStrikes !== 'none' || state.flags.generalWar;
  const regime: EconomicRegime | null = war ? 'war' : coercion === 'blockade' || coercion === 'quarantine' ? coercion : null;
  if (!regime) return [];
  // A year's impact under the regime: a quarantine's is a share of a blockade's.
  const year = regime === 'war' ? e.warYearPct : e.blockadeYearPct;
  const share = regime === 'quarantine' ? e.quarantineShare : 1;
  // Taiwan's own loss under a quarantine or blockade follows what still reaches it: the deeper of the shipping and
  // the power shortfall, against what a blockade that works leaves (DEFENCEMATTERS, §2.1). Escorts, rationing and
  // stocks therefore show in its economy; a war costs it the war figure whatever gets through.
  let taiwan: number | null = null;
  if (regime !== 'war') {
    const full = e.fullBlockade;
    const i = state.indicators;
    const severity = Math.min(1, Math.max(0, (100 - i.shippingPct) / (100 - full.shippingPct), (100 - i.electricityPct) / (100 - full.electricityPct)));
    taiwan = e.blockadeYearPct.taiwan * severity;
  }
  const changes: Partial<Record<Economy, number>> = {};
  for (const k of ECONOMIES) {
    const now = state.indicators.gdpImpactPct[k];
    const goal = k === 'taiwan' && taiwan !== null ? taiwan : year[k] * share;
    if (now > goal) changes[k] = round(Math.max(goal, now + (goal * scenario.turnDays) / e.rampDays), 2);
  }
  return Object.keys(changes).length ? [{ type: 'gdpImpact', changes, regime }] : [];
};
