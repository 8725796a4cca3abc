/**
 * The one path from commands to state, through the public API only: createGame -> resolveTurn with
 * Command objects (engine/index.ts). Each test is named for the behaviour a player or a replay
 * relies on.
 */
import { describe, expect, it } from 'vitest';
import {
  allBots,
  chooseBotCommand,
  createGame,
  decisionsOf,
  factsOf,
  gameMetrics,
  openDecisions,
  playGame,
  playTurns,
  turnCommands as engineTurnCommands,
  resolveTurn,
  ROLES,
  seedRngFor,
  stateHash,
  TEMPERAMENTS,
  validateCommands,
  type Command,
  type GameState,
  type Refusal,
  type Role,
} from '../../engine/index.ts';
import { blockade, command, play, playScript, snapshot, turnCommands } from './support.ts';

const base = blockade('base');

function refusal(state: GameState, commands: Command[], scenario = base): Refusal {
  const r = resolveTurn(scenario, state, commands);
  if (r.ok) throw new Error(`expected turn ${state.turn} to be refused, but it resolved`);
  return r.error;
}

describe('a turn needs exactly one command per role', () => {
  it('accepts one command from each of the four roles', () => {
    const start = createGame(base, 'one-each');
    const r = resolveTurn(base, start, turnCommands(start));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.state.turn).toBe(1);
  });

  it('rejects a turn with a role missing, and names the missing role', () => {
    const start = createGame(base, 'missing');
    const withoutTaipei = turnCommands(start).filter((c) => c.role !== 'taipei');
    expect(refusal(start, withoutTaipei)).toEqual({ code: 'missingCommands', roles: ['taipei'], turn: 0 });
  });

  it('names every missing role when several are missing, and refuses an empty turn', () => {
    const start = createGame(base, 'missing');
    expect(refusal(start, [command(start, 'tokyo')])).toEqual({ code: 'missingCommands', roles: ['beijing', 'taipei', 'washington'], turn: 0 });
    expect(refusal(start, [])).toEqual({ code: 'missingCommands', roles: ['beijing', 'taipei', 'tokyo', 'washington'], turn: 0 });
  });

  it('rejects two commands for the same role, even identical ones', () => {
    const start = createGame(base, 'duplicate');
    const twice = [...turnCommands(start), command(start, 'tokyo')];
    expect(refusal(start, twice)).toEqual({ code: 'twoCommands', role: 'tokyo', turn: 0 });
    const conflicting = [...turnCommands(start).filter((c) => c.role !== 'beijing'), command(start, 'beijing', 'standDown'), command(start, 'beijing', 'declareBlockade')];
    expect(refusal(start, conflicting)).toEqual({ code: 'twoCommands', role: 'beijing', turn: 0 });
  });

  it('rejects a command from a role that is not in the game', () => {
    const start = createGame(base, 'stranger');
    const stranger = { turn: 0, role: 'moscow', decision: 'hold', by: 'human' } as unknown as Command;
    expect(refusal(start, [...turnCommands(start), stranger])).toEqual({ code: 'unknownRole', role: 'moscow' });
  });

  it('gives the same result whatever order the commands arrive in', () => {
    const start = createGame(base, 'order');
    const commands = turnCommands(start, { beijing: 'declareBlockade', taipei: 'raiseReadiness', tokyo: 'orderEvacuation', washington: 'issueWarnings' });
    const forward = resolveTurn(base, start, commands);
    const backward = resolveTurn(base, start, [...commands].reverse());
    expect(forward.ok && backward.ok).toBe(true);
    if (forward.ok && backward.ok) {
      expect(stateHash(backward.value.state)).toBe(stateHash(forward.value.state));
      expect(backward.value.events).toEqual(forward.value.events);
    }
    const valid = validateCommands(base, start, [...commands].reverse());
    expect(valid.ok && valid.value.map((c) => c.role)).toEqual([...ROLES]);
  });
});

describe('a command is for one turn', () => {
  it('rejects a command for a later turn', () => {
    const start = createGame(base, 'wrong-turn');
    const commands = turnCommands(start).map((c) => (c.role === 'washington' ? { ...c, turn: 1 } : c));
    expect(refusal(start, commands)).toEqual({ code: 'wrongTurn', role: 'washington', given: 1, turn: 0 });
  });

  it('rejects last turn\'s commands sent again', () => {
    const start = createGame(base, 'stale');
    const first = turnCommands(start);
    const next = play(base, start).state;
    expect(refusal(next, first)).toEqual({ code: 'wrongTurn', role: 'beijing', given: 0, turn: 1 });
  });
});

