import type { Scenario } from '../scenario.ts';
import type { GameEvent, GameState } from '../types.ts';
import type { Step } from './context.ts';
import { exactExp } from '../exactMath.ts';
import { sdfMayFight } from '../legalBasis.ts';
import { chance, clamp, count, round, spread } from './dice.ts';
import { navalStrength } from './shipping.ts';

// Readiness of Taiwan's forces by posture: the first CSIS condition is that Taiwan resists (§1.6).
const TAIWAN_READINESS: Record<string, number> = { normal: 0.5, heightenedReadiness: 0.7, mobilisation: 0.9, fullResistance: 1 };
const TAIWAN_ANTISHIP: Record<string, number> = { normal: 0.2, heightenedReadiness: 0.4, mobilisation: 0.7, fullResistance: 1 };

/** Combat power ashore: the lodgment fights on what reaches it. */
export const lodgmentPower = (ashore: number, supplyPct: number) => ashore * (0.2 + 0.8 * supplyPct / 100);

/** Taiwan's ground power: the share it can concentrate, fighting as hard as the society behind it holds out (CSIS condition 1, §1.6). */
export function defenderPower(state: GameState, c: Scenario['params']['combat']): number {
  const readiness = (TAIWAN_READINESS[state.tracks.taipei.defence] ?? 0.5) * (0.5 + 0.5 * state.indicators.taiwanResolve / 100);
  return state.forces.taiwanGroundStrength * readiness * c.defenderConcentration;
}

/**
 * The invasion, turn by turn, on the CSIS pattern (§1.3-1.4): China can always put troops ashore;
 * its problem is sustaining them while allied strikes sink the amphibious fleet. US strike power
 * depends on bases in Japan (condition 3) and long-range anti-ship missiles (condition 4).
 */
export const invasion: Step = ({ scenario, state, facts, rng }) => {
  if (state.tracks.beijing.coercion !== 'amphibiousInvasion') return [];
  const c = scenario.params.combat;
  const f = state.forces;
  const w = state.tracks.washington;
  const events: GameEvent[] = [];
  const usFighting = w.posture === 'directIntervention';
  // The SDF fights only with a legal basis occurring now (engine/legalBasis.ts).
  const japanFighting = sdfMayFight(state, facts);
  const defence = state.tracks.taipei.defence;

  const us = usFighting
    ? c.usAntiShipRate *
      (w.operatingFrom === 'basesInJapan' ? 1 : c.guamOnlyFactor) *
      c.antiShipMissileFactor *
      (f.usStrikeCapacityPct / 100) *
      navalStrength(state, 'us', c) *
      (1 + (w.mainlandStrikes === 'authorised' ? c.mainlandStrikeBonus : 0))
    : 0;
  // Condition 3: defensive operations only, unless striking the attacking forces is within the minimum necessary.
  const scope = state.tracks.tokyo.forceScope === 'strikesOnAttackingForces' ? 1 : c.japanDefensiveOnlyShare;
  const japan = japanFighting ? c.japanAntiShipRate * c.japanOffensiveFactor * scope : 0;
  const taiwan = c.taiwanAntiShipRate * (TAIWAN_ANTISHIP[defence] ?? 0.2);
  const kill = 1 - exactExp(-(us + japan + taiwan) * spread(rng, 0.4));
  const sunk = f.amphibiousFleetPct * kill;
  const fleet = f.amphibiousFleetPct - sunk;
  const drowned = (sunk / 100) * c.liftPerTurn;
  events.push({
    type: 'lossesInflicted', side: 'prc',
    ships: count(rng, sunk * c.prcShipsPerFleetPct),
    aircraft: count(rng, 2 + (us + japan) * 10),
    casualties: Math.round(drowned * c.casualtiesPerStrength.prc),
    cause: 'strikesOnAmphibiousFleet',
  });

  // Landing and supply: the fleet lands what it carries; a seized port lets civilian shipping help (KR-BRUNCH ch.6).
  const supply = clamp(fleet * c.supplyPerFleetPct + (f.portSeized ? c.portSupplyPct : 0), 0, 100);
  const landed = (fleet / 100) * c.liftPerTurn * spread(rng, 0.2);
  const pla = lodgmentPower(f.plaAshore + landed, supply);
  const tw = defenderPower(state, c);
  const plaLoss = Math.min(f.plaAshore + landed, c.groundAttrition * tw * spread(rng, 0.3));
  const twLoss = Math.min(f.taiwanGroundStrength, c.groundAttrition * pla * spread(rng, 0.3));
  // Cut off from supply, a lodgment withers: landed forces ran out within ~10 days in the CSIS base case (§1.3).
  const starved = (f.plaAshore + landed - plaLoss) * c.unsuppliedAttrition * (1 - supply / 100);
  const ashore = Math.max(0, f.plaAshore + landed - plaLoss - starved);
  const ratio = pla / Math.max(1, tw);
  // The front moves with the force ratio, at most a few percent of the island a turn.
  const advance = clamp(c.groundAdvancePct * (ratio - 1), -c.groundAdvancePct, c.groundAdvancePct);
  const territory = ashore <= 0.5 ? 0 : clamp(state.indicators.taiwanTerritoryHeldPct + advance, 0, 100);

  events.push(
    {
      type: 'forcesChanged',
      changes: {
        amphibiousFleetPct: round(fleet), plaAshore: round(ashore), plaSupplyPct: round(supply),
        taiwanGroundStrength: round(f.taiwanGroundStrength - twLoss),
      },
      cause: 'landingsAndGroundFighting',
    },
    { type: 'indicatorsChanged', changes: { taiwanTerritoryHeldPct: round(territory, 1) }, cause: 'groundFighting' },
    { type: 'lossesInflicted', side: 'prc', ships: 0, aircraft: 0, casualties: Math.round(plaLoss * c.casualtiesPerStrength.prc), cause: 'groundFighting' },
    { type: 'lossesInflicted', side: 'taiwan', ships: 0, aircraft: 0, casualties: Math.round(twLoss * c.casualtiesPerStrength.taiwan), cause: 'groundFighting' },
  );

  if (!f.portSeized && territory >= c.portSeizureTerritoryPct) {
    const seize = chance(rng, 'portSeizure', c.portSeizureChance);
    events.push(seize);
    if (seize.success) events.push({ type: 'portSeized', port: 'Kaohsiung' });
  }

  // The PLA decides whether to answer intervention by striking US ships (it did in every CSIS game, §1.1): only that is an
  // armed attack on US forces; strikes the US launches on its own are not. Without it, US losses are those of its own attacks.
  if (usFighting) {
    const answered = chance(rng, 'plaEngagesUsForces', c.plaEngagesInterveningUsForcesChance);
    events.push(answered);
    const ships = count(rng, c.usShipsLostPerTurn * (answered.success ? 1 : 0.3));
    events.push({ type: 'lossesInflicted', side: 'us', ships, aircraft: count(rng, c.usAircraftLostPerTurn * (answered.success ? 1 : 0.3)), casualties: ships * c.casualtiesPerShip, cause: answered.success ? 'plaEngagesUsForces' : 'usForcesInBattle' });
    if (answered.success) events.push({ type: 'armedAttack', target: 'usForces', cause: 'plaEngagesUsForces' });
  }
  if (japanFighting) {
    const ships = count(rng, c.japanShipsLostPerTurn);
    events.push({ type: 'lossesInflicted', side: 'japan', ships, aircraft: count(rng, c.japanAircraftLostPerTurn), casualties: ships * c.casualtiesPerShip, cause: 'sdfInBattle' });
  }
  return events;
};
