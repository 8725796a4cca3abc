import { exactExp } from '../exactMath.ts';
import { blockadeOrWorse } from '../ladder.ts';
import type { DietApproval } from '../tracks.ts';
import type { GameEvent } from '../types.ts';
import type { Step } from './context.ts';
import { chance } from './dice.ts';

const PENDING = new Set<DietApproval>(['supportPlanPending', 'defenceOperationPending', 'exPostApprovalPending']);

/** A vote's chance of passing: logistic in support, centred and spread as the scenario says (model assumption, docs/model.md). */
const voteChance = (support: number, midpoint: number, spread: number) => 1 / (1 + exactExp(-(support - midpoint) / spread));

/**
 * Procedures that follow from decisions: requests reaching Tokyo and answers reaching Washington, votes
 * in the Diet and in Congress, the War Powers clock, a force determination lapsing when the attack it
 * answered has ended, a settlement agreed, and the evacuation of nationals.
 */
export const procedures: Step = ({ scenario, state, before, facts, rng }) => {
  const events: GameEvent[] = [];
  const { tokyo, washington, taipei, beijing } = state.tracks;
  const p = scenario.params.politics;

  // A request reaches Tokyo when Washington first asks, and again whenever it asks anew after a refusal.
  const asked = washington.priorConsultation;
  const askedAgain = asked !== before.tracks.washington.priorConsultation && tokyo.priorConsultation === 'refused';
  if ((asked !== 'notSought' && tokyo.priorConsultation === 'notRequested') || askedAgain) {
    events.push({ type: 'machineEvent', role: 'tokyo', event: 'priorConsultationRequested', facts });
  }
  // Consent withdrawn: US combat operations for Taiwan leave bases in Japan.
  if (tokyo.priorConsultation === 'refused' && before.tracks.tokyo.priorConsultation === 'consented' && washington.operatingFrom === 'basesInJapan') {
    events.push({ type: 'machineEvent', role: 'washington', event: 'consentWithdrawn', facts });
  }

  // A settlement: whichever side accepted, the other side's track follows.
  if (taipei.stance === 'settled' && beijing.coercion !== 'negotiatedSettlement') events.push({ type: 'machineEvent', role: 'beijing', event: 'settlementAgreed', facts });
  if (beijing.coercion === 'negotiatedSettlement' && taipei.stance === 'negotiating') events.push({ type: 'machineEvent', role: 'taipei', event: 'settlementAgreed', facts });

  const diet = tokyo.dietApproval;
  if (PENDING.has(diet)) {
    const vote = chance(rng, 'dietVote', voteChance(state.indicators.dietSupport, p.dietApprovalMidpoint, p.dietApprovalSpread), { vote: diet });
    events.push(vote, { type: 'machineEvent', role: 'tokyo', event: vote.success ? 'dietApproves' : 'dietRefuses', facts });
  }
  if (washington.congress === 'authorisationRequested') {
    const vote = chance(rng, 'congressVote', voteChance(state.indicators.congressSupport, p.congressApprovalMidpoint, p.congressApprovalSpread));
    events.push(vote, { type: 'machineEvent', role: 'washington', event: vote.success ? 'congressAuthorises' : 'congressRefuses', facts });
  }

  // The War Powers Resolution: forces introduced into hostilities, or where imminent involvement is clearly indicated
  // (escorts through a declared blockade), start a 60-day clock (50 U.S.C. 1544(b)); the 30 days it adds are for a
  // safe withdrawal only, so by default the model ends hostilities at the deadline.
  const inHostilities = washington.posture === 'directIntervention' || (washington.posture === 'convoyEscort' && blockadeOrWorse(beijing.coercion));
  if (inHostilities && state.usHostilitiesFromDay === null) events.push({ type: 'usHostilitiesBegan', day: state.day });
  if (!inHostilities && state.usHostilitiesFromDay !== null) events.push({ type: 'usHostilitiesEnded' });
  if (inHostilities && state.usHostilitiesFromDay !== null && washington.congress !== 'authorised' &&
    state.day - state.usHostilitiesFromDay >= p.warPowersDays + p.warPowersWithdrawalDays) {
    events.push({ type: 'machineEvent', role: 'washington', event: 'warPowersDeadline', facts });
  }

  // A force determination lapses once the armed attack that grounded it is no longer occurring (MOFA-LPS, §4.2).
  // (The same attacks on which engine/legalBasis.ts lets the SDF fight: an attack on Japan itself keeps it too.)
  const stsBasisGone = tokyo.determination === 'survivalThreateningSituation' &&
    !(facts.usForcesUnderAttack || (facts.taiwanUnderArmedAttack && facts.taiwanAttackCanQualify) || facts.japanUnderAttack);
  const aasBasisGone = tokyo.determination === 'armedAttackSituation' && !(facts.japanUnderAttack || facts.japanAttackImminent);
  if (stsBasisGone || aasBasisGone) events.push({ type: 'machineEvent', role: 'tokyo', event: 'armedAttackEnded', facts });

  // Evacuation: by air and sea, harder once Taiwan is under armed attack (YOMIURI-1108: the top priority, §4.8).
  if (tokyo.evacuation === 'underway') {
    const done = chance(rng, 'evacuationCompletes', facts.taiwanUnderArmedAttack ? p.evacuationChanceUnderAttack : p.evacuationChance);
    events.push(done);
    if (done.success) events.push({ type: 'machineEvent', role: 'tokyo', event: 'evacuationCompleted', facts });
  }
  // Nationals still in Taiwan when force is used may be caught in it.
  if (facts.taiwanUnderArmedAttack && tokyo.evacuation !== 'completed' && !state.flags.nationalsHarmed) {
    const harmed = chance(rng, 'nationalsHarmed', p.nationalsHarmedChance);
    events.push(harmed);
    if (harmed.success) events.push({ type: 'flagRaised', flag: 'nationalsHarmed', cause: 'nationalsCaughtInFighting' });
  }

  if (beijing.coercion === 'amphibiousInvasion' && !state.flags.invasionLaunched) {
    events.push({ type: 'flagRaised', flag: 'invasionLaunched', cause: 'plaLands' });
  }
  // Force against Taiwan now (a declared blockade, strikes, an invasion), read from the tracks as they stand after the
  // decisions: not from the window, which would renew itself and make the attack last for ever.
  if (blockadeOrWorse(beijing.coercion) || beijing.missileStrikes !== 'none') events.push({ type: 'armedAttack', target: 'taiwan', cause: 'forceAgainstTaiwan' });
  if (beijing.senkakus === 'landing') events.push({ type: 'armedAttack', target: 'japan', cause: 'senkakuLanding' });
  return events;
};
