import type { DietApproval, GameEvent } from '../types.ts';
import type { Step } from './context.ts';
import { exactExp } from '../exactMath.ts';
import { chance } from './dice.ts';

const PENDING = new Set<DietApproval>(['supportPlanPending', 'defenceOperationPending', 'exPostApprovalPending']);

/**
 * Procedures that follow from decisions: a US request for prior consultation reaching Tokyo, the
 * Diet's vote on a pending approval, the evacuation of nationals, and Taiwan being under attack.
 */
export const procedures: Step = ({ scenario, state, before, facts, rng }) => {
  const events: GameEvent[] = [];
  const tokyo = state.tracks.tokyo;
  const p = scenario.params.politics;

  // A request reaches Tokyo when Washington first asks, and again whenever it asks anew after a refusal.
  const asked = state.tracks.washington.priorConsultation;
  const askedAgain = asked !== before.tracks.washington.priorConsultation && tokyo.priorConsultation === 'refused';
  if ((asked !== 'notSought' && tokyo.priorConsultation === 'notRequested') || askedAgain) {
    events.push({ type: 'machineEvent', role: 'tokyo', event: 'priorConsultationRequested', facts });
  }

  const diet = tokyo.dietApproval;
  if (PENDING.has(diet)) {
    // The Diet's mood, as a logistic curve in its support for the government's line (model assumption, docs/model.md).
    const support = state.indicators.dietSupport;
    const probability = 1 / (1 + exactExp(-(support - p.dietApprovalMidpoint) / p.dietApprovalSpread));
    const vote = chance(rng, 'dietVote', probability, { vote: diet });
    events.push(vote.event, { type: 'machineEvent', role: 'tokyo', event: vote.success ? 'dietApproves' : 'dietRefuses', facts });
  }

  if (tokyo.evacuation === 'underway') {
    events.push({ type: 'evacuationProgressed' });
    if (state.flags.evacuationTurns + 1 >= p.evacuationTurns) {
      events.push({ type: 'machineEvent', role: 'tokyo', event: 'evacuationCompleted', facts });
    }
  }

  if (facts.prcCoercion === 'amphibiousInvasion' && !state.flags.invasionLaunched) {
    events.push({ type: 'flagRaised', flag: 'invasionLaunched', cause: 'plaLands' });
  }
  if (facts.taiwanUnderArmedAttack && !state.flags.taiwanAttacked) {
    events.push({ type: 'flagRaised', flag: 'taiwanAttacked', cause: 'forceAgainstTaiwan' });
  }
  return events;
};
