import type { Coercion, Decision } from '../tracks.ts';
import type { Policy } from './policy.ts';

const CLIMB: Record<string, Partial<Record<Coercion, Decision<'beijing'>>>> = {
  // Next step on the ladder toward each aim, from each rung.
  quarantine: { peacetimePressure: 'escalateToGrayZone', grayZone: 'declareQuarantine', largeScaleExercise: 'declareQuarantine' },
  blockade: { peacetimePressure: 'holdLargeScaleExercise', grayZone: 'holdLargeScaleExercise', largeScaleExercise: 'declareBlockade', quarantine: 'declareBlockade' },
  amphibiousInvasion: { peacetimePressure: 'holdLargeScaleExercise', grayZone: 'holdLargeScaleExercise', largeScaleExercise: 'launchInvasion', quarantine: 'declareBlockade', blockade: 'launchInvasion' },
};

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

  if (coercion === 'ceasefire') return ['agreeSettlement', hawk ? 'resumeBlockade' : 'standDown'];
  if (coercion === 'negotiatedSettlement') return [];

  const failing =
    // An invasion fails when the fleet is going and the lodgment cannot win without it.
    (coercion === 'amphibiousInvasion' && f.amphibiousFleetPct < (hawk ? 20 : 40) && f.plaAshore < 0.6 * f.taiwanGroundStrength && i.taiwanTerritoryHeldPct < 10) ||
    ((coercion === 'blockade' || coercion === 'quarantine') && i.turnsShippingRestored >= 1 && !hawk) ||
    i.gdpImpactPct.china < (hawk ? -14 : -7) ||
    (coercion !== 'amphibiousInvasion' && i.shipsLost.prc > (hawk ? 150 : 60));
  // A hawk answers a quarantine being broken by declaring a blockade; others step down.
  if (hawk && coercion === 'quarantine' && i.turnsShippingRestored >= 1) return ['declareBlockade'];
  if (failing) return ['declareCeasefire', 'easeToQuarantine', 'standDown'];

  // Talks under pressure: keep the pressure on while Taipei negotiates.
  if (facts.taipeiNegotiating) return [];

  const prefs: Decision<'beijing'>[] = [];
  if (coercion === 'amphibiousInvasion' || coercion === 'blockade') {
    // Strike bases in Japan once the US fights from them (or, for hawks, once Tokyo has consented):
    // attacking a Japan that stays out would bring it in and open its bases under Article V.
    const fromJapan = state.tracks.washington.operatingFrom === 'basesInJapan';
    if (usIn && (fromJapan || (hawk && facts.tokyoConsentedToCombatOperations))) prefs.push('strikeAlliedBases');
    if (coercion === 'amphibiousInvasion' || (hawk && (usIn || usEscorting))) prefs.push('strikeTaiwan');
  }
  const next = CLIMB[scenario.bots.beijingAim]?.[coercion];
  if (next) prefs.push(next);
  return prefs;
};
