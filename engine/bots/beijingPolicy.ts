import { region } from '../facts.ts';
import type { Policy } from './policy.ts';

const CLIMB: Record<string, Record<string, string>> = {
  // Next step on the ladder toward each aim, from each rung.
  quarantine: { peacetimePressure: 'escalateToGrayZone', grayZone: 'declareQuarantine', largeScaleExercise: 'declareQuarantine' },
  blockade: { peacetimePressure: 'holdLargeScaleExercise', grayZone: 'holdLargeScaleExercise', largeScaleExercise: 'declareBlockade', quarantine: 'declareBlockade' },
  amphibiousInvasion: { peacetimePressure: 'holdLargeScaleExercise', grayZone: 'holdLargeScaleExercise', largeScaleExercise: 'launchInvasion', quarantine: 'declareBlockade', blockade: 'launchInvasion' },
};

/**
 * Beijing climbs toward the scenario's aim, adds strikes when it meets armed resistance, and looks
 * for a way down when the campaign is failing. Hawks tolerate more loss before they stop.
 */
export const beijingPolicy: Policy = ({ scenario, state, facts, temperament }) => {
  const hawk = temperament === 'hawkish';
  const coercion = facts.prcCoercion;
  const f = state.forces;
  const i = state.indicators;
  const usIn = facts.usIntervening;
  const usEscorting = region(state.tracks.washington, 'posture') === 'convoyEscort';

  if (coercion === 'ceasefire') return ['agreeSettlement', hawk ? 'resumeBlockade' : 'standDown'];
  if (coercion === 'negotiatedSettlement') return [];

  const failing =
    (coercion === 'amphibiousInvasion' && f.amphibiousFleetPct < (hawk ? 20 : 40)) ||
    (coercion === 'blockade' && i.turnsShippingRestored >= 1 && !hawk) ||
    i.gdpImpactPct.china < (hawk ? -14 : -7) ||
    i.shipsLost.prc > (hawk ? 150 : 60);
  if (failing) return ['declareCeasefire', 'easeToQuarantine', 'standDown'];

  // Talks under pressure: keep the pressure on while Taipei negotiates.
  if (facts.taipeiNegotiating) return [];

  const prefs: string[] = [];
  if (coercion === 'amphibiousInvasion' || coercion === 'blockade') {
    if (usIn && (hawk || region(state.tracks.washington, 'operatingFrom') === 'basesInJapan')) prefs.push('strikeAlliedBases');
    if (coercion === 'amphibiousInvasion' || (hawk && (usIn || usEscorting))) prefs.push('strikeTaiwan');
  }
  const next = CLIMB[scenario.bots.beijingAim]?.[coercion];
  if (next) prefs.push(next);
  return prefs;
};
