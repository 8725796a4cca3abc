import { and, not, or, setup, stateIn } from 'xstate';
import type { DecisionEvent } from './decisionEvent.ts';

/**
 * Tokyo's legal determinations under the 2015 Legislation for Peace and Security, a maritime security
 * operation beside them (SDF Act Art. 82), the Diet's approval, prior consultation on US combat operations
 * from bases in Japan, the SDF's role and the evacuation of nationals. Region names and states follow
 * domain-facts §4.3-§4.5.
 */

const DETERMINATIONS = [
  'normal',
  'importantInfluenceSituation',
  'anticipatedArmedAttackSituation',
  'survivalThreateningSituation',
  'armedAttackSituation',
] as const;
type Determination = (typeof DETERMINATIONS)[number];

/** Each determination's decision and its rules; several rules must all hold. */
const DETERMINE: Record<Exclude<Determination, 'normal'>, { event: string; guards: string[] }> = {
  importantInfluenceSituation: { event: 'determineImportantInfluenceSituation', guards: ['importantInfluence'] },
  anticipatedArmedAttackSituation: { event: 'determineAnticipatedArmedAttackSituation', guards: ['armedAttackAnticipated'] },
  // The Three New Conditions, each a rule of its own so a class sees which one held and which did not (MOFA-LPS, §4.2).
  survivalThreateningSituation: {
    event: 'determineSurvivalThreateningSituation',
    guards: ['mayDefendOthers', 'armedAttackOnClosePartner', 'threatensJapansSurvival', 'noOtherAppropriateMeans'],
  },
  armedAttackSituation: { event: 'determineArmedAttackSituation', guards: ['armedAttackOnJapanOccurringOrImminent'] },
};

const FORCE_DETERMINATIONS = new Set<Determination>(['survivalThreateningSituation', 'armedAttackSituation']);
const SUPPORT_DETERMINATIONS = new Set<Determination>(['importantInfluenceSituation', 'anticipatedArmedAttackSituation']);

/**
 * From any determination the Cabinet may move to any other whose conditions hold: categories can be
 * skipped (AMEBLO-SATO, §4.3 notes). Going down is closed while the SDF acts under the higher one:
 * below force while it uses force, below support while it gives support.
 */
function determinationState(current: Determination) {
  const on: Record<string, unknown> = {};
  for (const d of DETERMINATIONS) {
    if (d === current || d === 'normal') continue;
    const { event, guards } = DETERMINE[d];
    const keep = SUPPORT_DETERMINATIONS.has(d) ? ['noForceInUse'] : [];
    const all = [...guards, ...keep];
    on[event] = { target: d, guard: all.length === 1 ? all[0] : and(all) };
  }
  if (current !== 'normal') on.revokeDetermination = { target: 'normal', guard: 'noSdfOperation' };
  // When the armed attack a force determination answered has ended, the determination lapses (the Basic Response
  // Plan is abolished, MOD-WP2017 via the glossary, row 15) to what the facts still support.
  if (FORCE_DETERMINATIONS.has(current)) {
    on.armedAttackEnded = [
      { target: 'anticipatedArmedAttackSituation', guard: 'armedAttackAnticipated' },
      { target: 'importantInfluenceSituation', guard: 'importantInfluence' },
      { target: 'normal' },
    ];
  }
  return { on };
}

const inDetermination = (d: Determination) => stateIn(`#tokyo.determination.${d}`);
const inDiet = (s: string) => stateIn(`#tokyo.dietApproval.${s}`);
const inSdf = (s: string) => stateIn(`#tokyo.sdfRole.${s}`);

