import { sdfMayFight } from '../legalBasis.ts';
import type { Coercion } from '../tracks.ts';
import type { Rng } from '../rng.ts';
import type { CombatParams } from '../scenario.ts';
import type { GameEvent, GameState } from '../types.ts';
import type { Step } from './context.ts';
import { chance, clamp, count, round, spread } from './dice.ts';

const INTERDICTING = new Set<Coercion>(['quarantine', 'blockade', 'amphibiousInvasion']);
const ARMED = new Set<Coercion>(['blockade', 'amphibiousInvasion']);

/**
 * Shipping reaching Taiwan. Beijing's rung sets how much gets through; escorts close part of the gap, and
 * an armed blockade singles out energy carriers. What each helper may do depends on its legal basis:
 * Japan's rear-area support is logistics outside the zone (it lengthens what US escorts can do and puts no
 * SDF ship at risk); SDF escorts, minesweepers and anti-submarine forces inside the zone need the use-of-force
 * path and can be fired on (§4.3). Taiwan's coast guard can enforce its 24-nm zone or counterattack (T1-T2, §2.1).
 */
export const shipping: Step = ({ scenario, state, facts, rng }) => {
  const sp = scenario.params.shipping;
  const c = scenario.params.combat;
  const { beijing, washington, tokyo, taipei } = state.tracks;
  const coercion = beijing.coercion;
  const events: GameEvent[] = [];

  let base = sp.throughputByCoercion[coercion] ?? 1;
  if (beijing.missileStrikes !== 'none') base *= 0.85; // ports under missile attack work more slowly
  const energyBase = ARMED.has(coercion) ? base * (1 - sp.energyTargeting) : base;

  const escorting = washington.posture === 'convoyEscort' || washington.posture === 'directIntervention';
  const sdfEscorts = tokyo.sdfRole === 'defenceOperation' && sdfMayFight(state, facts);
  // Condition 3 lets the SDF strike the forces that attack Japan or US forces (engine/machines/tokyo.ts).
  const sdfStriking = sdfEscorts && coercion === 'blockade' && tokyo.forceScope === 'strikesOnAttackingForces';
  // Whether the PLA fights the convoys this turn, decided first: a convoy that must fight its way through gets
  // fewer ships home (the 'convoy war', CKHQ-NSJ, §2.1).
  let contested = false;
  if (coercion === 'blockade' && escorting) {
    // The PLA decides whether to fire on the US ships running its declared zone: only then are US forces attacked.
    // Intervention puts more ships in the zone and invites it more often than escorts alone (CKHQ-NSJ, §2.1).
    const intervening = washington.posture === 'directIntervention';
    const fired = chance(rng, intervening ? 'plaEngagesUsForces' : 'convoyClash', intervening ? c.plaEngagesInterveningUsForcesChance : c.convoyClashChance);
    events.push(fired);
    if (fired.success) {
      contested = true;
      // Escort fights cost warships: even convoys that only defend can cost dozens (CKHQ-NSJ, §2.1).
      const usShips = count(rng, c.usShipsLostPerTurn * c.escortLossShare);
      events.push(
        { type: 'lossesInflicted', side: 'us', ships: usShips, aircraft: count(rng, c.usAircraftLostPerTurn * 0.3), casualties: usShips * c.casualtiesPerShip, cause: 'escortsEngaged' },
        prcBlockadeLosses(count(rng, c.prcShipsPerFleetPct * 4), count(rng, c.usAircraftLostPerTurn * 0.5), c.casualtiesPerShip),
        { type: 'armedAttack', target: 'usForces', cause: 'escortsEngaged' },
      );
    } else if (intervening) {
      // US forces that intervene strike the blockade's ships and submarines on their own initiative: no attack on them.
      events.push(strikesOnTheBlockade(rng, c, 1));
    }
  }

  let closure = 0;
  if (INTERDICTING.has(coercion)) {
    // Escorts help in proportion to the ships left to escort with (CKHQ-NSJ: a convoy war costs dozens of warships, §2.1).
    let us = (washington.posture === 'convoyEscort' ? sp.usConvoyGain : washington.posture === 'directIntervention' ? sp.usInterventionGain : 0) * navalStrength(state, 'us', c);
    // Without bases in Japan, US ships and aircraft come from Guam and the sea: fewer sorties, longer transits (CSIS condition 3, §1.6).
    if (washington.operatingFrom !== 'basesInJapan') us *= sp.fromGuamShare;
    // Strikes on those bases cost sorties and repairs: what the bases can still do bounds half of the escorts' effect (BLOG, §1.4).
    else us *= 0.5 + 0.5 * (state.forces.usStrikeCapacityPct / 100);
    // Rear-area support: fuel, supplies and repairs outside the zone let the US escorts do more (PSAJ, KOTOBANK-IIS, §4.3).
    if (tokyo.sdfRole === 'rearAreaSupport') us *= 1 + sp.japanLogisticsBoost;
    closure += us;
    // SDF strikes on the blockade's ships and submarines add to its escorts what US intervention adds to US convoys
    // (the ratio of usInterventionGain to usConvoyGain): no number of their own.
    if (sdfEscorts) closure += sp.japanConvoyGain * (sdfStriking ? sp.usInterventionGain / sp.usConvoyGain : 1) * navalStrength(state, 'japan', c);
    if (coercion === 'quarantine' && taipei.seaDenial !== 'restrained') closure += sp.taiwanEnforcementGain;
    if (coercion === 'blockade' && taipei.seaDenial === 'counterattacking') closure += sp.taiwanCounterattackGain;
    // Once the invasion starts the ring round Taiwan is too dense for convoys (KR-BRUNCH ch.6, §1.4).
    if (coercion === 'amphibiousInvasion') closure *= 0.2;
    if (contested) closure *= 1 - sp.contestedConvoyLoss;
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
  // Graded: a turn between the partial level and restoredPct counts as part of a turn; falling below it starts
  // again. Only recovery won by escorts or enforcement counts, above what the coercion itself lets through.
  const partial = Math.max(sp.partialFromPct, base * 100);
  const credit = closure > 0 ? clamp((shippingPct - partial) / Math.max(1, sp.restoredPct - partial), 0, 1) : 0;
  const restored = (coercion === 'blockade' || coercion === 'quarantine') && credit > 0 ? round(state.indicators.turnsShippingRestored + credit, 2) : 0;
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

  // Boarding and inspection reach Japanese-flagged or Japanese-owned ships too: a Japanese link (MOD-WP2018-COL, §4.4).
  // MSDF ships protect some of them under a maritime security operation (the 2015 decision's third case, §4.4), whatever
  // situation the Cabinet has determined beside it (since rules 1.15.0), or with force as escorts in a defence operation.
  if (coercion === 'quarantine' || coercion === 'blockade') {
    const protectedByMsdf = tokyo.maritimeSecurity === 'ordered' || sdfEscorts;
    const boarded = protectedByMsdf
      ? chance(rng, 'protectedJapaneseShipBoarded', c.japaneseShipBoardingChance * c.boardingShareUnderMaritimeSecurityOperation)
      : chance(rng, 'japaneseShipBoarded', c.japaneseShipBoardingChance);
    events.push(boarded);
    if (boarded.success) events.push({ type: 'armedAttack', target: 'japaneseShips', cause: 'boardingJapaneseShips' });
  }

  // SDF strikes sink blockade ships, as US strikes do, in proportion to the SDF's strike power beside the US's (the invasion's
  // japanAntiShipRate to usAntiShipRate).
  if (sdfStriking) events.push(strikesOnTheBlockade(rng, c, c.japanAntiShipRate / c.usAntiShipRate));
  // SDF escorts, minesweepers and anti-submarine forces inside the zone can be fired on: an armed attack on Japan's forces.
  if (coercion === 'blockade' && sdfEscorts) {
    const fired = chance(rng, 'sdfEscortClash', c.sdfEscortClashChance);
    events.push(fired);
    if (fired.success) {
      const ships = count(rng, c.japanShipsLostPerTurn * c.escortLossShare);
      events.push(
        { type: 'lossesInflicted', side: 'japan', ships, aircraft: count(rng, c.japanAircraftLostPerTurn * 0.3), casualties: ships * c.casualtiesPerShip, cause: 'sdfEscortsEngaged' },
        { type: 'armedAttack', target: 'japan', cause: 'sdfEscortsEngaged' },
      );
    }
  }

  // Taiwan's coast guard meeting China's within 24 nm may clash (T1); a counterattack is force against force (T2).
  if ((coercion === 'quarantine' || coercion === 'blockade') && taipei.seaDenial === 'enforcingContiguousZone') {
    const clash = chance(rng, 'coastGuardClash', c.coastGuardClashChance);
    events.push(clash);
    if (clash.success) {
      events.push(
        { type: 'lossesInflicted', side: 'taiwan', ships: count(rng, 0.5), aircraft: 0, casualties: count(rng, 20), cause: 'coastGuardClash' },
        { type: 'armedAttack', target: 'taiwan', cause: 'coastGuardClash' },
      );
    }
  }
  if (coercion === 'blockade' && taipei.seaDenial === 'counterattacking') {
    events.push(
      prcBlockadeLosses(count(rng, c.counterattackPrcShips), count(rng, 3), c.casualtiesPerShip, 'taiwanCounterattack'),
      { type: 'lossesInflicted', side: 'taiwan', ships: count(rng, c.counterattackPrcShips * 0.5), aircraft: count(rng, 4), casualties: count(rng, 150), cause: 'taiwanCounterattack' },
    );
  }
  return events;
};

/** What is left of an ally's committed warships, 0.1 to 1: losses take their share from escorts and strikes. */
export function navalStrength(state: GameState, side: 'us' | 'japan', c: CombatParams): number {
  const committed = side === 'us' ? c.usWarshipsInTheatre : c.japanWarshipsInTheatre;
  return clamp(1 - state.indicators.shipsLost[side] / committed, 0.1, 1);
}

/** PLA ships and aircraft lost fighting escorts; the blockade's submarines and patrol craft have smaller crews than destroyers. */
/** What strikes on a blockade's ships and submarines sink, at `share` of the US's strike power. */
function strikesOnTheBlockade(rng: Rng, c: CombatParams, share: number): GameEvent {
  return prcBlockadeLosses(count(rng, c.prcShipsPerFleetPct * 2 * share), count(rng, c.usAircraftLostPerTurn * 0.3 * share), c.casualtiesPerShip);
}

function prcBlockadeLosses(ships: number, aircraft: number, casualtiesPerShip: number, cause: 'blockadeForcesEngaged' | 'taiwanCounterattack' = 'blockadeForcesEngaged'): GameEvent {
  return { type: 'lossesInflicted', side: 'prc', ships, aircraft, casualties: Math.round(ships * casualtiesPerShip * 0.5), cause };
}
