import { and, setup, stateIn } from 'xstate';
import type { DecisionEvent } from './decisionEvent.ts';

/**
 * Washington's alignment: its posture (strategic ambiguity to direct intervention, or standing aside
 * with supplies only), where it fights from, and whether strikes on the mainland are authorised.
 * The variables mirror the CSIS assumption lattice (domain-facts §1.2, §6).
 */
export const washingtonMachine = setup({
  types: { events: {} as DecisionEvent },
  guards: {
    // Warnings answer visible coercion; the TRA calls "boycotts or embargoes" a threat to the peace (TRA 2(b)(4), WIKISOURCE-STAT, §4.6).
    coercionUnderWay: ({ event }) => event.facts.coercionVisible,
    // Escorts run a quarantine or blockade (CSIS 2025 coalition rung T3; CKHQ-NSJ convoy war, §2.1).
    shippingInterdicted: ({ event }) => event.facts.shippingCoerced && !event.facts.prcCeasefire,
    // Direct intervention answers force: the TRA does not require it (UNCENSORED-WIKI, §4.6), so it is a choice open once force is used.
    // The scenario may delay or rule out intervention (CSIS excursions: D+14, "Taiwan alone", §1.2-1.3).
    forceUsed: ({ event }) =>
      event.facts.usMayIntervene &&
      (event.facts.taiwanUnderArmedAttack || event.facts.usForcesAttacked || event.facts.japanAttacked),
    // De-escalating is open when Beijing is no longer using force.
    forceNotInUse: ({ event }) => !event.facts.taiwanUnderArmedAttack || event.facts.prcCeasefire,
    // Combat operations from bases in Japan need Tokyo's consent after prior consultation, except operations
    // under Article V for Japan's own defence (Kishi-Herter notes, GBOOKS-NOTES; FRUS-D38, §4.5).
    basesInJapanOpen: and([
      stateIn('#washington.posture.directIntervention'),
      ({ event }) => event.facts.tokyoConsentedToCombatOperations || event.facts.japanAttacked,
    ]),
    intervening: stateIn('#washington.posture.directIntervention'),
    // Standing down from intervention also brings forces home from Japan and ends mainland strike authority.
    standingDown: and([stateIn('#washington.posture.directIntervention'), 'forceNotInUse']),
    refusedBefore: ({ event }) => event.facts.tokyoRefusedConsultation,
  },
}).createMachine({
  id: 'washington',
  type: 'parallel',
  states: {
    posture: {
      initial: 'strategicAmbiguity',
      states: {
        // "Officially, the U.S. will not say whether American forces would defend Taiwan" (HELLBOUND, §4.7).
        strategicAmbiguity: {
          on: {
            issueWarnings: { target: 'warningsAndShowOfForce', guard: 'coercionUnderWay' },
            escortConvoys: { target: 'convoyEscort', guard: 'shippingInterdicted' },
            intervene: { target: 'directIntervention', guard: 'forceUsed' },
            standAside: { target: 'standingAside', guard: 'coercionUnderWay' },
          },
        },
        warningsAndShowOfForce: {
          on: {
            escortConvoys: { target: 'convoyEscort', guard: 'shippingInterdicted' },
            intervene: { target: 'directIntervention', guard: 'forceUsed' },
            standAside: 'standingAside',
            returnToAmbiguity: { target: 'strategicAmbiguity', guard: 'forceNotInUse' },
          },
        },
        convoyEscort: {
          on: {
            intervene: { target: 'directIntervention', guard: 'forceUsed' },
            standAside: 'standingAside',
            endEscorts: { target: 'warningsAndShowOfForce' },
          },
        },
        // CSIS excursion: US enters late or not at all; a "Ukraine model" of supplies only (§1.2, §1.6).
        standingAside: {
          on: {
            issueWarnings: 'warningsAndShowOfForce',
            escortConvoys: { target: 'convoyEscort', guard: 'shippingInterdicted' },
            intervene: { target: 'directIntervention', guard: 'forceUsed' },
          },
        },
        directIntervention: {
          on: {
            standDownForces: { target: 'warningsAndShowOfForce', guard: 'forceNotInUse' },
          },
        },
      },
    },
    operatingFrom: {
      initial: 'guamAndAtSea',
      states: {
        guamAndAtSea: { on: { operateFromBasesInJapan: { target: 'basesInJapan', guard: 'basesInJapanOpen' } } },
        basesInJapan: { on: { standDownForces: { target: 'guamAndAtSea', guard: 'standingDown' } } },
      },
    },
    priorConsultation: {
      initial: 'notSought',
      states: {
        notSought: { on: { requestPriorConsultation: { target: 'sought', guard: 'coercionUnderWay' } } },
        // After a refusal Washington may ask again; two states, so each new request is a change the
        // engine forwards to Tokyo.
        sought: { on: { requestPriorConsultation: { target: 'soughtAgain', guard: 'refusedBefore' } } },
        soughtAgain: { on: { requestPriorConsultation: { target: 'sought', guard: 'refusedBefore' } } },
      },
    },
    mainlandStrikes: {
      initial: 'notAuthorised',
      states: {
        // CSIS base case authorises strikes on the mainland; the excursion prohibits them (§1.2), and the report warns against automatic strikes (§1.4).
        notAuthorised: { on: { authoriseMainlandStrikes: { target: 'authorised', guard: 'intervening' } } },
        authorised: {
          on: {
            prohibitMainlandStrikes: 'notAuthorised',
            standDownForces: { target: 'notAuthorised', guard: 'standingDown' },
          },
        },
      },
    },
  },
});