// Use of force needs a survival-threatening or armed attack determination (Three New Conditions, MOFA-LPS, §4.2).
const forceDetermined = or([inDetermination('survivalThreateningSituation'), inDetermination('armedAttackSituation')]);
// Logistics support needs an important influence determination or one above it (§4.3; categories overlap, AMEBLO-SATO).
const supportDetermined = or([
  inDetermination('importantInfluenceSituation'),
  inDetermination('anticipatedArmedAttackSituation'),
  forceDetermined,
]);
// Where an emergency order may come from: any Diet state but a refusal of force or force already approved or under way.
const EMERGENCY_FROM = ['none', 'supportPlanPending', 'supportPlanApproved', 'supportPlanRefused', 'defenceOperationPending'] as const;
const emergencyOrderable = or(EMERGENCY_FROM.map(inDiet));

// Transitions several Diet states share.
const REQUEST_ANY = {
  requestSupportPlanApproval: { target: 'supportPlanPending', guard: 'supportDetermined' },
  requestDefenceOperationApproval: { target: 'defenceOperationPending', guard: 'forceDetermined' },
} as const;
const EMERGENCY = { orderDefenceOperationInEmergency: { target: 'exPostApprovalPending', guard: 'emergencyForce' } } as const;
// A force determination that lapses takes the approval for force with it: support stays where the facts support it.
const LAPSE = { armedAttackEnded: [{ target: 'supportPlanApproved', guard: 'lapsesToSupport' }, { target: 'none' }] } as const;
/**
 * Lowering the determination below force: an approval keeps only support; a pending request lapses,
 * back to the support already approved if the SDF is giving it (it needed that approval to begin).
 */
const lowerFromForceTo = (target: 'none' | 'supportPlanApproved') => {
  const lower = (factGuard: 'importantInfluence' | 'armedAttackAnticipated') =>
    target === 'supportPlanApproved'
      ? [{ target, guard: and([factGuard, 'loweringFromForce']) }]
      : [
          { target: 'supportPlanApproved' as const, guard: and([factGuard, 'loweringFromForce', inSdf('rearAreaSupport')]) },
          { target, guard: and([factGuard, 'loweringFromForce']) },
        ];
  return {
    determineImportantInfluenceSituation: lower('importantInfluence'),
    determineAnticipatedArmedAttackSituation: lower('armedAttackAnticipated'),
  };
};

