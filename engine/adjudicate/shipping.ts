import type { Coercion, UsPosture } from '../tracks.ts';
import type { GameEvent } from '../types.ts';
import type { Step } from './context.ts';
import { chance, clamp, count, round, spread } from './dice.ts';

const ESCORTING = new Set<UsPosture>(['convoyEscort', 'directIntervention']);
const SUPPORTING = new Set(['rearAreaSupport', 'defenceOperation']);
const INTERDICTING = new Set<Coercion>(['quarantine', 'blockade', 'amphibiousInvasion']);
const ARMED = new Set<Coercion>(['blockade', 'amphibiousInvasion']);

/**
 * Shipping reaching Taiwan. Beijing's rung sets how much gets through; escorts close part of the gap,
 * and an armed blockade singles out energy carriers. Ships that sail and are stopped are turned back
 * under a quarantine, and some are sunk or mined under a blockade or invasion.
 */
export const shipping: Step = ({ scenario, state, rng }) => {
  const sp = scenario.params.shipping;
  const coercion = state.tracks.beijing.coercion;
  const strikes = state.tracks.beijing.missileStrikes;
  const events: GameEvent[] = [];

  let base = sp.throughputByCoercion[coercion] ?? 1;
  if (strikes !== 'none') base *= 0.85; // ports under missile attack work more slowly
  let energyBase = ARMED.has(coercion) ? base * (1 - sp.energyTargeting) : base;

  let closure = 0;
  if (INTERDICTING.has(coercion)) {
    const posture = state.tracks.washington.posture;
    if (posture === 'convoyEscort') closure += sp.usConvoyGain;
    if (posture === 'directIntervention') closure += sp.usInterventionGain;
    if (SUPPORTING.has(state.tracks.tokyo.sdfRole)) closure += sp.japanConvoyGain;
    // Once the invasion starts the ring round Taiwan is too dense for convoys (KR-BRUNCH ch.6, §1.4).
    if (coercion === 'amphibiousInvasion') closure *= 0.2;
    closure = Math.min(1, closure);
  }
  const friction = INTERDICTING.has(coercion) ? spread(rng, sp.noise) : 1;
  const throughput = clamp((base + (1 - base) * closure) * friction, 0, 1);
  const energy = clamp((energyBase + (1 - energyBase) * closure) * friction, 0, 1);

  const normal = sp.normalInboundShipsPerDay * scenario.turnDays;
  const stopped = normal * (1 - throughput) * sp.sailDespiteInterdiction;
  const sent = Math.round(normal * throughput + stopped);
  const lost = ARMED.has(coercion) ? Math.min(Math.round(stopped), count(rng, stopped * sp.lossRateOfInterdicted)) : 0;

  const shippingPct = round(throughput * 100, 1);
  const restored = (coercion === 'blockade' || coercion === 'quarantine') && shippingPct >= sp.restoredPct ? state.indicators.turnsShippingRestored + 1 : 0;
  events.push({
    type: 'indicatorsChanged',
    changes: {
      shippingPct,
      energyShippingPct: round(energy * 100, 1),
      inboundShipsSent: state.indicators.inboundShipsSent + sent,
      inboundShipsLost: state.indicators.inboundShipsLost + lost,
      turnsShippingRestored: restored,
    },
    cause: closure > 0 ? 'shippingEscorted' : 'shipping',
  });

  // Escorts running a declared blockade may be fired on: the case Takaichi described to the Diet (YOMIURI-1108, §4.8).
  const posture = state.tracks.washington.posture;
  if (coercion === 'blockade' && ESCORTING.has(posture)) {
    const c = scenario.params.combat;
    const fight = posture === 'directIntervention' ? { success: true, event: null } : chance(rng, 'convoyClash', c.convoyClashChance);
    if (fight.event) events.push(fight.event);
    if (fight.success) {
      // Escort fights cost warships: even convoys that only defend can cost dozens (CKHQ-NSJ, §2.1).
      const usShips = count(rng, c.usShipsLostPerTurn * c.escortLossShare);
      events.push(
        { type: 'lossesInflicted', side: 'us', ships: usShips, aircraft: count(rng, c.usAircraftLostPerTurn * 0.3), casualties: usShips * c.casualtiesPerShip, cause: 'escortsEngaged' },
        prcBlockadeLosses(count(rng, c.prcShipsPerFleetPct * 4), count(rng, c.usAircraftLostPerTurn * 0.5), c.casualtiesPerShip),
      );
      if (!state.flags.usForcesAttacked) events.push({ type: 'flagRaised', flag: 'usForcesAttacked', cause: 'escortsEngaged' });
    }
  }
  return events;
};

/** PLA ships and aircraft lost fighting escorts; the blockade's submarines and patrol craft have smaller crews than destroyers. */
function prcBlockadeLosses(ships: number, aircraft: number, casualtiesPerShip: number): GameEvent {
  return { type: 'lossesInflicted', side: 'prc', ships, aircraft, casualties: Math.round(ships * casualtiesPerShip * 0.5), cause: 'blockadeForcesEngaged' };
}
