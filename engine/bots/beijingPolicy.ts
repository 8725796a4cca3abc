import type { Coercion, Decision } from '../tracks.ts';
import type { Proposal } from '../types.ts';
import type { Policy, Wish } from './policy.ts';

const CLIMB: Record<string, Partial<Record<Coercion, Decision<'beijing'>>>> = {
  // Next step on the ladder toward each aim, from each rung.
  quarantine: { peacetimePressure: 'escalateToGrayZone', grayZone: 'declareQuarantine', largeScaleExercise: 'declareQuarantine' },
  blockade: { peacetimePressure: 'holdLargeScaleExercise', grayZone: 'holdLargeScaleExercise', largeScaleExercise: 'declareBlockade', quarantine: 'declareBlockade' },
  amphibiousInvasion: { peacetimePressure: 'holdLargeScaleExercise', grayZone: 'holdLargeScaleExercise', largeScaleExercise: 'launchInvasion', quarantine: 'declareBlockade', blockade: 'launchInvasion' },
};

/** The terms a bot proposes and what it must get to accept: Beijing gives little, Taipei must give a lot. */
export const BEIJING_OFFER: Proposal = { terms: ['liftMeasures', 'releaseShips', 'acceptCustomsDeclarations', 'reaffirmStatusQuo', 'suspendOfficialVisits'], note: '' };
/** Alliance credibility (0-100) at which Beijing's bots stop climbing toward war: cautious, hawkish. */
const DETERRED = 85;
const DETERRED_HAWK = 95;
const BEIJING_GIVES = new Set(['liftMeasures', 'releaseShips', 'noStrikes', 'pullBackFromMedianLine', 'resumeTrade']);

/**
 * Beijing climbs toward the scenario's aim, adds strikes when it meets armed resistance, and looks
 * for a way down when the campaign is failing. Hawks tolerate more loss before they stop.
 */
