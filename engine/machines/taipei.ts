import { and, setup } from 'xstate';
import type { DecisionEvent } from './decisionEvent.ts';

/**
 * Taipei's posture: force readiness, what its coast guard and navy do against the ships enforcing
 * Beijing's measures, energy rationing, and its political stance. Taiwan's will to resist is the first of
 * the CSIS conditions for a successful defence (domain-facts §1.6); the blockade study's coalition rungs
 * T1-T2 are Taiwan acting within 24 nautical miles, then counterattacking (CKHQ-DEC, §2.1).
 */
export const taipeiMachine = setup({
  types: { events: {} as DecisionEvent },
  actions: { putTermsOnTheTable: () => {} },
  guards: {
    crisisVisible: ({ event }) => event.facts.coercionVisible,
    underArmedAttack: ({ event }) => event.facts.taiwanUnderArmedAttack,
    // Calm: no more than gray-zone pressure (a ceasefire counts as calm).
    calm: ({ event }) => !event.facts.militaryPressure,
    // Ships to enforce against: a quarantine's or a blockade's (T1, CKHQ-DEC, §2.1). Not an invasion's: its fleet meets
    // Taiwan's anti-ship fire at the readiness Taiwan has reached (engine/adjudicate/invasion.ts), and the zone and the
    // counterattack, which work on a blockade's shipping, would change nothing there.
    shipsToTurnAway: ({ event }) => event.facts.prcCoercion === 'quarantine' || event.facts.prcCoercion === 'blockade',
    // Talks need something to talk about: Beijing interfering with shipping, or a ceasefire.
    somethingToNegotiate: ({ event }) => event.facts.shippingCoerced || event.facts.prcCeasefire,
    beijingOfferOnTheTable: ({ event }) => event.facts.offerFromBeijing,
  },
}).createMachine({
  id: 'taipei',
  type: 'parallel',
  states: {
    defence: {
      initial: 'normal',
      states: {
        normal: { on: { raiseReadiness: 'heightenedReadiness', mobilise: { target: 'mobilisation', guard: 'crisisVisible' } } },
        heightenedReadiness: {
          on: {
            mobilise: { target: 'mobilisation', guard: 'crisisVisible' },
            standDownForces: { target: 'normal', guard: 'calm' },
          },
        },
        mobilisation: {
          on: {
            resistFully: { target: 'fullResistance', guard: 'underArmedAttack' },
            standDownForces: { target: 'normal', guard: 'calm' },
          },
        },
        fullResistance: { on: { standDownForces: { target: 'normal', guard: 'calm' } } },
      },
    },
    seaDenial: {
      initial: 'restrained',
      states: {
        restrained: { on: { enforceContiguousZone: { target: 'enforcingContiguousZone', guard: 'shipsToTurnAway' } } },
        // The Coast Guard Administration and navy turn away or escort past the coast guard ships within 24 nm (T1).
        enforcingContiguousZone: {
          on: {
            counterattack: { target: 'counterattacking', guard: and(['underArmedAttack', 'shipsToTurnAway']) },
            holdFire: 'restrained',
          },
        },
        // Attacks on the ships and submarines enforcing a blockade (T2): force against force.
        counterattacking: { on: { holdFire: 'restrained' } },
      },
    },
    // 97-98% of energy is imported by sea; LNG stocks cover 10-11 days (§2.4).
    energy: {
      initial: 'normalSupply',
      states: {
        normalSupply: { on: { rationEnergy: { target: 'rationing', guard: 'crisisVisible' } } },
        rationing: { on: { endRationing: 'normalSupply' } },
      },
    },
    stance: {
      initial: 'standingFirm',
      states: {
        standingFirm: { on: { openNegotiations: { target: 'negotiating', guard: 'somethingToNegotiate' } } },
        negotiating: {
          on: {
            breakOffNegotiations: 'standingFirm',
            proposeSettlement: { actions: 'putTermsOnTheTable' },
            acceptSettlement: { target: 'settled', guard: 'beijingOfferOnTheTable' },
            // Beijing accepted Taipei's terms.
            settlementAgreed: 'settled',
            accommodate: 'accommodation',
          },
        },
        // Accepting Beijing's terms without conditions ends the game: the CSIS report treats surrender as "no war" (§1.2).
        accommodation: { type: 'final' },
        // A settlement on agreed terms (the terms are in state.talks).
        settled: { type: 'final' },
      },
    },
  },
});
