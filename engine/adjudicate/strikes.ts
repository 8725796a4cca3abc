import type { StateOf } from '../tracks.ts';
import type { GameEvent } from '../types.ts';
import type { Step } from './context.ts';
import { clamp, count, round, spread } from './dice.ts';

/**
 * Share of a strike's losses Taiwan's forces still take, by their readiness: ASSUMPTION, on BLOG (§1.4), where about
 * 90% of aircraft losses were on the ground at crowded, unhardened bases. Raised readiness disperses aircraft and ships
 * and mans the air defences, mobilisation puts the reserves in shelter; neither stops the strikes.
 */
export const STRIKE_EXPOSURE: Record<StateOf<'taipei', 'defence'>, number> = { normal: 1, heightenedReadiness: 0.8, mobilisation: 0.65, fullResistance: 0.55 };

/** Rocket Force strikes: on Taiwan, and on US and Japanese bases, where most aircraft are lost on the ground (BLOG, §1.4). */
export const strikes: Step = ({ scenario, state, rng }) => {
  const mode = state.tracks.beijing.missileStrikes;
  if (mode === 'none') return [];
  const c = scenario.params.combat;
  const events: GameEvent[] = [];
  const t = c.taiwanStrikeLosses;
  const exposure = STRIKE_EXPOSURE[state.tracks.taipei.defence];
  const f = spread(rng, 0.5) * exposure;
  events.push({
    type: 'lossesInflicted', side: 'taiwan',
    ships: count(rng, t.ships * exposure), aircraft: count(rng, t.aircraft * exposure), casualties: Math.round(t.casualties * f),
    cause: 'strikesOnTaiwan',
  });
  events.push({
    type: 'forcesChanged',
    changes: { taiwanGroundStrength: round(Math.max(0, state.forces.taiwanGroundStrength - t.groundStrength * f)) },
    cause: 'strikesOnTaiwan',
  });
  if (mode === 'alsoOnAlliedBases') {
    // Hardening and damage already done reduce what is left to hit; US forces defending Japan under Article V, and the
    // SDF's air and missile defence once Japan is attacked, shoot down part of the rest.
    const defended = (state.tracks.washington.defenceOfJapan === 'defendingJapan' ? c.defenceOfJapanShare : 0) +
      (state.tracks.tokyo.sdfRole === 'defenceOperation' && state.tracks.tokyo.determination === 'armedAttackSituation' ? c.sdfAirDefenceShare : 0);
    const exposed = (1 - state.forces.alliedBasesDamagePct / 100) * (1 - Math.min(0.8, defended));
    for (const side of ['us', 'japan'] as const) {
      events.push({
        type: 'lossesInflicted', side,
        // Ships alongside are targets too: the Rocket Force's opening strikes go 'mainly against US/Japanese surface ships and air bases' (KR-PEDIA, §1.1).
        ships: count(rng, c.shipsInPortLost[side] * exposed),
        aircraft: count(rng, c.baseStrikeAircraftLost[side] * exposed),
        casualties: Math.round(c.baseStrikeCasualties[side] * spread(rng, 0.5)),
        cause: 'strikesOnBases',
      });
    }
    const damage = clamp(state.forces.alliedBasesDamagePct + c.baseStrikeDamagePct * spread(rng, 0.4) * exposed, 0, 90);
    events.push({
      type: 'forcesChanged',
      changes: { alliedBasesDamagePct: round(damage), usStrikeCapacityPct: round(clamp(100 - damage * 0.7, 0, 100)) },
      cause: 'baseDamage',
    });
    events.push({ type: 'armedAttack', target: 'japan', cause: 'strikesOnBases' }, { type: 'armedAttack', target: 'usForces', cause: 'strikesOnBases' });
  }
  return events;
};
