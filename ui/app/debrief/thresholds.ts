import { applyFacilitator, ATTACK_FLAG, explainDecision, survivalAssessment, type Actor, type BooleanFlag, type DietApproval, type Facts, type GameEvent, type Role } from '../../../engine/index.ts';
import { options } from '../../../scenarios/catalog.ts';
import { machineEventText, rollText } from '../../../scenarios/words/narrate.ts';
import { actorName, causeText, guardText, has, roleName, sentence, sentenceGap, stateName, survivalSignsText, t } from '../../../scenarios/words/words.ts';
import type { Session } from '../session.ts';
import { dayOfTurn } from './states.ts';

// The legal thresholds a game crossed, when and why, read off its events. Why a decision was open is
// asked of the decision machine itself (which of its named rules held, given the facts recorded with
// the decision), so the debrief never restates the law.

export type ThresholdKind =
  | 'determination' | 'diet' | 'emergency' | 'force' | 'consultation' | 'bases' | 'blockade' | 'useOfForce'
  | 'attackOnJapan' | 'usForcesAttacked' | 'japaneseShipsAttacked' | 'intervention' | 'war' | 'declaration'
  | 'lapse' | 'congress' | 'warPowers' | 'settlement';

export interface Threshold {
  turn: number;
  day: number;
  kind: ThresholdKind;
  title: string;
  /** Who crossed it: a role and who played it, the Diet, or events. */
  who: string;
  /** The rules that held and the facts of the moment, in plain words. */
  why: string[];
  /** The legal basis from the teaching material, where there is one. */
  legalBasis: string | null;
}

/** The decisions that cross a line in law, and what kind of line; their titles are words (`threshold.decision`). */
const DECISION_KIND: Partial<Record<Role, Record<string, ThresholdKind>>> = {
  tokyo: {
    orderMaritimeSecurityOperation: 'determination', endMaritimeSecurityOperation: 'determination', determineImportantInfluenceSituation: 'determination',
    determineAnticipatedArmedAttackSituation: 'determination', determineSurvivalThreateningSituation: 'determination',
    determineArmedAttackSituation: 'determination', revokeDetermination: 'determination',
    requestSupportPlanApproval: 'diet', requestDefenceOperationApproval: 'diet', orderDefenceOperationInEmergency: 'emergency',
    orderDefenceOperation: 'force', consentToCombatOperations: 'consultation', refuseCombatOperations: 'consultation',
    authoriseStrikesOnAttackingForces: 'force', withdrawConsent: 'consultation',
    stateBlockadeCouldBeSurvivalThreatening: 'declaration', seekDiplomaticSolution: 'declaration',
  },
  washington: {
    requestPriorConsultation: 'consultation', operateFromBasesInJapan: 'bases', intervene: 'intervention', defendJapan: 'intervention',
    requestAuthorisationFromCongress: 'congress', affirmArticleVForSenkakus: 'declaration', reportThreatUnderTaiwanRelationsAct: 'declaration',
  },
  beijing: {
    declareBlockade: 'blockade', resumeBlockade: 'blockade', strikeTaiwan: 'useOfForce', strikeAlliedBases: 'attackOnJapan', launchInvasion: 'useOfForce',
    coerceJapanEconomically: 'declaration', pressSenkakus: 'japaneseShipsAttacked', landOnSenkakus: 'attackOnJapan', agreeSettlement: 'settlement',
  },
  taipei: { enforceContiguousZone: 'useOfForce', counterattack: 'useOfForce', acceptSettlement: 'settlement' },
};

const FLAG_KIND: Partial<Record<BooleanFlag, ThresholdKind>> = {
  japanAttacked: 'attackOnJapan', usForcesAttacked: 'usForcesAttacked', japaneseShipsAttacked: 'japaneseShipsAttacked', nuclearUse: 'war', generalWar: 'war',
};

/** Events the engine forwards that change where the law stands. */
const ENGINE_EVENT_KIND: Partial<Record<string, ThresholdKind>> = {
  armedAttackEnded: 'lapse', consentWithdrawn: 'consultation', congressAuthorises: 'congress', congressRefuses: 'congress', warPowersDeadline: 'warPowers',
};

/** The decision a Diet vote answers, whose legal basis covers the vote. */
const VOTE_ON: Partial<Record<DietApproval, string>> = {
  supportPlanPending: 'requestSupportPlanApproval', defenceOperationPending: 'requestDefenceOperationApproval', exPostApprovalPending: 'orderDefenceOperationInEmergency',
};

const who = (role: Role, by: Actor) => t('scorecard.of', { name: roleName(role), of: actorName(by) });

