/**
 * Property tests over many seeds and random legal commands, for every variant of the blockade
 * scenario. At each turn every role takes a random element of
 * openDecisions(role, state.tracks[role], factsOf(state, scenario.legal)), chosen by fast-check;
 * in a third of the games some seats take their bot's command instead, which drives games deeper
 * into the legal ladder (defence operations, bases in Japan) than uniform choice reaches.
 *
 * Budget: NUM_RUNS games per case (a few thousand in all); the file runs in well under 20 s on
 * a 2-core machine.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ATTACK_FLAG,
  ATTACK_TARGETS,
  chooseBotCommand,
  createGame,
  decisionsOf,
  explainDecision,
  ECONOMIES,
  factsOf,
  openDecisions,
  resolveTurn,
  ROLES,
  SIDES,
  stateHash,
  TEMPERAMENTS,
  validateCommands,
  type Command,
  type GameState,
  type Scenario,
} from '../../engine/index.ts';
import { ladderLevel } from '../../engine/adjudicate/escalation.ts';
import { blockade, playScript, scenarioOf, turnCommands, VARIANTS } from './support.ts';

// Set KUROSHIO_PROPERTY_RUNS for a longer soak, e.g. KUROSHIO_PROPERTY_RUNS=20000 npx vitest run tests/engine/properties.test.ts
const NUM_RUNS = Number(process.env.KUROSHIO_PROPERTY_RUNS) || 600;

/** Every scenario, and every variant of the blockade that changes the law or the clocks. */
const CASES: [string, string][] = [
  ...VARIANTS.map((v): [string, string] => ['blockade', v]),
  ['quarantine', 'comprehensive'], ['invasion', 'base'], ['invasion', 'japan-neutral'], ['southwest-islands', 'base'],
];

const FORCE_DETERMINATIONS = new Set(['survivalThreateningSituation', 'armedAttackSituation']);
const PERCENT_INDICATORS = ['electricityPct', 'shippingPct', 'energyShippingPct', 'taiwanTerritoryHeldPct', 'japanPublicSupport', 'dietSupport', 'allianceCredibility'] as const;
const PERCENT_FORCES = ['amphibiousFleetPct', 'plaSupplyPct', 'usStrikeCapacityPct', 'alliedBasesDamagePct'] as const;
const STOCKS = ['lngDays', 'coalDays', 'oilDays'] as const;
const LOSSES = ['shipsLost', 'aircraftLost', 'casualties'] as const;
const FLAGS = ['usForcesAttacked', 'japanAttacked', 'taiwanAttacked', 'nuclearUse', 'generalWar'] as const;

