import type { UsPosture } from '../tracks.ts';
import type { Step } from './context.ts';
import { clamp, round } from './dice.ts';

const ABSENT = new Set<UsPosture>(['strategicAmbiguity', 'standingAside']);

/**
 * Japan's public and Diet support and the alliance's credibility: the seed articles' question of
 * whether Washington aligns with a Tokyo that has committed itself.
 */
export const politics: Step = ({ scenario, state, before, facts }) => {
  const p = scenario.params.politics;
  const i = state.indicators;
  const tokyo = state.tracks.tokyo;
  const posture = state.tracks.washington.posture;

  let publicSupport = i.japanPublicSupport;
  if (state.flags.japanAttacked && !before.flags.japanAttacked) publicSupport += p.supportWhenJapanAttacked;
  const newCasualties = i.casualties.japan - before.indicators.casualties.japan;
  publicSupport -= (newCasualties / 1000) * p.supportPerThousandCasualties;
  publicSupport = clamp(publicSupport, 0, 100);
  const dietSupport = clamp(i.dietSupport + p.dietFollowsPublic * (publicSupport - i.dietSupport), 0, 100);

  let credibility = i.allianceCredibility;
  const determination = tokyo.determination;
  const tokyoCommitted =
    determination === 'survivalThreateningSituation' || determination === 'armedAttackSituation' ||
    tokyo.sdfRole !== 'policeRole' || tokyo.priorConsultation === 'consented';
  if (tokyoCommitted && facts.taiwanUnderArmedAttack && ABSENT.has(posture)) credibility += p.credibilityWhenAbandoned;
  if (tokyoCommitted && posture === 'directIntervention') credibility += p.credibilityWhenAligned;
  if (tokyo.priorConsultation === 'refused' && before.tracks.tokyo.priorConsultation !== 'refused') {
    credibility += p.credibilityWhenConsentRefused;
  }
  credibility = clamp(credibility, 0, 100);

  return [{
    type: 'indicatorsChanged',
    changes: { japanPublicSupport: round(publicSupport, 1), dietSupport: round(dietSupport, 1), allianceCredibility: round(credibility, 1) },
    cause: 'politics',
  }];
};