export const beijingPolicy: Policy<'beijing'> = ({ scenario, state, facts, temperament }) => {
  const hawk = temperament === 'hawkish';
  const coercion = facts.prcCoercion;
  const f = state.forces;
  const i = state.indicators;
  const usIn = facts.usIntervening;
  const usEscorting = state.tracks.washington.posture === 'convoyEscort';
  const tokyo = state.tracks.tokyo;

  const failing =
    // An invasion fails when the fleet is going and the lodgment cannot win without it.
    // A cautious leadership stops before the fleet is gone, where defeat would put nuclear use on the table (§1.7).
    (coercion === 'amphibiousInvasion' && (hawk ? f.amphibiousFleetPct < 20 && f.plaAshore < 0.6 * f.taiwanGroundStrength && i.taiwanTerritoryHeldPct < 10 : f.amphibiousFleetPct < 40)) ||
    ((coercion === 'blockade' || coercion === 'quarantine') && i.turnsShippingRestored >= 1 && !hawk) ||
    i.gdpImpactPct.china < (hawk ? -14 : -7) ||
    (coercion !== 'amphibiousInvasion' && i.shipsLost.prc > (hawk ? 150 : 60)) ||
    // Allies fighting together with their credibility high: a cautious leadership looks for a way down.
    (!hawk && usIn && i.allianceCredibility >= DETERRED) ||
    // Near the top of the ladder, short of an invasion, a cautious leadership takes the way down (CSIS off-ramps, §1.7).
    (!hawk && coercion !== 'amphibiousInvasion' && i.escalation >= 9);

  // Taipei's terms: accept when they give Beijing enough (a hawk wants more), or when the campaign is failing.
  const offer = state.talks.offer;
  if (offer && offer.by === 'taipei') {
    const taipeiGives = offer.terms.filter((t) => !BEIJING_GIVES.has(t)).length;
    if (failing || taipeiGives >= (hawk ? 3 : 2)) return ['agreeSettlement'];
  }
  if (coercion === 'ceasefire') return [hawk ? 'resumeBlockade' : 'standDown'];
  if (coercion === 'negotiatedSettlement') return [];

  // A hawk answers a quarantine being broken by declaring a blockade; others step down.
  if (hawk && coercion === 'quarantine' && i.turnsShippingRestored >= 1) return ['declareBlockade'];
  if (failing) return ['declareCeasefire', 'easeToQuarantine', 'standDown'];

  // Talks under pressure: put Beijing's terms on the table, and keep the pressure on. Where a settlement is the aim (a
  // quarantine or a blockade: bring Taipei to negotiate on Beijing's terms, §2.1-2.2), terms from Taipei that Beijing will
  // not accept are answered with its own; left unanswered, they stalled the talks until Taipei gave in outright. In an
  // invasion Beijing fights on: it takes Taipei's terms only as above.
  if (facts.taipeiNegotiating) {
    const answer = !offer || (offer.by === 'taipei' && coercion !== 'amphibiousInvasion');
    return answer ? [{ decision: 'proposeSettlement', proposal: BEIJING_OFFER }] : [];
  }

  const prefs: Wish<'beijing'>[] = [];
  // Tokyo's statement that a blockade could be survival-threatening, or its determination of one, draws the economic
  // coercion Beijing used in November 2025 (§4.8): a hawk answers the statement, a cautious leadership only the determination.
  const provoked = tokyo.declaratoryPolicy === 'blockadeCouldBeSurvivalThreatening' || tokyo.determination === 'survivalThreateningSituation';
  if (provoked && (hawk || tokyo.determination === 'survivalThreateningSituation')) prefs.push('coerceJapanEconomically');
  if (coercion === 'amphibiousInvasion' || coercion === 'blockade') {
    // Strike bases in Japan once the US fights from them (or, for hawks, once Tokyo has consented):
    // attacking a Japan that stays out would bring it in and open its bases under Article V.
    const fromJapan = state.tracks.washington.operatingFrom === 'basesInJapan';
    // A cautious leadership holds its fire on the bases while the war is young (escalation below 8); a hawk
    // answers US strikes on the mainland by striking the bases they come from.
    const mainlandStruck = state.tracks.washington.mainlandStrikes === 'authorised';
    const basesInPlay = fromJapan || (hawk && (facts.tokyoConsentedToCombatOperations || mainlandStruck));
    if (usIn && basesInPlay && (hawk || i.escalation >= 8)) prefs.push('strikeAlliedBases');
    if (coercion === 'amphibiousInvasion' || (hawk && (usIn || usEscorting))) prefs.push('strikeTaiwan');
  }
  // The Senkakus: press them under military pressure; a hawk lands when Washington has not said Article V covers them
  // and no maritime security operation has put the MSDF on station: an armed landing on a remote island is one of the
  // cases the 2015 Cabinet decision made such an order quick for (MOD-WP2018-COL, §4.4).
  if (facts.senkakusInPlay && facts.militaryPressure) {
    const msdfOnStation = tokyo.maritimeSecurity === 'ordered';
    if (hawk && !msdfOnStation && state.tracks.washington.articleV === 'unstated' && state.indicators.allianceCredibility < 70) prefs.push('landOnSenkakus');
    prefs.push('pressSenkakus');
  }
  // Deterrence: an alliance that looks solid keeps Beijing below the next rung toward war (a hawk discounts it more).
  const next = CLIMB[scenario.bots.beijingAim]?.[coercion];
  const deterred = state.indicators.allianceCredibility >= (hawk ? DETERRED_HAWK : DETERRED) && (next === 'declareBlockade' || next === 'launchInvasion');
  // A Tokyo that reads a blockade enforced by warships as survival-threatening (YOMIURI-1108, §4.8) would join the fight:
  // a cautious leadership stays below that line with a law-enforcement quarantine, which is not an act of war (TAIWANNEWS-Q, §2.2).
  if (next === 'declareBlockade' && !hawk && facts.taiwanAttackCanQualify) {
    if (coercion !== 'quarantine') prefs.push('declareQuarantine');
  } else if (next && !deterred) prefs.push(next);
  return prefs;
};