/** What must hold after every turn, given the state before it. Returns the violations, in words. */
function violations(scenario: Scenario, prev: GameState, s: GameState): string[] {
  const out: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) out.push(what);
  };
  const i = s.indicators;
  const p = prev.indicators;

  // Japan never uses force without one of the Three New Conditions determinations.
  const sdf = s.tracks.tokyo.sdfRole;
  const determination = s.tracks.tokyo.determination;
  check(sdf !== 'defenceOperation' || FORCE_DETERMINATIONS.has(determination), `SDF in a defence operation under determination "${determination}"`);
  // Combat operations from bases in Japan need Tokyo's consent, or Japan under attack.
  const from = s.tracks.washington.operatingFrom;
  const consultation = s.tracks.tokyo.priorConsultation;
  const posture = s.tracks.washington.posture;
  check(from !== 'basesInJapan' || consultation === 'consented', `US operates from bases in Japan with prior consultation "${consultation}"`);
  check(from !== 'basesInJapan' || posture === 'directIntervention' || posture === 'convoyEscort', `US operates from bases in Japan in posture "${posture}"`);

  for (const k of STOCKS) {
    check(i[k] >= 0, `${k} ${i[k]} below empty`);
    check(i[k] <= scenario.start.indicators[k], `${k} ${i[k]} above the starting ${scenario.start.indicators[k]}`);
  }
  for (const k of PERCENT_INDICATORS) check(i[k] >= 0 && i[k] <= 100, `${k} ${i[k]} outside [0, 100]`);
  for (const k of PERCENT_FORCES) check(s.forces[k] >= 0 && s.forces[k] <= 100, `forces.${k} ${s.forces[k]} outside [0, 100]`);
  check(s.forces.plaAshore >= 0 && s.forces.taiwanGroundStrength >= 0, 'negative ground strength');
  check(i.escalation >= 0 && i.escalation <= 10, `escalation ${i.escalation} outside 0..10`);
  check(i.escalation >= ladderLevel(s), `escalation ${i.escalation} below the tracks' level ${ladderLevel(s)}`);

  for (const k of LOSSES) {
    for (const side of SIDES) {
      check(i[k][side] >= 0, `${k}.${side} ${i[k][side]} negative`);
      check(i[k][side] >= p[k][side], `${k}.${side} fell from ${p[k][side]} to ${i[k][side]}`);
    }
  }
  check(i.inboundShipsSent >= p.inboundShipsSent && i.inboundShipsLost >= p.inboundShipsLost, 'inbound ship counts fell');
  check(i.inboundShipsLost <= i.inboundShipsSent, `${i.inboundShipsLost} ships lost of ${i.inboundShipsSent} sent`);
  for (const e of ECONOMIES) {
    check(i.gdpImpactPct[e] <= 0, `gdpImpactPct.${e} ${i.gdpImpactPct[e]} positive`);
    check(i.gdpImpactPct[e] <= p.gdpImpactPct[e], `gdpImpactPct.${e} rose from ${p.gdpImpactPct[e]} to ${i.gdpImpactPct[e]}`);
  }

  // The clock, and facts that stay true once true.
  check(s.turn === prev.turn + 1 && s.day === s.turn * scenario.turnDays, `turn ${s.turn} day ${s.day} after turn ${prev.turn}`);
  for (const f of FLAGS) check(s.flags[f] || !prev.flags[f], `flag ${f} lowered`);
  for (const t of ATTACK_TARGETS) {
    const [was, now] = [prev.attacks[t], s.attacks[t]];
    check(was === null || (now !== null && now >= was), `last attack on ${t} went from day ${was} to ${now}`);
    check(now === null || now <= s.day, `attack on ${t} recorded on day ${now}, after day ${s.day}`);
    check(now === null || s.flags[ATTACK_FLAG[t]], `attack on ${t} recorded without its flag`);
  }
  check(s.usHostilitiesFromDay === null || s.usHostilitiesFromDay <= s.day, `hostilities from day ${s.usHostilitiesFromDay}, after day ${s.day}`);
  check(s.talks.agreed === null || prev.talks.agreed === null || JSON.stringify(s.talks.agreed) === JSON.stringify(prev.talks.agreed), 'an agreed settlement changed');
  check(s.talks.agreed === null || s.outcome !== null, 'a settlement was agreed and the game went on');
  check(prev.indicators.interdictionBeganOnDay === null || i.interdictionBeganOnDay === prev.indicators.interdictionBeganOnDay, 'interdictionBeganOnDay changed');
  check(p.lngExhaustedOnDay === null || i.lngExhaustedOnDay === p.lngExhaustedOnDay, 'lngExhaustedOnDay changed');
  if (i.lngExhaustedOnDay !== null) {
    check(i.lngExhaustedOnDay >= 0 && i.lngExhaustedOnDay <= s.day, `LNG exhausted on day ${i.lngExhaustedOnDay}, outside days 0-${s.day}`);
    check(i.lngExhaustedOnDay >= prev.day || p.lngExhaustedOnDay !== null, `LNG exhausted on day ${i.lngExhaustedOnDay}, before this turn began (day ${prev.day})`);
  }
  for (const e of STOCKS) if (!Number.isFinite(i[e])) out.push(`${e} not finite`);
  check(s.injectsPlayed.length >= prev.injectsPlayed.length, 'injectsPlayed shrank');
  check((s.outcome === null) === (s.ending === null), 'outcome without a reason, or a reason without an outcome');
  check(s.outcome !== null || s.turn < scenario.horizonTurns, `turn ${s.turn} reached the horizon without an outcome`);
  return out;
}

/** How a game picks its commands: uniformly among open decisions, or with some seats played by bots. */
type Style = 'uniform' | 'withBots';

/** Pick a command for a role from one fast-check number: an open decision, or the bot's. */
function pick(scenario: Scenario, state: GameState, role: (typeof ROLES)[number], n: number, style: Style): Command {
  if (style === 'withBots' && n % 3 !== 0) return chooseBotCommand(scenario, state, role, TEMPERAMENTS[(n >> 2) % 2]!);
  const open = openDecisions(role, state.tracks[role], factsOf(state, scenario.legal));
  const decision = open[n % open.length]!;
  if (decision !== 'proposeSettlement') return { turn: state.turn, role, decision, by: 'human' };
  // Any non-empty set of the scenario's terms, chosen by the number's bits.
  const terms = scenario.terms.filter((_, b) => (n >> b) & 1);
  return { turn: state.turn, role, decision, by: 'human', proposal: { terms: terms.length ? terms.map((t) => t.id) : [scenario.terms[0]!.id], note: '' } };
}

const seedArb = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.integer().map(String),
  fc.tuple(fc.string({ maxLength: 8 }), fc.nat(1_000_000)).map(([a, n]) => `${a}#${n}`),
);