export const tokyoMachine = setup({
  types: { events: {} as DecisionEvent },
  guards: {
    // Maritime security operation (SDF Act Art. 82): an infringement short of armed attack with a Japanese link: foreign
    // warships in Japan's territorial sea, an armed group landing on a remote island, Japanese ships attacked (MOD-WP2018-COL, §4.4).
    japaneseWatersOrShipsInfringed: ({ event }) => event.facts.japanLinkInfringed,
    // Important influence situation: one that, left alone, could lead to an armed attack on Japan (PSAJ, SANKEIBIZ, §4.3).
    // The model reads that as force used against Taiwan, a quarantine with US forces deployed, or military pressure touching Japan itself;
    // an exercise alone is not enough (a modelling choice, docs/model.md).
    importantInfluence: ({ event }) =>
      event.facts.taiwanUnderArmedAttack ||
      (event.facts.shippingCoerced && event.facts.usForcesInTheatre) ||
      (event.facts.japanLinkInfringed && event.facts.militaryPressure),
    // Anticipated armed attack situation: tension such that an attack on Japan is anticipated (MOD-WP2024, §4.3).
    armedAttackAnticipated: ({ event }) => event.facts.japanAttackAnticipated,
    // Three New Conditions (MOFA-LPS, §4.2). (1a) An armed attack on a country in a close relationship with Japan is occurring.
    // The US qualifies; Taiwan only under the reading the scenario or Tokyo's declared policy adopts (WOTR-2021, NIPPON-JIJI, §4.3, §4.8).
    armedAttackOnClosePartner: ({ event }) =>
      event.facts.usForcesUnderAttack || (event.facts.taiwanUnderArmedAttack && event.facts.taiwanAttackCanQualify),
    // A neutral Japan (CSIS excursion "Japan neutral", §1.2) exercises no collective self-defence and gives no support to others' combat.
    mayDefendOthers: ({ event }) => event.facts.japanMayDefendOthers,
    // (1b) ... and as a result threatens Japan's survival: enough of the signs in engine/survivalThreat.ts hold.
    threatensJapansSurvival: ({ event }) => event.facts.survivalThreatened,
    // (2) No other appropriate means: Tokyo sought a diplomatic solution in an earlier turn, or Japan itself is attacked.
    noOtherAppropriateMeans: ({ event }) => event.facts.otherMeansTried || event.facts.japanUnderAttack,
    // Armed attack situation: an armed attack on Japan has occurred, or a clear danger of one is imminent (MOD-WP2024, KOTOBANK-AAS, §4.3).
    armedAttackOnJapanOccurringOrImminent: ({ event }) => event.facts.japanUnderAttack || event.facts.japanAttackImminent,
    // (3) Force limited to the minimum necessary: striking the forces that attack, not just defending, needs the attack to be
    // on Japan or on US forces; an attack on Taiwan alone allows defensive operations only (KIYOSUGAWA, §4.2).
    attackOnJapanOrUsForces: ({ event }) => event.facts.japanUnderAttack || event.facts.usForcesUnderAttack,
    strikesWithinMinimumNecessary: and([inSdf('defenceOperation'), 'attackOnJapanOrUsForces']),
    // The scenario may hold the SDF to defensive operations once in (CSIS excursion, §1.2).
    strikesAllowed: ({ event }) => event.facts.sdfMayStrikeAttackingForces,
    // A determination cannot be lowered below what the SDF is doing under it.
    noForceInUse: not(inSdf('defenceOperation')),
    noSdfOperation: inSdf('policeRole'),
    forceDetermined,
    supportDetermined,
    // Support needs the Diet's approval of the plan (prior in principle, KOMEI, §4.3).
    supportAuthorised: and([supportDetermined, or([inDiet('supportPlanApproved'), inDiet('defenceOperationApproved')])]),
    // A defence operation needs the determination and prior Diet approval (2014 Cabinet Decision, HATENA-CD, §4.1).
    forceAuthorised: and([forceDetermined, inDiet('defenceOperationApproved')]),
    // Approval lapses with the determination it was given under.
    revoking: and([not(inDetermination('normal')), inSdf('policeRole')]),
    loweringFromForce: and([forceDetermined, not(inSdf('defenceOperation'))]),
    // Ex post Diet approval is allowed only in an emergency: Japan itself attacked, or US forces under attack (2014 Cabinet Decision, SDF Act, §4.3).
    emergency: ({ event }) => event.facts.japanUnderAttack || event.facts.usForcesUnderAttack,
    emergencyForce: and([forceDetermined, 'emergency', emergencyOrderable, not(inSdf('defenceOperation'))]),
    actingAheadOfDiet: inDiet('exPostApprovalPending'),
    // The US asks before launching combat operations from bases in Japan (Kishi-Herter notes, §4.5).
    consultationRequested: ({ event }) => event.facts.usRequestedPriorConsultation,
    // A Japan that stays neutral cannot consent (CSIS excursion "Japan neutral", §1.2).
    mayConsent: ({ event }) => event.facts.usRequestedPriorConsultation && event.facts.japanMayConsentToBases,
    // Evacuation is ordered once the pressure is military: a large-scale exercise or worse (YOMIURI-1108: rescuing nationals is the top priority, §4.8).
    militaryPressure: ({ event }) => event.facts.militaryPressure,
    // Statements and diplomacy answer a crisis that is visible.
    crisisVisible: ({ event }) => event.facts.coercionVisible,
    // A lapsing force determination keeps support where the facts still support a support determination.
    lapsesToSupport: ({ event }) => event.facts.japanAttackAnticipated || event.facts.taiwanUnderArmedAttack ||
      (event.facts.shippingCoerced && event.facts.usForcesInTheatre) || (event.facts.japanLinkInfringed && event.facts.militaryPressure),
  },
}).createMachine({
  id: 'tokyo',
  type: 'parallel',
  states: {
    determination: {
      initial: 'normal',
      // Generated from the table above; xstate's config types cannot follow a computed table, hence the cast.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      states: Object.fromEntries(DETERMINATIONS.map((d) => [d, determinationState(d)])) as any,
    },
    dietApproval: {
      initial: 'none',
      // Lapses: revoking the determination ends any approval; lowering it below force keeps only support.
      on: {
        revokeDetermination: { target: '.none', guard: 'revoking' },
        // A lapse to no determination at all ends every approval (states with force approvals answer it themselves).
        armedAttackEnded: { target: '.none', guard: not('lapsesToSupport') },
      },
      states: {
        none: {
          on: {
            ...REQUEST_ANY,
            ...EMERGENCY,
          },
        },
        // Important influence support: prior approval in principle (KOMEI, §4.3).
        supportPlanPending: {
          on: {
            dietApproves: 'supportPlanApproved',
            dietRefuses: 'supportPlanRefused',
            ...EMERGENCY,
          },
        },
        supportPlanApproved: {
          on: {
            requestDefenceOperationApproval: REQUEST_ANY.requestDefenceOperationApproval,
            ...EMERGENCY,
          },
        },
        supportPlanRefused: {
          on: {
            ...REQUEST_ANY,
            ...EMERGENCY,
          },
        },
        // Defence operation: prior approval in principle (2014 Cabinet Decision, HATENA-CD, §4.1, §4.3).
        defenceOperationPending: {
          on: {
            dietApproves: 'defenceOperationApproved',
            dietRefuses: 'defenceOperationRefused',
            ...EMERGENCY,
            ...lowerFromForceTo('none'),
            ...LAPSE,
          },
        },
        defenceOperationApproved: {
          on: {
            ...lowerFromForceTo('supportPlanApproved'),
            ...LAPSE,
          },
        },
        // Ordered in an emergency; the Diet votes afterwards and can order the operation ended.
        exPostApprovalPending: { on: { dietApproves: 'defenceOperationApproved', dietRefuses: 'defenceOperationRefused', ...LAPSE } },
        // The Diet's refusal binds: force needs a fresh request and vote.
        defenceOperationRefused: {
          on: {
            ...REQUEST_ANY,
          },
        },
      },
    },
    // A maritime security operation (SDF Act Art. 82) is an order, not a determination of a situation: the MSDF acts in a
    // police role beside the Coast Guard whatever situation the Cabinet has determined, until the order is ended
    // (MOD-WP2018-COL, KOTOBANK-MSO, §4.4). Before rules 1.15.0 it was a determination, so raising the determination to
    // support US forces took the ships off that duty.
    maritimeSecurity: {
      initial: 'notOrdered',
      states: {
        notOrdered: { on: { orderMaritimeSecurityOperation: { target: 'ordered', guard: 'japaneseWatersOrShipsInfringed' } } },
        ordered: { on: { endMaritimeSecurityOperation: 'notOrdered' } },
      },
    },
    sdfRole: {
      initial: 'policeRole',
      states: {
        // Police role alongside the Coast Guard, weapons for self-defence only (SDF Act Art. 82, §4.3).
        policeRole: {
          on: {
            beginRearAreaSupport: { target: 'rearAreaSupport', guard: and(['mayDefendOthers', 'supportAuthorised']) },
            orderDefenceOperation: { target: 'defenceOperation', guard: 'forceAuthorised' },
            orderDefenceOperationInEmergency: {
              target: 'defenceOperation',
              guard: 'emergencyForce',
            },
          },
        },
        // Logistics support to US forces where combat is not taking place; no use of force (§4.3).
        rearAreaSupport: {
          on: {
            orderDefenceOperation: { target: 'defenceOperation', guard: 'forceAuthorised' },
            orderDefenceOperationInEmergency: {
              target: 'defenceOperation',
              guard: 'emergencyForce',
            },
            ceaseOperations: 'policeRole',
            armedAttackEnded: { target: 'policeRole', guard: not('lapsesToSupport') },
          },
        },
        // Use of force, limited to the minimum necessary (Three New Conditions (3), MOFA-LPS, §4.2).
        // The same event moves the Diet region too: each region answers it on its own, because a
        // transition aimed at two regions would re-enter the whole machine and reset its other regions.
        defenceOperation: {
          on: {
            ceaseOperations: 'policeRole',
            // An operation ordered ahead of the Diet ends if the Diet refuses it afterwards.
            dietRefuses: { target: 'policeRole', guard: 'actingAheadOfDiet' },
            // It ends with the armed attack that grounded it.
            armedAttackEnded: 'policeRole',
          },
        },
      },
    },
    // Condition (3): defensive operations (escort, minesweeping, anti-submarine work, air and missile defence) unless
    // striking the attacking forces is within the minimum necessary. An operation ordered against an attack on Japan or
    // US forces may strike from its first day, as in the CSIS base case ("JSDF operations once in: all operations
    // allowed", §1.2); the Cabinet may hold it to defensive operations, and must where only Taiwan is attacked.
    forceScope: {
      initial: 'defensiveOnly',
      states: {
        defensiveOnly: {
          on: {
            authoriseStrikesOnAttackingForces: { target: 'strikesOnAttackingForces', guard: and(['strikesAllowed', 'strikesWithinMinimumNecessary']) },
            orderDefenceOperation: { target: 'strikesOnAttackingForces', guard: and(['strikesAllowed', 'attackOnJapanOrUsForces', 'forceAuthorised', not(inSdf('defenceOperation'))]) },
            orderDefenceOperationInEmergency: { target: 'strikesOnAttackingForces', guard: and(['strikesAllowed', 'attackOnJapanOrUsForces', 'emergencyForce']) },
          },
        },
        strikesOnAttackingForces: {
          on: {
            limitToDefensiveOperations: 'defensiveOnly',
            ceaseOperations: 'defensiveOnly',
            armedAttackEnded: 'defensiveOnly',
            dietRefuses: { target: 'defensiveOnly', guard: 'actingAheadOfDiet' },
          },
        },
      },
    },
    priorConsultation: {
      initial: 'notRequested',
      states: {
        notRequested: { on: { priorConsultationRequested: 'requested' } },
        requested: {
          on: {
            consentToCombatOperations: { target: 'consented', guard: 'mayConsent' },
            refuseCombatOperations: { target: 'refused', guard: 'consultationRequested' },
          },
        },
        // Consent is given case by case (EGYPTTODAY-NHK, §4.5): it can be withdrawn.
        consented: { on: { withdrawConsent: 'refused' } },
        // Refusal can be reconsidered if the US asks again.
        refused: { on: { priorConsultationRequested: 'requested' } },
      },
    },
    evacuation: {
      initial: 'notOrdered',
      states: {
        notOrdered: { on: { orderEvacuation: { target: 'underway', guard: 'militaryPressure' } } },
        underway: { on: { evacuationCompleted: 'completed' } },
        completed: {},
      },
    },
    // Whether Tokyo says a blockade enforced by warships could be a survival-threatening situation (PM Takaichi,
    // 7 Nov 2025, YOMIURI-1108), or keeps its predecessors' ambiguity (NIPPON-JIJI, §4.8).
    declaratoryPolicy: {
      initial: 'ambiguity',
      states: {
        ambiguity: { on: { stateBlockadeCouldBeSurvivalThreatening: { target: 'blockadeCouldBeSurvivalThreatening', guard: 'crisisVisible' } } },
        blockadeCouldBeSurvivalThreatening: { on: { returnToAmbiguity: 'ambiguity' } },
      },
    },
    // The second condition asks that no other appropriate means be available: diplomacy tried first.
    diplomacy: {
      initial: 'none',
      states: {
        none: { on: { seekDiplomaticSolution: { target: 'seekingDiplomaticSolution', guard: 'crisisVisible' } } },
        seekingDiplomaticSolution: {},
      },
    },
  },
});
