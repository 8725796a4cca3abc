import { region } from '../facts.ts';
import type { Policy } from './policy.ts';

/** Taipei raises readiness with the crisis, rations energy when shipping fails, and talks when it must. */
export const taipeiPolicy: Policy = ({ state, facts, temperament }) => {
  const hawk = temperament === 'hawkish';
  const i = state.indicators;
  const stance = region(state.tracks.taipei, 'stance');
  const prefs: string[] = [];

  const hopeless = hawk
    ? i.taiwanTerritoryHeldPct > 45 || state.forces.taiwanGroundStrength < 20
    : (!facts.usIntervening && ((i.lngDays <= 0 && i.coalDays < 10) || i.taiwanTerritoryHeldPct > 40)) || i.taiwanTerritoryHeldPct > 55;
  if (stance === 'negotiating' && hopeless) prefs.push('accommodate');
  if (facts.prcCeasefire || hopeless) prefs.push('openNegotiations');
  if (stance === 'negotiating' && !facts.prcCeasefire && !hopeless) prefs.push('breakOffNegotiations');

  if (facts.taiwanUnderArmedAttack) prefs.push('resistFully');
  if (i.energyShippingPct < 70 || i.lngDays < 8) prefs.push('rationEnergy');
  if (facts.prcCoercionRung >= 2) prefs.push('mobilise');
  if (facts.prcCoercionRung >= 1) prefs.push('raiseReadiness');
  if (facts.prcCoercionRung <= 1 && !facts.prcCeasefire) prefs.push('endRationing', 'standDownForces');
  return prefs;
};