describe('the rules close decisions', () => {
  it("rejects Tokyo's 'orderDefenceOperation' at turn 0 and leaves the state unchanged", () => {
    const start = createGame(base, 'closed');
    const before = snapshot(start);
    const error = refusal(start, turnCommands(start, { tokyo: 'orderDefenceOperation' }));
    expect(error).toEqual({ code: 'closedNow', role: 'tokyo', decision: 'orderDefenceOperation', turn: 0 });
    expect(start).toEqual(before);
    // Nothing was left behind: the next legal turn from the same state resolves as from a fresh game.
    expect(stateHash(play(base, start).state)).toBe(stateHash(play(base, createGame(base, 'closed')).state));
  });

  it('rejects a refused turn as a whole: the other roles\' legal decisions are not applied either', () => {
    const start = createGame(base, 'all-or-nothing');
    const r = resolveTurn(base, start, turnCommands(start, { beijing: 'declareBlockade', tokyo: 'orderDefenceOperation' }));
    expect(r.ok).toBe(false);
    expect(start.tracks.beijing.coercion).toBe('largeScaleExercise');
  });

  it('rejects a decision the role can never take, and engine-only events sent as decisions', () => {
    const start = createGame(base, 'never');
    expect(refusal(start, turnCommands(start, { beijing: 'intervene' }))).toEqual({ code: 'neverADecision', role: 'beijing', decision: 'intervene' });
    // The Diet's vote and a US request arriving are adjudicated, not chosen.
    expect(refusal(start, turnCommands(start, { tokyo: 'dietApproves' }))).toEqual({ code: 'neverADecision', role: 'tokyo', decision: 'dietApproves' });
    expect(refusal(start, turnCommands(start, { tokyo: 'priorConsultationRequested' })).code).toBe('neverADecision');
    expect(refusal(start, turnCommands(start, { taipei: 'nonsense' })).code).toBe('neverADecision');
  });

  it('accepts exactly the decisions openDecisions lists, for every role at the start', () => {
    const start = createGame(base, 'open-set');
    const facts = factsOf(start, base.legal);
    for (const role of ROLES) {
      const open = openDecisions(role, start.tracks[role], facts);
      for (const decision of ['hold', ...decisionsOf(role)]) {
        const r = validateCommands(base, start, turnCommands(start, { [role]: decision }));
        expect({ role, decision, accepted: r.ok }).toEqual({ role, decision, accepted: open.includes(decision) });
      }
    }
    // At the start of the blockade scenario (a large-scale exercise), force is closed to Tokyo and Washington.
    expect(openDecisions('tokyo', start.tracks.tokyo, facts)).not.toContain('orderDefenceOperation');
    expect(openDecisions('tokyo', start.tracks.tokyo, facts)).not.toContain('orderDefenceOperationInEmergency');
    expect(openDecisions('washington', start.tracks.washington, facts)).not.toContain('operateFromBasesInJapan');
  });
});

describe("'hold' is always accepted", () => {
  it('is the first open decision and a turn of holds resolves, in every state of many bot games', () => {
    let states = 0;
    for (const variant of ['base', 'takaichi-reading', 'no-resupply'] as const) {
      const scenario = blockade(variant);
      for (let g = 0; g < 12; g++) {
        const game = playGame(scenario, `hold-${variant}-${g}`, allBots(TEMPERAMENTS[g % 2]!));
        let state = createGame(scenario, `hold-${variant}-${g}`);
        for (const t of game.turns) {
          const facts = factsOf(state, scenario.legal);
          for (const role of ROLES) expect(openDecisions(role, state.tracks[role], facts)[0]).toBe('hold');
          const holds = resolveTurn(scenario, state, turnCommands(state));
          expect(holds.ok, holds.ok ? '' : JSON.stringify(holds.error)).toBe(true);
          states++;
          const r = resolveTurn(scenario, state, t.commands);
          if (!r.ok) throw new Error(JSON.stringify(r.error));
          state = r.value.state;
        }
      }
    }
    expect(states).toBeGreaterThan(100);
  });
});

