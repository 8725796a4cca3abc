import { rungOf } from '../ladder.ts';
import type { Proposal } from '../types.ts';
import type { Policy, Wish } from './policy.ts';

/** The terms Taipei's bot offers: Beijing lifts its measures, Taipei reaffirms the status quo. */
export const TAIPEI_OFFER: Proposal = { terms: ['liftMeasures', 'releaseShips', 'noStrikes', 'reaffirmStatusQuo'], note: '' };
/** With the gas running out under a quarantine, Taipei also offers what the quarantine asks: ships file customs declarations (§2.2). */
const TAIPEI_OFFER_TO_KEEP_THE_LIGHTS_ON: Proposal = { terms: [...TAIPEI_OFFER.terms, 'acceptCustomsDeclarations'], note: '' };
const TAIPEI_GIVES = new Set(['acceptCustomsDeclarations', 'reaffirmStatusQuo', 'pauseArmsPurchases', 'suspendOfficialVisits', 'openFrameworkTalks']);

/**
 * Taipei raises readiness with the crisis, turns the coast guard's ships away within 24 nm and, for a hawk,
 * counterattacks a blockade once the US fights; it rations energy when shipping fails, and talks when it
 * must: offering the status quo for an end to the measures, and taking Beijing's terms only when they cost
 * little or the position is hopeless.
 */
export const taipeiPolicy: Policy<'taipei'> = ({ state, facts, temperament }) => {
  const hawk = temperament === 'hawkish';
  const i = state.indicators;
  const stance = state.tracks.taipei.stance;
  const rung = rungOf(facts.prcCoercion);
  const prefs: Wish<'taipei'>[] = [];

  // Power cuts, losses and rationing wear resolve down (engine/adjudicate/politics.ts); a hawk holds out longer.
  const hopeless = hawk
    ? i.taiwanTerritoryHeldPct > 45 || state.forces.taiwanGroundStrength < 20 || i.taiwanResolve < 20
    : (i.taiwanResolve < 40 && (!facts.usIntervening || i.taiwanTerritoryHeldPct > 20)) || i.taiwanTerritoryHeldPct > 55;
  // Under a quarantine, a cautious government reads the LNG clock: with less than a week's gas left (it ran out in about
  // ten days in every CSIS blockade game, §2.1; stocks 10-11 days, §2.4) it looks for talks before the power cuts begin.
  const gasRunningOut = !hawk && facts.prcCoercion === 'quarantine' && i.lngDays < 7;
  const offer = state.talks.offer;
  if (stance === 'negotiating') {
    if (offer?.by === 'beijing' && (hopeless || offer.terms.filter((t) => TAIPEI_GIVES.has(t)).length <= 1)) prefs.push('acceptSettlement');
    if (hopeless) prefs.push('accommodate');
    if (!offer) prefs.push({ decision: 'proposeSettlement', proposal: gasRunningOut ? TAIPEI_OFFER_TO_KEEP_THE_LIGHTS_ON : TAIPEI_OFFER });
  }
  // A society worn down looks for talks before it is hopeless: a cautious Taipei once resolve is below 60 under coercion.
  const weary = (!hawk && i.taiwanResolve < 60 && rung >= 3) || gasRunningOut;
  if (facts.prcCeasefire || hopeless || weary) prefs.push('openNegotiations');
  if (stance === 'negotiating' && !facts.prcCeasefire && !hopeless && !weary && offer?.by !== 'taipei') prefs.push('breakOffNegotiations');

  if (facts.taiwanUnderArmedAttack) prefs.push('resistFully');
  // Mobilising under an exercise risks the economy and hands Beijing a pretext, the invasion briefing warns (the model
  // counts neither; what it counts is that readiness shelters Taiwan's forces from strikes, strikes.ts): a cautious
  // government raises readiness and calls up the reserves only once Taiwan is attacked, a hawk at the first military pressure.
  if (rung >= 2 && (hawk || facts.taiwanUnderArmedAttack)) prefs.push('mobilise');
  if (hawk && facts.usIntervening) prefs.push('counterattack');
  if (hawk || state.tracks.washington.posture === 'convoyEscort') prefs.push('enforceContiguousZone');
  if (i.energyShippingPct < 70 || i.lngDays < 8) prefs.push('rationEnergy');
  if (rung >= 1) prefs.push('raiseReadiness');
  if (rung <= 1 && !facts.prcCeasefire) prefs.push('endRationing', 'standDownForces', 'holdFire');
  return prefs;
};
