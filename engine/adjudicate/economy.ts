import { region } from '../facts.ts';
import { ECONOMIES, type Economy } from '../types.ts';
import type { Step } from './context.ts';
import { round } from './dice.ts';

/**
 * GDP impact by economy. Each regime (quarantine, blockade, war) has a year's impact from the
 * published estimates (Bloomberg Economics, §2.3); the impact ramps toward it while the regime lasts
 * and is not recovered within the game.
 */
export const economy: Step = ({ scenario, state }) => {
  const e = scenario.params.economy;
  const coercion = region(state.tracks.beijing, 'coercion');
  const war = coercion === 'amphibiousInvasion' || region(state.tracks.beijing, 'missileStrikes') !== 'none' || state.flags.generalWar;
  let target: Record<Economy, number> | null = null;
  if (war) target = e.warYearPct;
  else if (coercion === 'blockade') target = e.blockadeYearPct;
  else if (coercion === 'quarantine') {
    target = Object.fromEntries(ECONOMIES.map((k) => [k, e.blockadeYearPct[k] * e.quarantineShare])) as Record<Economy, number>;
  }
  if (!target) return [];
  const changes: Partial<Record<Economy, number>> = {};
  for (const k of ECONOMIES) {
    const now = state.indicators.gdpImpactPct[k];
    const goal = target[k];
    if (now > goal) changes[k] = round(Math.max(goal, now + (goal * scenario.turnDays) / e.rampDays), 2);
  }
  return Object.keys(changes).length ? [{ type: 'gdpImpact', changes, why: war ? 'war' : coercion }] : [];
};