/** Enough numbers for every role in every turn up to the horizon, plus one probe per turn. */
const gameArb = (scenario: Scenario) =>
  fc.record({
    seed: seedArb,
    style: fc.constantFrom<Style>('uniform', 'uniform', 'withBots'),
    choices: fc.array(fc.nat(), { minLength: (ROLES.length + 1) * (scenario.horizonTurns + 1), maxLength: (ROLES.length + 1) * (scenario.horizonTurns + 1) }),
  });

interface Played {
  state: GameState;
  /** Whether any turn had the SDF in a defence operation, and US forces fighting from bases in Japan. */
  sawForce: boolean;
  sawBases: boolean;
}

/** One random legal game with every check after every turn; throws with the turn and commands on a violation. */
function playRandomGame(scenario: Scenario, seed: string, style: Style, choices: number[]): Played {
  let state = createGame(scenario, seed);
  let sawForce = false;
  let sawBases = false;
  let k = 0;
  const next = () => choices[k++ % choices.length]!;
  // The turn the previous one peeked at: the same state and commands, so the same result (resolveTurn is pure).
  type Resolved = ReturnType<typeof resolveTurn>;
  let peeked: { commands: Command[]; result: Resolved } | null = null;
  for (let guard = 0; guard <= scenario.horizonTurns; guard++) {
    if (state.outcome) break;
    const commands = ROLES.map((role) => pick(scenario, state, role, next(), style));
    const where = `seed ${JSON.stringify(seed)}, turn ${state.turn}, commands ${commands.map((c) => `${c.role}:${c.decision}`).join(' ')}`;

    // validateCommands agrees with openDecisions: probe one role's decision (any it could ever take).
    const probe = next();
    const probeRole = ROLES[probe % ROLES.length]!;
    const all = ['hold', ...decisionsOf(probeRole)];
    const probeDecision = all[(probe >> 2) % all.length]!;
    const open = openDecisions(probeRole, state.tracks[probeRole], factsOf(state, scenario.legal)).includes(probeDecision);
    const verdict = validateCommands(scenario, state, turnCommands(state, { [probeRole]: probeDecision })).ok;
    if (verdict !== open) throw new Error(`${where}: validateCommands says ${verdict} but openDecisions says ${open} for ${probeRole}:${probeDecision}`);
    // The machine's own account of why agrees with what it allows (the screens and the debrief show it).
    if (probeDecision !== 'hold') {
      const why = explainDecision(probeRole, state.tracks[probeRole], probeDecision, factsOf(state, scenario.legal));
      if (why.open !== open) throw new Error(`${where}: explainDecision says ${why.open} but openDecisions says ${open} for ${probeRole}:${probeDecision}`);
    }

    const r: Resolved = peeked && isDeepStrictEqual(peeked.commands, commands) ? peeked.result : resolveTurn(scenario, state, commands);
    peeked = null;
    if (!r.ok) throw new Error(`${where}: legal commands refused: ${JSON.stringify(r.error)}`);
    const after: GameState = r.value.state;
    const broken = violations(scenario, state, after);
    if (broken.length) throw new Error(`${where}: ${broken.join('; ')}`);

    // The state is plain JSON: it survives a round trip unchanged and plays on identically.
    const copy = JSON.parse(JSON.stringify(after)) as GameState;
    if (!isDeepStrictEqual(copy, after)) throw new Error(`${where}: state changed in a JSON round trip`);
    if (!after.outcome) {
      const peek: Command[] = ROLES.map((role) => pick(scenario, after, role, choices[(k + ROLES.indexOf(role)) % choices.length]!, style));
      const fromOriginal = resolveTurn(scenario, after, peek);
      const fromCopy = resolveTurn(scenario, copy, peek);
      if (!fromOriginal.ok || !fromCopy.ok) throw new Error(`${where}: next turn refused`);
      if (stateHash(fromCopy.value.state) !== stateHash(fromOriginal.value.state)) throw new Error(`${where}: a JSON copy resolves the next turn differently`);
      // These are the next turn's commands (the same numbers from the same state): it uses this result.
      peeked = { commands: peek, result: fromOriginal };
    }
    sawForce ||= after.tracks.tokyo.sdfRole === 'defenceOperation';
    sawBases ||= after.tracks.washington.operatingFrom === 'basesInJapan';
    state = after;
  }
  if (!state.outcome) throw new Error(`seed ${JSON.stringify(seed)}: no outcome after ${state.turn} turns (horizon ${scenario.horizonTurns})`);
  if (state.turn > scenario.horizonTurns) throw new Error(`seed ${JSON.stringify(seed)}: ended after ${state.turn} turns, beyond the horizon`);
  const over = resolveTurn(scenario, state, turnCommands(state));
  if (over.ok) throw new Error(`seed ${JSON.stringify(seed)}: a finished game accepted another turn`);
  return { state, sawForce, sawBases };
}

