import { setup } from 'xstate';
import type { DecisionEvent } from './decisionEvent.ts';

/**
 * Taipei's posture: force readiness, energy rationing, and its political stance. Taiwan's will to
 * resist is the first of the CSIS conditions for a successful defence (domain-facts §1.6).
 */
export const taipeiMachine = setup({
  types: { events: {} as DecisionEvent },
  guards: {
    crisisVisible: ({ event }) => event.facts.coercionVisible,
    underArmedAttack: ({ event }) => event.facts.taiwanUnderArmedAttack,
    // Calm: no more than gray-zone pressure (a ceasefire counts as calm).
    calm: ({ event }) => !event.facts.militaryPressure,
    // Talks need something to talk about: Beijing coercing beyond the gray zone, or a ceasefire.
    somethingToNegotiate: ({ event }) => event.facts.shippingCoerced || event.facts.prcCeasefire,
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
        negotiating: { on: { breakOffNegotiations: 'standingFirm', accommodate: 'accommodation' } },
        // Accepting Beijing's terms ends the game: the CSIS report treats surrender as "no war" (§1.2).
        accommodation: { type: 'final' },
      },
    },
  },
});
