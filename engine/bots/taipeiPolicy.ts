import { rungOf } from '../ladder.ts';
import type { Decision } from '../tracks.ts';
import type { Policy } from './policy.ts';

/** Taipei raises readiness with the crisis, rations energy when shipping fails, and talks when it must. */
export const taipeiPolicy: Policy<'taipei'> = ({ state, facts, temperament }) => {
  const hawk = temperament === 'hawkish';
  const i = state.indicators;
  const stance = state.tracks.taipei.stance;
  const rung = rungOf(facts.prcCoercion);
  const prefs: Decision<'taipei'>[] = [];

  const hopeless = hawk
    ? i.taiwanTerritoryHeldPct > 45 || state.forces.taiwanGroundStrength < 20
    : (!facts.usIntervening && ((i.lngDays <= 0 && i.coalDays < 10) || i.taiwanTerritoryHeldPct > 40)) || i.taiwanTerritoryHeldPct > 55;
  if (stance === 'negotiating' && hopeless) prefs.push('accommodate');
  if (facts.prcCeasefire || hopeless) prefs.push('openNegotiations');
  if (stance === 'negotiating' && !facts.prcCeasefire && !hopeless) prefs.push('breakOffNegotiations');

  if (facts.taiwanUnderArmedAttack) prefs.push('resistFully');
  if (i.energyShippingPct < 70 || i.lngDays < 8) prefs.push('rationEnergy');
  if (rung >= 2) prefs.push('mobilise');
  if (rung >= 1) prefs.push('raiseReadiness');
  if (rung <= 1 && !facts.prcCeasefire) prefs.push('endRationing', 'standDownForces');
  return prefs;
};