describe('a finished game', () => {
  it('accepts no more turns, not even holds, and is left unchanged', () => {
    const { state } = playGame(base, 'finished', allBots('hawkish'));
    expect(state.outcome).not.toBeNull();
    expect(state.ending).toBeTruthy();
    const before = snapshot(state);
    expect(refusal(state, turnCommands(state))).toEqual({ code: 'gameOver', outcome: state.outcome });
    expect(state).toEqual(before);
  });

  it('ends at the horizon at the latest, with the horizon outcome when nothing else ends it', () => {
    // Nobody does anything: the exercise goes on until the horizon, a stalemate.
    const states = playScript(base, 'idle', Array.from({ length: base.horizonTurns + 5 }, () => ({})));
    const last = states[states.length - 1]!;
    expect(last.turn).toBe(base.horizonTurns);
    expect(last.outcome).toBe('stalemate');
    expect(states.slice(0, -1).every((s) => s.outcome === null)).toBe(true);
  });
});

describe('decisions are simultaneous: each is judged against the facts at the start of the turn', () => {
  it("does not let Washington escort convoys in the turn Beijing declares the blockade, but does the turn after", () => {
    const start = createGame(base, 'simultaneous');
    expect(refusal(start, turnCommands(start, { beijing: 'declareBlockade', washington: 'escortConvoys' }))).toEqual(
      { code: 'closedNow', role: 'washington', decision: 'escortConvoys', turn: 0 },
    );
    const blockaded = play(base, start, { beijing: 'declareBlockade' }).state;
    const escorted = play(base, blockaded, { washington: 'escortConvoys' }).state;
    expect(escorted.tracks.washington.posture).toBe('convoyEscort');
  });

  it('does not let Taipei resist an armed attack declared in the same turn', () => {
    const start = createGame(base, 'simultaneous');
    const mobilised = play(base, start, { taipei: 'mobilise' }).state;
    expect(refusal(mobilised, turnCommands(mobilised, { beijing: 'declareBlockade', taipei: 'resistFully' }))).toEqual({ code: 'closedNow', role: 'taipei', decision: 'resistFully', turn: 1 });
    const attacked = play(base, mobilised, { beijing: 'declareBlockade' }).state;
    expect(play(base, attacked, { taipei: 'resistFully' }).state.tracks.taipei.defence).toBe('fullResistance');
  });

  it('keeps a decision that was open at the start even when another role\'s decision in the same turn removes its ground', () => {
    const start = createGame(base, 'simultaneous');
    // Beijing stands the exercise down while Tokyo answers the exercise by evacuating its nationals: both stand.
    const { state, events } = play(base, start, { beijing: 'standDown', tokyo: 'orderEvacuation' });
    expect(state.tracks.beijing.coercion).toBe('grayZone');
    expect(state.tracks.tokyo.evacuation).not.toBe('notOrdered');
    // Every decision event carries the facts of the start of the turn, not those after Beijing's move.
    const decisions = events.filter((e) => e.type === 'decisionTaken');
    expect(decisions.map((e) => e.role)).toEqual([...ROLES]);
    for (const e of decisions) expect(e.facts).toEqual(factsOf(start, base.legal));
    // With the exercise over, the same order is no longer open.
    expect(openDecisions('tokyo', start.tracks.tokyo, factsOf(state, base.legal))).not.toContain('orderEvacuation');
  });
});

