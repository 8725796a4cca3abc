import { or, setup, stateIn } from 'xstate';
import type { DecisionEvent } from './decisionEvent.ts';

/**
 * Beijing's coercion ladder and its ways down. Two regions: the campaign against Taiwan and the
 * missile strikes that can accompany it (CSIS 2023 opens each cycle with Rocket Force strikes,
 * domain-facts §1.1; the blockade study's rung C4 extends attacks to Guam and Japan, §2.1).
 */
export const beijingMachine = setup({
  types: { events: {} as DecisionEvent },
  guards: {
    // An invasion needs lift and a mobilisation the scenario allows within its horizon (CSIS: China mobilises D-30, §1.2).
    invasionFeasible: ({ event }) => event.facts.invasionFeasible,
    // A settlement takes two: Taipei must be at the table (CFR/ICONS negotiation phase, §3.4-3.5).
    taipeiAtTheTable: ({ event }) => event.facts.taipeiNegotiating,
    // Strikes need a campaign under way: a blockade's declared zones or an invasion (CSIS blockade matrix C3, §2.1).
    campaignUnderWay: or([stateIn('#beijing.coercion.blockade'), stateIn('#beijing.coercion.amphibiousInvasion')]),
    // Easing a blockade to a quarantine also ends the strikes that went with it.
    easingBlockade: stateIn('#beijing.coercion.blockade'),
  },
}).createMachine({
  id: 'beijing',
  type: 'parallel',
  states: {
    coercion: {
      initial: 'peacetimePressure',
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
          },
        },
        // Declared no-sail zones, mines and submarines (CSIS 2025 matrix C2-C3, §2.1).
        blockade: {
          on: {
            launchInvasion: { target: 'amphibiousInvasion', guard: 'invasionFeasible' },
            easeToQuarantine: 'quarantine',
            declareCeasefire: 'ceasefire',
          },
        },
        amphibiousInvasion: {
          on: {
            declareCeasefire: 'ceasefire',
          },
        },
        ceasefire: {
          on: {
            agreeSettlement: { target: 'negotiatedSettlement', guard: 'taipeiAtTheTable' },
            standDown: 'peacetimePressure',
            resumeBlockade: 'blockade',
          },
        },
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
            // Strikes run only during a blockade or invasion, where a ceasefire is open: it ends them too.
            declareCeasefire: 'none',
            easeToQuarantine: { target: 'none', guard: 'easingBlockade' },
          },
        },
        alsoOnAlliedBases: {
          on: {
            // Strikes run only during a blockade or invasion, where a ceasefire is open: it ends them too.
            declareCeasefire: 'none',
            easeToQuarantine: { target: 'none', guard: 'easingBlockade' },
          },
        },
      },
    },
  },
});
