import { and, or, setup, stateIn } from 'xstate';
import type { DecisionEvent } from './decisionEvent.ts';

/**
 * Washington's alignment: its posture (strategic ambiguity to direct intervention, or standing aside with
 * supplies only), where it fights from, its defence of Japan under Article V, whether strikes on the
 * mainland are authorised, Congress and the War Powers Resolution, and what it says. The variables mirror
 * the CSIS assumption lattice (domain-facts §1.2, §6) and the US law of §4.6-4.7.
 */
const inPosture = (p: string) => stateIn(`#washington.posture.${p}`);

export const washingtonMachine = setup({
  types: { events: {} as DecisionEvent },
  guards: {
    // Warnings answer visible coercion; the TRA calls "boycotts or embargoes" a threat to the peace (TRA 2(b)(4), WIKISOURCE-STAT, §4.6).
    coercionUnderWay: ({ event }) => event.facts.coercionVisible,
    // Escorts run a quarantine or blockade (CSIS 2025 coalition rung T3; CKHQ-NSJ convoy war, §2.1): combat forces, so only
    // where the scenario lets US forces fight (not in "Taiwan stands alone", nor before a delayed entry, §1.2-1.3).
    shippingInterdicted: ({ event }) => event.facts.usMayFight && event.facts.shippingCoerced && !event.facts.prcCeasefire,
    // Direct intervention answers force in use now: the TRA does not require it (UNCENSORED-WIKI, §4.6), so it is a choice.
    // The scenario may delay or rule out intervention (CSIS excursions: D+14, "Taiwan alone", §1.2-1.3).
    forceUsed: ({ event }) =>
      event.facts.usMayFight &&
      (event.facts.taiwanUnderArmedAttack || event.facts.usForcesUnderAttack || event.facts.japanUnderAttack),
    // De-escalating is open when Beijing is no longer using force.
    forceNotInUse: ({ event }) => (!event.facts.taiwanUnderArmedAttack && !event.facts.usForcesUnderAttack) || event.facts.prcCeasefire,
    // Combat operations from bases in Japan for Taiwan's defence need Tokyo's consent after prior consultation; only
    // operations under Article V, to meet an armed attack on Japan, are excepted (Kishi-Herter notes, GBOOKS-NOTES; FRUS-D38, §4.5).
    basesInJapanOpen: and([or([inPosture('directIntervention'), inPosture('convoyEscort')]), ({ event }) => event.facts.tokyoConsentedToCombatOperations]),
    // Article V: "an armed attack against either Party in the territories under the administration of Japan" (38IS, §4.5).
    japanUnderArmedAttack: ({ event }) => event.facts.usMayFight && event.facts.japanUnderAttack,
    japanNoLongerAttacked: ({ event }) => !event.facts.japanUnderAttack,
    intervening: inPosture('directIntervention'),
    // Standing down from intervention also brings forces home from Japan and ends mainland strike authority.
    standingDown: and([inPosture('directIntervention'), 'forceNotInUse']),
    // Standing aside from the escorts ends operations from Japan with them; an intervening Washington cannot stand aside
    // (it stands down first), so this region must not take the event on its own.
    escorting: inPosture('convoyEscort'),
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
            // Past the War Powers Resolution's 60 + 30 days without Congress's authorisation, forces come out of hostilities.
            warPowersDeadline: 'warningsAndShowOfForce',
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
            warPowersDeadline: 'warningsAndShowOfForce',
          },
        },
      },
    },
    operatingFrom: {
      initial: 'guamAndAtSea',
      states: {
        guamAndAtSea: { on: { operateFromBasesInJapan: { target: 'basesInJapan', guard: 'basesInJapanOpen' } } },
        basesInJapan: {
          on: {
            standDownForces: { target: 'guamAndAtSea', guard: 'standingDown' },
            endEscorts: { target: 'guamAndAtSea', guard: 'escorting' },
            standAside: { target: 'guamAndAtSea', guard: 'escorting' },
            // Tokyo withdrew its consent: combat operations for Taiwan move to Guam and the sea.
            consentWithdrawn: 'guamAndAtSea',
            warPowersDeadline: 'guamAndAtSea',
          },
        },
      },
    },
    // US forces in Japan meet an armed attack on Japan: Article V operations, which need no prior consultation (§4.5).
    defenceOfJapan: {
      initial: 'none',
      states: {
        none: { on: { defendJapan: { target: 'defendingJapan', guard: 'japanUnderArmedAttack' } } },
        defendingJapan: { on: { standDownForces: { target: 'none', guard: 'japanNoLongerAttacked' } } },
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
            warPowersDeadline: 'notAuthorised',
          },
        },
      },
    },
    // The TRA: "The President and the Congress shall determine, in accordance with constitutional processes, appropriate
    // action" (Sec. 3(c), CL-TRA, §4.6). An authorisation stops the War Powers clock.
    congress: {
      initial: 'notAsked',
      states: {
        notAsked: { on: { requestAuthorisationFromCongress: { target: 'authorisationRequested', guard: 'coercionUnderWay' } } },
        authorisationRequested: { on: { congressAuthorises: 'authorised', congressRefuses: 'refused' } },
        authorised: {},
        refused: { on: { requestAuthorisationFromCongress: 'authorisationRequested' } },
      },
    },
    // Saying that Article V covers the Senkakus, which Japan administers (MOFA-SENKAKU, §5.1): a signal that binds.
    articleV: {
      initial: 'unstated',
      states: {
        unstated: { on: { affirmArticleVForSenkakus: { target: 'affirmedForSenkakus', guard: 'coercionUnderWay' } } },
        affirmedForSenkakus: {},
      },
    },
    // TRA Sec. 3(c): "The President is directed to inform the Congress promptly of any threat to the security or the
    // social or economic system of the people on Taiwan" (CL-TRA, §4.6); a boycott or embargo is one (Sec. 2(b)(4)).
    taiwanRelationsAct: {
      initial: 'notInvoked',
      states: {
        notInvoked: { on: { reportThreatUnderTaiwanRelationsAct: { target: 'threatReported', guard: 'coercionUnderWay' } } },
        threatReported: {},
      },
    },
  },
});
