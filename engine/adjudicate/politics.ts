import type { UsPosture } from '../tracks.ts';
import type { Step } from './context.ts';
import { clamp, round } from './dice.ts';

const ABSENT = new Set<UsPosture>(['strategicAmbiguity', 'standingAside']);

/**
 * Opinion in Tokyo and Washington, and the alliance's credibility: the seed articles' question of whether
 * Washington aligns with a Tokyo that has committed itself. Japanese public support moves with attacks on
 * Japan and on US forces, nationals harmed, Beijing's economic coercion, a refusal of consent and casualties;
 * the Diet follows it and decides votes. Congress's support moves with US casualties, attacks on US forces, a
 * threat reported under the TRA and an ally's refusal, and decides whether force is authorised. Credibility rises when the allies act together and
 * falls when one leaves the other exposed.
 */
export const politics: Step = ({ scenario, state, before, facts }) => {
  const p = scenario.params.politics;
  const i = state.indicators;
  const { tokyo, washington, beijing } = state.tracks;
  const was = before.tracks;
  const newly = (f: 'japanAttacked' | 'usForcesAttacked' | 'nationalsHarmed') => state.flags[f] && !before.flags[f];

  // Japanese public support for the government's line.
  let publicSupport = i.japanPublicSupport;
  if (newly('japanAttacked')) publicSupport += p.supportWhenJapanAttacked;
  if (newly('usForcesAttacked')) publicSupport += p.supportWhenUsForcesAttacked;
  if (newly('nationalsHarmed')) publicSupport += p.supportWhenNationalsHarmed;
  // Beijing's economic coercion rallies opinion behind Tokyo (Japan declined to retract, NIPPON-JIJI, §4.8).
  if (beijing.pressureOnJapan === 'economicCoercion') publicSupport += p.supportUnderEconomicCoercion;
  if (tokyo.declaratoryPolicy !== was.tokyo.declaratoryPolicy) {
    publicSupport += tokyo.declaratoryPolicy === 'blockadeCouldBeSurvivalThreatening' ? p.supportWhenReadingStated : -p.supportWhenReadingStated / 2;
  }
  const refusedNow = tokyo.priorConsultation === 'refused' && was.tokyo.priorConsultation !== 'refused';
  if (refusedNow) publicSupport += p.supportWhenConsentRefused;
  publicSupport -= ((i.casualties.japan - before.indicators.casualties.japan) / 1000) * p.supportPerThousandCasualties;
  // What the crisis costs Japan's economy this turn (the economy step runs first).
  publicSupport -= Math.max(0, before.indicators.gdpImpactPct.japan - i.gdpImpactPct.japan) * p.supportPerGdpPoint;
  publicSupport = clamp(publicSupport, 0, 100);
  const dietSupport = clamp(i.dietSupport + p.dietFollowsPublic * (publicSupport - i.dietSupport), 0, 100);

  // Congress.
  let congress = i.congressSupport;
  if (newly('usForcesAttacked')) congress += p.congressSupportWhenUsForcesAttacked;
  if (washington.taiwanRelationsAct === 'threatReported' && was.washington.taiwanRelationsAct !== 'threatReported') congress += p.congressSupportWhenThreatReported;
  if (refusedNow) congress += p.congressSupportWhenConsentRefused;
  congress -= ((i.casualties.us - before.indicators.casualties.us) / 1000) * p.congressSupportPerThousandCasualties;
  congress = clamp(congress, 0, 100);

  // The alliance's credibility.
  let credibility = i.allianceCredibility;
  const tokyoCommitted =
    tokyo.determination === 'survivalThreateningSituation' || tokyo.determination === 'armedAttackSituation' ||
    tokyo.sdfRole !== 'policeRole' || tokyo.priorConsultation === 'consented';
  if (tokyoCommitted && facts.taiwanUnderArmedAttack && ABSENT.has(washington.posture)) credibility += p.credibilityWhenAbandoned;
  if (tokyoCommitted && washington.posture === 'directIntervention') credibility += p.credibilityWhenAligned;
  // Refusing or withdrawing consent after Washington asked (Kanehara: "If we don't say yes, the alliance is over", FVBB, §4.3).
  if (refusedNow) credibility += p.credibilityWhenConsentRefused;
  if (washington.articleV === 'affirmedForSenkakus' && was.washington.articleV !== 'affirmedForSenkakus') credibility += p.credibilityWhenArticleVAffirmed;
  // Japan attacked and Washington not meeting it under Article V.
  if (facts.japanUnderAttack && washington.defenceOfJapan !== 'defendingJapan' && washington.posture !== 'directIntervention') {
    credibility += p.credibilityWhenArticleVUnmet * (washington.articleV === 'affirmedForSenkakus' ? 2 : 1);
  }
  credibility = clamp(credibility, 0, 100);

  // Taiwan's resolve: power cuts, losses and rationing wear it down; US forces fighting sustain it.
  // Rationing plans the cuts: essential load (hospitals, water, communications) keeps power, so they wear less than blackouts.
  const rationing = state.tracks.taipei.energy === 'rationing';
  const resolve = clamp(
    i.taiwanResolve -
      ((100 - i.electricityPct) / 10) * p.resolvePerTenPctPowerCut * (rationing ? p.powerCutWearWhenRationing : 1) -
      ((i.casualties.taiwan - before.indicators.casualties.taiwan) / 1000) * p.resolvePerThousandCasualties -
      (rationing ? p.resolveCostOfRationing : 0) +
      (washington.posture === 'directIntervention' ? p.resolveWhileUsFights : 0),
    0, 100);

  return [{
    type: 'indicatorsChanged',
    changes: {
      japanPublicSupport: round(publicSupport, 1), dietSupport: round(dietSupport, 1),
      allianceCredibility: round(credibility, 1), congressSupport: round(congress, 1), taiwanResolve: round(resolve, 1),
    },
    cause: 'politics',
  }];
};