describe("the blockade and Taiwan's energy clock when nobody resupplies (no-resupply)", () => {
  const noResupply = blockade('no-resupply');

  it('collapses energy shipping and runs LNG out 10-12 days after interdiction begins (explicit commands)', () => {
    for (let g = 0; g < 30; g++) {
      // Beijing declares the blockade in turn 0; everyone else holds, so Taiwan does not ration.
      const states = playScript(noResupply, `lng-${g}`, [{ beijing: 'declareBlockade' }, {}, {}, {}]);
      const after = states.slice(1);
      for (const s of after) {
        expect(s.indicators.energyShippingPct).toBeLessThan(5);
        expect(s.indicators.shippingPct).toBeLessThanOrEqual(30);
      }
      const last = after[after.length - 1]!;
      expect(last.indicators.interdictionBeganOnDay).toBe(0);
      expect(last.indicators.lngExhaustedOnDay).not.toBeNull();
      const days = gameMetrics(last).lngDaysToExhaustion!;
      expect(days, `seed lng-${g}`).toBeGreaterThanOrEqual(10);
      expect(days, `seed lng-${g}`).toBeLessThanOrEqual(12);
      // Out of gas by the end of the second week, and the lights start going out.
      expect(states[2]!.indicators.lngDays).toBeLessThanOrEqual(0);
      expect(last.indicators.electricityPct).toBeLessThan(100);
      // Coal and oil last much longer.
      expect(last.indicators.coalDays).toBeGreaterThan(0);
      expect(last.indicators.oilDays).toBeGreaterThan(100);
    }
  });

  it('runs LNG out around 10-12 days after interdiction begins in bot games (median), never resupplied', () => {
    const days: number[] = [];
    for (const t of TEMPERAMENTS) {
      for (let g = 0; g < 20; g++) {
        const game = playGame(noResupply, `lng-bots-${t}-${g}`, allBots(t));
        let state = createGame(noResupply, `lng-bots-${t}-${g}`);
        for (const turn of game.turns) {
          const r = resolveTurn(noResupply, state, turn.commands);
          if (!r.ok) throw new Error(JSON.stringify(r.error));
          state = r.value.state;
          // Nobody can run this blockade: energy shipping stays collapsed for as long as it lasts.
          if (state.tracks.beijing.coercion === 'blockade') expect(state.indicators.energyShippingPct).toBeLessThan(3);
          expect(state.tracks.washington.posture).not.toBe('directIntervention');
        }
        const d = gameMetrics(game.state).lngDaysToExhaustion;
        if (typeof d === 'number') days.push(d);
      }
    }
    expect(days.length).toBeGreaterThanOrEqual(30);
    days.sort((a, b) => a - b);
    const median = days[Math.floor(days.length / 2)]!;
    expect(median).toBeGreaterThanOrEqual(10);
    expect(median).toBeLessThanOrEqual(12);
    // Rationing stretches it and a quarantine before the blockade shortens what is left; never by much.
    expect(days[0]!).toBeGreaterThanOrEqual(8);
    expect(days[days.length - 1]!).toBeLessThanOrEqual(16);
  });

  // LNG runs out under a long quarantine before any blockade; the quarantine's cut in energy shipping
  // already starts the clock, so the days to exhaustion count from it and are never negative.
  const quarantineThenBlockade = () =>
    playScript(noResupply, 'quarantine-first', [{ beijing: 'declareQuarantine' }, {}, {}, {}, {}, { beijing: 'declareBlockade' }, {}]);

  it('starts the LNG clock with a quarantine, so LNG running out under it counts from the quarantine', () => {
    const states = quarantineThenBlockade();
    expect(states).toHaveLength(8);
    const i = states[7]!.indicators;
    expect(i.interdictionBeganOnDay).toBe(0);
    expect(i.lngExhaustedOnDay).not.toBeNull();
    expect(i.lngExhaustedOnDay!).toBeLessThan(35);
  });

  it('reports days to LNG exhaustion that are never negative', () => {
    const days = gameMetrics(quarantineThenBlockade()[7]!).lngDaysToExhaustion;
    expect(days === null || days! >= 0, `lngDaysToExhaustion ${days}`).toBe(true);
  });

  it('is a property of no-resupply: in the base case US escorts bring energy shipping back', () => {
    const [, blockaded, escorted] = playScript(base, 'escorts', [{ beijing: 'declareBlockade' }, { washington: 'escortConvoys' }]);
    expect(blockaded!.indicators.energyShippingPct).toBeLessThan(5);
    expect(escorted!.indicators.energyShippingPct).toBeGreaterThan(blockaded!.indicators.energyShippingPct + 10);
    // Without US forces that may fight, nobody escorts: the option is closed.
    const [, blockadedAlone] = playScript(noResupply, 'escorts', [{ beijing: 'declareBlockade' }]);
    expect(openDecisions('washington', blockadedAlone!.tracks.washington, factsOf(blockadedAlone!, noResupply.legal))).not.toContain('escortConvoys');
  });
});

