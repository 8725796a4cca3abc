import { region } from '../facts.ts';
import type { GameEvent } from '../types.ts';
import type { Step } from './context.ts';
import { exactExp } from '../exactMath.ts';
import { chance } from './dice.ts';

const PENDING = new Set(['supportPlanPending', 'defenceOperationPending', 'exPostApprovalPending']);

/**
 * Procedures that follow from decisions: a US request for prior consultation reaching Tokyo, the
 * Diet's vote on a pending approval, the evacuation of nationals, and Taiwan being under attack.
 */
export const procedures: Step = ({ scenario, state, before, facts, rng }) => {
  const events: GameEvent[] = [];
  const tokyo = state.tracks.tokyo;
  const p = scenario.params.politics;

  // A request reaches Tokyo when Washington first asks, and again whenever it asks anew after a refusal.
  const asked = region(state.tracks.washington, 'priorConsultation');
  const askedAgain = asked !== region(before.tracks.washington, 'priorConsultation') && region(tokyo, 'priorConsultation') === 'refused';
  if ((asked !== 'notSought' && region(tokyo, 'priorConsultation') === 'notRequested') || askedAgain) {
    events.push({ type: 'machineEvent', role: 'tokyo', event: 'priorConsultationRequested', why: 'Washington asks for prior consultation on combat operations from bases in Japan', facts });
  }

  const diet = region(tokyo, 'dietApproval');
  if (PENDING.has(diet)) {
    // The Diet's mood, as a logistic curve in its support for the government's line (model assumption, docs/model.md).
    const support = state.indicators.dietSupport;
    const probability = 1 / (1 + exactExp(-(support - p.dietApprovalMidpoint) / p.dietApprovalSpread));
    const vote = chance(rng, `Diet approves (${diet})`, probability);
    events.push(vote.event, {
      type: 'machineEvent',
      role: 'tokyo',
      event: vote.success ? 'dietApproves' : 'dietRefuses',
      why: vote.success ? 'The Diet approves' : 'The Diet refuses approval',
      facts,
    });
  }

  if (region(tokyo, 'evacuation') === 'underway') {
    events.push({ type: 'evacuationProgressed' });
    if (state.flags.evacuationTurns + 1 >= p.evacuationTurns) {
      events.push({ type: 'machineEvent', role: 'tokyo', event: 'evacuationCompleted', why: 'Japanese nationals are out of Taiwan', facts });
    }
  }

  if (facts.prcCoercion === 'amphibiousInvasion' && !state.flags.invasionLaunched) {
    events.push({ type: 'flagRaised', flag: 'invasionLaunched', why: 'The PLA lands on Taiwan' });
  }
  if (facts.taiwanUnderArmedAttack && !state.flags.taiwanAttacked) {
    events.push({ type: 'flagRaised', flag: 'taiwanAttacked', why: 'Beijing uses force against Taiwan' });
  }
  return events;
};
