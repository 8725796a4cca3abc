import { applyEvents } from '../applyEvent.ts';
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
  return [...regime, ...coercionOfJapan({ scenario, state: applyEvents(state, regime) })];
};

/** Beijing's economic coercion of Japan (seafood, tourism, rare earths, §4.8) costs both economies a little each turn it lasts. */
const coercionOfJapan = ({ scenario, state }: Pick<Parameters<Step>[0], 'scenario' | 'state'>): GameEvent[] => {
  if (state.tracks.beijing.pressureOnJapan !== 'economicCoercion') return [];
  const year = scenario.params.economy.coercionOfJapanYearPct;
  const share = scenario.turnDays / 365;
  const g = state.indicators.gdpImpactPct;
  return [{ type: 'gdpImpact', changes: { japan: round(g.japan + year.japan * share, 2), china: round(g.china + year.china * share, 2) }, regime: 'coercionOfJapan' }];
};

const regimeImpact = ({ scenario, state }: Pick<Parameters<Step>[0], 'scenario' | 'state'>): GameEvent[] => {
  const e = scenario.params.economy;
  const coercion = state.tracks.beijing.coercion;
  const war = coercion === 'amphibiousInvasion' || state.tracks.beijing.missileStrikes !== 'none' || state.flags.generalWar;
  const regime: EconomicRegime | null = war ? 'war' : coercion === 'blockade' || coercion === 'quarantine' ? coercion : null;
  if (!regime) return [];
  const target: Record<Economy, number> =
    regime === 'war' ? e.warYearPct
    : regime === 'blockade' ? e.blockadeYearPct
    : Object.fromEntries(ECONOMIES.map((k) => [k, e.blockadeYearPct[k] * e.quarantineShare])) as Record<Economy, number>;
  const changes: Partial<Record<Economy, number>> = {};
  for (const k of ECONOMIES) {
    const now = state.indicators.gdpImpactPct[k];
    const goal = target[k];
    if (now > goal) changes[k] = round(Math.max(goal, now + (goal * scenario.turnDays) / e.rampDays), 2);
  }
  return Object.keys(changes).length ? [{ type: 'gdpImpact', changes, regime }] : [];
};
