import { or, setup, stateIn } from 'xstate';
import type { DecisionEvent } from './decisionEvent.ts';

/**
 * Beijing's coercion ladder and its ways down, with the pressure it can bring on Japan. Regions: the
 * campaign against Taiwan; the missile strikes that can accompany it (CSIS 2023 opens each cycle with
 * Rocket Force strikes, domain-facts §1.1; the blockade study's rung C4 extends attacks to Guam and Japan,
 * §2.1); economic coercion of Japan (the November 2025 reaction to Tokyo's Diet answer, §4.8); and, where
 * the scenario puts them in play, the Senkaku Islands.
 */
// Strikes run only during a blockade or invasion: a ceasefire, easing to a quarantine or a settlement ends them.
const STRIKES_END = {
  declareCeasefire: 'none',
  easeToQuarantine: { target: 'none', guard: 'easingBlockade' },
  agreeSettlement: { target: 'none', guard: 'taipeiOfferOnTheTable' },
  settlementAgreed: 'none',
} as const;

export const beijingMachine = setup({
  types: { events: {} as DecisionEvent },
  // The terms themselves are data in the game state (state.talks); the machine only says when an offer may be made.
  actions: { putTermsOnTheTable: () => {} },
  guards: {
    // An invasion needs lift and a mobilisation the scenario allows within its horizon (CSIS: China mobilises D-30, §1.2).
    invasionFeasible: ({ event }) => event.facts.invasionFeasible,
    // A settlement takes two: Taipei must be at the table (CFR/ICONS negotiation phase, §3.4-3.5) with its own offer on it.
    taipeiOfferOnTheTable: ({ event }) => event.facts.taipeiNegotiating && event.facts.offerFromTaipei,
    // Beijing may put terms on the table once Taipei is talking.
    taipeiAtTheTable: ({ event }) => event.facts.taipeiNegotiating,
    // Strikes need a campaign under way: a blockade's declared zones or an invasion (CSIS blockade matrix C3, §2.1).
    campaignUnderWay: or([stateIn('#beijing.coercion.blockade'), stateIn('#beijing.coercion.amphibiousInvasion')]),
    // Easing a blockade to a quarantine also ends the strikes that went with it.
    easingBlockade: stateIn('#beijing.coercion.blockade'),
    // Economic pressure on Japan answers a crisis that is already visible (seafood ban, travel advisory, §4.8).
    crisisUnderWay: ({ event }) => event.facts.coercionVisible,
    // The Senkakus are in play only where the scenario says so (the southwest islands).
    senkakusInPlay: ({ event }) => event.facts.senkakusInPlay,
  },
}).createMachine({
  id: 'beijing',
  type: 'parallel',
  states: {
    coercion: {
      initial: 'peacetimePressure',
      on: {
        proposeSettlement: { guard: 'taipeiAtTheTable', actions: 'putTermsOnTheTable' },
        // Taipei accepted Beijing's terms.
        settlementAgreed: '.negotiatedSettlement',
      },
      states: {
        peacetimePressure: {
          on: {
            escalateToGrayZone: 'grayZone',
            holdLargeScaleExercise: 'largeScaleExercise',
          },
        },
        // ADIZ incursions and median-line crossings (USCC 2025 via BLOG, §2.5).
        grayZone: {
          on: {
            holdLargeScaleExercise: 'largeScaleExercise',
            declareQuarantine: 'quarantine',
            standDown: 'peacetimePressure',
          },
        },
        // Joint Sword / Justice Mission style encirclement drills (§2.2, §2.5).
        largeScaleExercise: {
          on: {
            declareQuarantine: 'quarantine',
            declareBlockade: 'blockade',
            launchInvasion: { target: 'amphibiousInvasion', guard: 'invasionFeasible' },
            standDown: 'grayZone',
          },
        },
        // Coast-guard-led "enhanced customs inspections" of Taiwan-bound shipping (CSIS 2024, §2.2).
        quarantine: {
          on: {
            declareBlockade: 'blockade',
            standDown: 'grayZone',
            agreeSettlement: { target: 'negotiatedSettlement', guard: 'taipeiOfferOnTheTable' },
          },
        },
        // Declared no-sail zones, mines and submarines (CSIS 2025 matrix C2-C3, §2.1).
        blockade: {
          on: {
            launchInvasion: { target: 'amphibiousInvasion', guard: 'invasionFeasible' },
            easeToQuarantine: 'quarantine',
            declareCeasefire: 'ceasefire',
            agreeSettlement: { target: 'negotiatedSettlement', guard: 'taipeiOfferOnTheTable' },
          },
        },
        amphibiousInvasion: {
          on: {
            declareCeasefire: 'ceasefire',
            // Taipei's terms can end an invasion too: the strikes stop with it (STRIKES_END).
            agreeSettlement: { target: 'negotiatedSettlement', guard: 'taipeiOfferOnTheTable' },
          },
        },
        ceasefire: {
          on: {
            agreeSettlement: { target: 'negotiatedSettlement', guard: 'taipeiOfferOnTheTable' },
            standDown: 'peacetimePressure',
            resumeBlockade: 'blockade',
          },
        },
        // Reached when either side accepts the other's terms (Taipei's acceptance arrives as `settlementAgreed`).
        negotiatedSettlement: { type: 'final' },
      },
    },
    missileStrikes: {
      initial: 'none',
      states: {
        none: {
          on: {
            strikeTaiwan: { target: 'onTaiwanOnly', guard: 'campaignUnderWay' },
            strikeAlliedBases: { target: 'alsoOnAlliedBases', guard: 'campaignUnderWay' },
          },
        },
        onTaiwanOnly: {
          on: {
            strikeAlliedBases: { target: 'alsoOnAlliedBases', guard: 'campaignUnderWay' },
            ...STRIKES_END,
          },
        },
        alsoOnAlliedBases: { on: STRIKES_END },
      },
    },
    pressureOnJapan: {
      initial: 'none',
      states: {
        none: { on: { coerceJapanEconomically: { target: 'economicCoercion', guard: 'crisisUnderWay' } } },
        // A seafood ban, a travel advisory, rare-earth licences held up (NIPPON-CHINA-TRAVEL, BRIEFLY-AJ, §4.8).
        economicCoercion: { on: { liftEconomicCoercion: 'none' } },
      },
    },
    senkakus: {
      initial: 'none',
      states: {
        none: { on: { pressSenkakus: { target: 'coastGuardInTerritorialSea', guard: 'senkakusInPlay' } } },
        // China Coast Guard ships in the islands' territorial sea: an infringement short of armed attack (MOD-WP2018-COL, §4.4).
        coastGuardInTerritorialSea: {
          on: {
            landOnSenkakus: 'landing',
            withdrawFromSenkakus: 'none',
          },
        },
        // Forces land on Uotsuri-jima: an armed attack on territory under Japan's administration (Treaty Art. V, §4.5).
        landing: { on: { withdrawFromSenkakus: 'none' } },
      },
    },
  },
});
