import { chooseBotCommand } from '../engine/bots/chooseBotCommand.ts';
import type { Scenario } from '../engine/scenario.ts';
import type { Command, GameState, PolicyTemperament, Role } from '../engine/types.ts';

/**
 * How one seat plays in a comparison, the other seats unchanged: a bot of a temperament, or holding every
 * turn, with some decisions ruled out (held instead) or answered the other way. Used to measure what a
 * seat's choices change over the same seeds.
 */
export interface SeatPolicy {
  /** What it means, for the report. */
  says: string;
  bot: PolicyTemperament | null;
  /** Decisions this policy never takes: it holds instead. */
  refrain?: readonly string[];
  /** Decisions it answers the other way. */
  instead?: Readonly<Record<string, string>>;
}

/** Every determination, request and order that takes Japan beyond diplomacy and consultation. */
const TOKYO_DETERMINATIONS_AND_FORCE = [
  'orderMaritimeSecurityOperation', 'determineImportantInfluenceSituation', 'determineAnticipatedArmedAttackSituation',
  'determineSurvivalThreateningSituation', 'determineArmedAttackSituation', 'requestSupportPlanApproval',
  'requestDefenceOperationApproval', 'beginRearAreaSupport', 'orderDefenceOperation', 'orderDefenceOperationInEmergency',
  'authoriseStrikesOnAttackingForces',
];

const GENERIC: Record<string, SeatPolicy> = {
  holds: { says: 'holds every turn', bot: null },
  cautious: { says: 'the cautious bot', bot: 'cautious' },
  hawkish: { says: 'the hawkish bot', bot: 'hawkish' },
};

/** The policies compared for each seat; the first is the reference the others are measured against. */
export const SEAT_POLICIES: Record<Role, Record<string, SeatPolicy>> = {
  tokyo: {
    staysOut: { says: 'makes no determination and answers no request for consultation', bot: null },
    consentOnly: { says: 'consents to US combat operations from Japan, but makes no determination and uses no force', bot: 'hawkish', refrain: TOKYO_DETERMINATIONS_AND_FORCE },
    forceWithoutConsent: { says: 'determines and uses force as the hawkish bot, but refuses US combat operations from Japan', bot: 'hawkish', instead: { consentToCombatOperations: 'refuseCombatOperations' } },
    cautious: GENERIC.cautious!,
    hawkish: GENERIC.hawkish!,
  },
  washington: { holds: GENERIC.holds!, cautious: GENERIC.cautious!, hawkish: GENERIC.hawkish! },
  beijing: { holds: GENERIC.holds!, cautious: GENERIC.cautious!, hawkish: GENERIC.hawkish! },
  taipei: { holds: GENERIC.holds!, cautious: GENERIC.cautious!, hawkish: GENERIC.hawkish! },
};

/** The seat's command this turn under a policy. A bot's decision is open, so its replacement is checked by the engine. */
export function policyCommand(scenario: Scenario, state: GameState, role: Role, policy: SeatPolicy): Command {
  const hold: Command = { turn: state.turn, role, decision: 'hold', by: 'human' };
  if (!policy.bot) return hold;
  const c = chooseBotCommand(scenario, state, role, policy.bot);
  const other = policy.instead?.[c.decision];
  if (other) return { turn: c.turn, role, decision: other, by: c.by };
  return policy.refrain?.includes(c.decision) ? { ...hold, by: c.by } : c;
}