describe.each(CASES)('%s/%s: random legal games', (id, variant) => {
  const scenario = scenarioOf(id, variant);

  it('never throw, end with an outcome within the horizon, and keep every invariant after every turn', () => {
    const outcomes = new Map<string, number>();
    const reached = { sdfDefenceOperation: 0, usFromBasesInJapan: 0 };
    fc.assert(
      fc.property(gameArb(scenario), ({ seed, style, choices }) => {
        const { state, sawForce, sawBases } = playRandomGame(scenario, seed, style, choices);
        outcomes.set(state.outcome!, (outcomes.get(state.outcome!) ?? 0) + 1);
        if (sawForce) reached.sdfDefenceOperation++;
        if (sawBases) reached.usFromBasesInJapan++;
      }),
      { numRuns: NUM_RUNS },
    );
    // The invariants were not checked vacuously: games ended in several ways, and reached the states they guard.
    expect(outcomes.size).toBeGreaterThanOrEqual(3);
    expect(reached.sdfDefenceOperation).toBeGreaterThan(0);
    // Where Tokyo may consent and US forces may fight, Washington's forces reach bases in Japan in some game.
    if (scenario.legal.japanMayConsentToBases && scenario.legal.usInterventionFromDay !== null) expect(reached.usFromBasesInJapan).toBeGreaterThan(0);
    else expect(reached.usFromBasesInJapan).toBe(0);
  });
});

describe('the invariant checker', () => {
  it('would catch the violations it looks for', () => {
    const scenario = blockade('base');
    const [prev, s] = playScript(scenario, 'checker', [{}]) as [GameState, GameState];
    expect(violations(scenario, prev, s)).toEqual([]);
    const bad: GameState = {
      ...s,
      tracks: {
        ...s.tracks,
        tokyo: { ...s.tracks.tokyo, sdfRole: 'defenceOperation' },
        washington: { ...s.tracks.washington, operatingFrom: 'basesInJapan' },
      },
      indicators: {
        ...s.indicators,
        coalDays: -0.5,
        oilDays: 1000,
        electricityPct: 101,
        escalation: 11,
        shipsLost: { ...s.indicators.shipsLost, us: -1 },
        gdpImpactPct: { ...s.indicators.gdpImpactPct, world: 0.5 },
      },
    };
    const found = violations(scenario, prev, bad).join('\n');
    for (const what of ['SDF in a defence operation', 'bases in Japan', 'coalDays', 'oilDays', 'electricityPct', 'escalation', 'shipsLost.us', 'gdpImpactPct.world']) {
      expect(found).toContain(what);
    }
  });
});

// Regressions: until 9b6a085 the blockade's "insurers withdraw" inject took a day of LNG after the energy
// step had emptied the stock, leaving -1 days; the next energy step then dated exhaustion from the
// negative stock, before the turn (day -96.1 in the second case). Both were found by the properties above.
describe('regression: news never takes LNG below empty', () => {
  it('LNG stocks never go below zero when the blockade is declared and everyone holds', () => {
    for (let g = 0; g < 10; g++) {
      const states = playScript(blockade('no-resupply'), `lng-${g}`, [{ beijing: 'declareBlockade' }, {}, {}]);
      expect(states).toHaveLength(4);
      for (const s of states) expect(s.indicators.lngDays, `seed lng-${g}, turn ${s.turn}`).toBeGreaterThanOrEqual(0);
    }
  });

  it('LNG runs out no earlier than the turn it ran out in, and after interdiction began', () => {
    const states = playScript(blockade('base'), 'seed-315', [
      { beijing: 'declareBlockade', tokyo: 'orderEvacuation' },
      { beijing: 'declareCeasefire', taipei: 'mobilise', tokyo: 'seekDiplomaticSolution', washington: 'standAside' },
      { beijing: 'resumeBlockade', taipei: 'openNegotiations', washington: 'issueWarnings' },
      { beijing: 'strikeTaiwan', taipei: 'rationEnergy', tokyo: 'determineAnticipatedArmedAttackSituation', washington: 'requestPriorConsultation' },
    ]);
    expect(states).toHaveLength(5);
    for (const [t, s] of states.entries()) {
      const i = s.indicators;
      expect(i.lngDays).toBeGreaterThanOrEqual(0);
      if (i.lngExhaustedOnDay !== null) {
        expect(i.lngExhaustedOnDay).toBeGreaterThanOrEqual(i.interdictionBeganOnDay ?? 0);
        expect(i.lngExhaustedOnDay).toBeLessThanOrEqual(s.day);
        if (states[t - 1]!.indicators.lngExhaustedOnDay === null) expect(i.lngExhaustedOnDay).toBeGreaterThanOrEqual(states[t - 1]!.day);
      }
    }
  });
});