describe('the seeded generator lives in the state', () => {
  it('starts from the seed', () => {
    const s = createGame(base, 'rng-start');
    expect(s.rng).toEqual(seedRngFor('rng-start').state());
    expect(JSON.parse(JSON.stringify(s.rng))).toEqual(s.rng);
  });

  it('advances inside the returned state when dice are drawn, without touching the input state', () => {
    const start = createGame(base, 'rng-advance');
    const before = snapshot(start);
    const { state, events } = play(base, start, { beijing: 'declareBlockade' });
    expect(events.some((e) => e.type === 'roll')).toBe(true);
    expect(state.rng).not.toEqual(start.rng);
    expect(start).toEqual(before);
    const tick = events.find((e) => e.type === 'turnEnded');
    expect(tick && tick.type === 'turnEnded' && tick.rng).toEqual(state.rng);
    // The next turn draws from where this one left off.
    const next = play(base, state).state;
    expect(next.rng).not.toEqual(state.rng);
  });

  it('gives an identical stateHash for the same seed and commands, turn by turn', () => {
    const script = [{ beijing: 'declareBlockade', taipei: 'raiseReadiness' }, { washington: 'escortConvoys', taipei: 'rationEnergy' }, { tokyo: 'determineImportantInfluenceSituation' }, {}, {}];
    const a = playScript(base, 'same-seed', script).map(stateHash);
    const b = playScript(base, 'same-seed', script).map(stateHash);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
    // Another seed gives another game once dice are drawn.
    const c = playScript(base, 'other-seed', script).map(stateHash);
    expect(c.slice(1)).not.toEqual(a.slice(1));
  });

  it('resumes from a JSON copy of a mid-game state with the same sequence', () => {
    const states = playScript(base, 'resume', [{ beijing: 'declareBlockade' }, { washington: 'escortConvoys' }]);
    const mid = states[2]!;
    const copy = JSON.parse(JSON.stringify(mid)) as GameState;
    const onward = [{ taipei: 'rationEnergy' }, {}, { washington: 'requestPriorConsultation' }] as Partial<Record<Role, string>>[];
    let a = mid;
    let b = copy;
    for (const decisions of onward) {
      if (a.outcome) break;
      a = play(base, a, decisions).state;
      b = play(base, b, decisions).state;
      expect(stateHash(b)).toBe(stateHash(a));
    }
  });
});

describe('bots never draw from the game generator', () => {
  it("replaying a bot game's commands with resolveTurn reproduces every state hash", () => {
    for (const variant of ['base', 'takaichi-reading', 'no-resupply'] as const) {
      const scenario = blockade(variant);
      for (const t of TEMPERAMENTS) {
        const game = playGame(scenario, `bots-${variant}-${t}`, allBots(t));
        let state = createGame(scenario, `bots-${variant}-${t}`);
        for (const turn of game.turns) {
          const r = resolveTurn(scenario, state, turn.commands);
          if (!r.ok) throw new Error(JSON.stringify(r.error));
          state = r.value.state;
          expect(stateHash(state)).toBe(turn.stateHash);
        }
        expect(state).toEqual(game.state);
      }
    }
  });

  it('asking a bot leaves the state, and its generator, untouched; asking again gives the same answer', () => {
    const states = playScript(base, 'ask', [{ beijing: 'declareBlockade' }, {}]);
    for (const state of states) {
      const before = snapshot(state);
      for (const role of ROLES) {
        for (const t of TEMPERAMENTS) {
          const a = chooseBotCommand(base, state, role, t);
          expect(chooseBotCommand(base, state, role, t)).toEqual(a);
          expect(a).toMatchObject({ turn: state.turn, role, by: `bot:${t}` });
          expect(openDecisions(role, state.tracks[role], factsOf(state, base.legal))).toContain(a.decision);
        }
      }
      expect(state).toEqual(before);
    }
  });

  it('asking the bots extra questions between turns does not change the game', () => {
    const seats = allBots('cautious');
    const reference = playGame(base, 'chatty', seats);
    const chatty = playTurns(base, createGame(base, 'chatty'), (state) => {
      if (state.outcome) return null;
      // A UI might ask every bot for advice before the real commands are chosen.
      for (const role of ROLES) for (const t of TEMPERAMENTS) chooseBotCommand(base, state, role, t);
      return { commands: engineTurnCommands(base, state, seats) };
    });
    expect(chatty.turns.map((t) => t.stateHash)).toEqual(reference.turns.map((t) => t.stateHash));
  });
});
