import { botSeats, createGame, playGame, playTurns, turnCommands, type GameState, type Scenario } from '../engine/index.ts';
import { restoreRng } from '../engine/rng.ts';

/**
 * What a turn costs on one thread, beside the floor issue 11 measures it against: one JSON copy of the
 * turn's state (stringify and parse) plus drawing the turn's dice from its generator, restored from the
 * state. A reducer over plain JSON state cannot do much less than copy what it changes and draw what it
 * rolls.
 */
export interface TurnCost {
  games: number;
  turns: number;
  /** Microseconds per turn: bots' choices included, without recording events or hashes (as batches play). */
  engineUs: number;
  /** Microseconds per turn for the floor, over the same turns. */
  floorUs: number;
  /** The state's JSON size in bytes, and the dice drawn per turn, both averaged over the turns. */
  stateBytes: number;
  dicePerTurn: number;
}

/**
 * The same games played `rounds` times after a warm-up (so the JIT and the engine's memoised machine
 * queries are in place), and the floor copied as many times; each figure is the fastest round's, since
 * on a shared machine a slower round measures the other work, not this.
 */
export function measureTurnCost(scenario: Scenario, games = 300, rounds = 10): TurnCost {
  const seeds = Array.from({ length: games }, (_, i) => `turn-cost-${i}`);
  const play = () => seeds.reduce((turns, seed) => turns + playGame(scenario, seed, botSeats('mixed', seed), false).state.turn, 0);
  for (let i = 0; i < 3; i++) play();
  const turns = play();
  const engineUs = fastest(rounds, play) / turns;

  // The floor over the same turns: each turn's starting state and the number of dice the turn drew.
  const steps: { state: GameState; dice: number }[] = [];
  for (const seed of seeds) {
    const seats = botSeats('mixed', seed);
    const played = playTurns(scenario, createGame(scenario, seed), (s) => (s.outcome ? null : { commands: turnCommands(scenario, s, seats) }));
    for (let k = 0; k + 1 < played.states.length; k++) steps.push({ state: played.states[k]!, dice: diceBetween(played.states[k]!, played.states[k + 1]!) });
  }
  let sink = 0;
  const copy = () => {
    for (const { state, dice } of steps) {
      const copied = JSON.parse(JSON.stringify(state)) as GameState;
      const rng = restoreRng(copied.rng);
      for (let d = 0; d < dice; d++) sink += rng.next();
      sink += rng.state().c;
    }
  };
  for (let i = 0; i < 3; i++) copy();
  const floorUs = fastest(rounds, copy) / steps.length;
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the copies from being optimised away');
  const bytes = steps.reduce((a, s) => a + JSON.stringify(s.state).length, 0);
  const dice = steps.reduce((a, s) => a + s.dice, 0);
  return { games, turns, engineUs, floorUs, stateBytes: bytes / steps.length, dicePerTurn: dice / steps.length };
}

/** The fastest of `rounds` runs of `run`, in microseconds. */
function fastest(rounds: number, run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, (performance.now() - t0) * 1000);
  }
  return best;
}

/** How many numbers the generator drew between two states: stepped from the first until it reaches the second. */
function diceBetween(before: GameState, after: GameState): number {
  const rng = restoreRng(before.rng);
  const target = JSON.stringify(after.rng);
  for (let n = 0; n < 100_000; n++) {
    if (JSON.stringify(rng.state()) === target) return n;
    rng.next();
  }
  throw new Error(`turn ${before.turn}: the generator did not reach the next state's`);
}