/** The facts of the moment that the law turns on, in words: Beijing's pressure and the attacks so far. */
function situation(f: Facts): string {
  const parts = [t('threshold.coercionStood', { state: stateName('beijing', 'coercion', f.prcCoercion) })];
  if (f.prcStrikes !== 'none') parts.push(t('threshold.strikes', { state: stateName('beijing', 'missileStrikes', f.prcStrikes) }));
  if (f.usForcesUnderAttack) parts.push(t('threshold.usForcesUnderAttack'));
  if (f.japanUnderAttack) parts.push(t('threshold.japanUnderAttack'));
  return sentence(parts.join(t('packet.itemSep')));
}

/** Every threshold the game crossed, in the order it crossed them. */
export function thresholdsOf(s: Session): Threshold[] {
  const out: Threshold[] = [];
  const raised = new Set<string>();
  for (const turn of s.turns) {
    const day = dayOfTurn(s, turn.turn);
    // The facilitator changes no track, so the tracks a decision was taken from are the turn's starting ones.
    const before = s.states[turn.turn]!;
    // What the teams decided in: the turn's start with the facilitator's commands applied (they can raise attacks).
    const white = applyFacilitator(s.scenario, before, turn.facilitator ?? []);
    const view = white.ok ? white.value.state : before;
    let vote: DietApproval | undefined;
    turn.events.forEach((e: GameEvent) => {
      if (e.type === 'decisionTaken') {
        const kind = DECISION_KIND[e.role]?.[e.decision];
        if (!kind) return;
        const o = explainDecision(e.role, before.tracks[e.role], e.decision, e.facts);
        const rules = o.open ? o.held.map((g) => sentence(guardText(e.role, g.guard, true))) : [];
        // The survival threshold is a count a class can argue over: say which signs held, as the teams saw them.
        if (e.decision === 'determineSurvivalThreateningSituation') rules.push(survivalSignsText(survivalAssessment(view, s.scenario.legal)));
        out.push({
          turn: turn.turn, day, kind, title: t(`threshold.decision.${e.role}.${e.decision}`), who: who(e.role, e.by),
          why: [...(rules.length ? rules : [sentence(t('threshold.choice', { role: roleName(e.role) }))]), situation(e.facts)],
          legalBasis: options()[e.role]?.[e.decision]?.legalBasis ?? null,
        });
      } else if (e.type === 'roll' && e.chance === 'dietVote') {
        vote = e.vote;
        out.push({
          turn: turn.turn, day, kind: 'diet', title: '', who: t('threshold.theDiet'), why: [rollText(e, s.scenario)],
          legalBasis: options().tokyo[VOTE_ON[e.vote ?? 'defenceOperationPending'] ?? 'requestDefenceOperationApproval']?.legalBasis ?? null,
        });
      } else if (e.type === 'machineEvent' && (e.event === 'dietApproves' || e.event === 'dietRefuses')) {
        // The vote's outcome is the title of the entry its roll opened.
        const entry = out[out.length - 1];
        if (entry && entry.kind === 'diet' && !entry.title) entry.title = machineEventText(e, vote).replace(/\.$/, '');
      } else if (e.type === 'machineEvent' && ENGINE_EVENT_KIND[e.event]) {
        out.push({ turn: turn.turn, day, kind: ENGINE_EVENT_KIND[e.event]!, title: machineEventText(e).replace(/\.$/, ''), who: t('threshold.events'), why: [situation(e.facts)], legalBasis: null });
      } else if (e.type === 'flagRaised' || e.type === 'armedAttack') {
        const flag: BooleanFlag = e.type === 'flagRaised' ? e.flag : ATTACK_FLAG[e.target];
        const kind = FLAG_KIND[flag];
        // A fact opens its thresholds once; later attacks of the same kind are in the timeline.
        if (!kind || raised.has(flag)) return;
        raised.add(flag);
        const basis = `threshold.flag.${flag}.legalBasis`;
        out.push({
          turn: turn.turn, day, kind, title: t(`threshold.flag.${flag}.title`),
          who: e.cause === 'facilitator' ? t('threshold.theFacilitator') : t('threshold.events'),
          why: [sentence(causeText(e.cause, e.inject ? (s.scenario.injects.find((i) => i.id === e.inject)?.headline ?? '') : ''))],
          legalBasis: has(basis, 'en') ? t(basis) : null,
        });
      }
    });
  }
  return out;
}

/** The reasons as one paragraph. */
export const whyText = (why: readonly string[]): string => why.join(sentenceGap());
