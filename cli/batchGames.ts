// The engine's modules by name, not its index: the batch worker's bundle then leaves out what batches never
// use (replays, the classroom and their schemas).
import { createGame } from '../engine/createGame.ts';
import { gameMetrics, METRIC_NAMES, metricValues } from '../engine/metrics.ts';
import { playTurns } from '../engine/playTurns.ts';
import type { Scenario } from '../engine/scenario.ts';
import { botSeats, type SeatMode } from '../engine/seats.ts';
import { turnCommands } from '../engine/turnCommands.ts';
import { OUTCOMES, type GameState, type Outcome, type Role } from '../engine/types.ts';
import { policyCommand, SEAT_POLICIES } from './seatPolicies.ts';

export type { SeatMode };

/** Game i of a batch: its own seed, and for mixed seats a temperament per role drawn from that seed. */
export const gameSeed = (seed: string, i: number) => `${seed}#${i}`;

export interface GameSummary {
  outcome: Outcome;
  metrics: Record<string, number | null>;
}

/** Seats played by named policies of cli/seatPolicies.ts instead of their bots: role to policy name. */
export type PolicySeats = Partial<Record<Role, string>>;

/**
 * Games [from, to) of a batch; each depends only on its index, so any split across workers agrees. Seats
 * given a policy follow it and every other seat plays as it would have.
 */
export function runGames(scenario: Scenario, seed: string, mode: SeatMode, from: number, to: number, onGame?: (done: number) => void, policySeats: PolicySeats = {}): GameSummary[] {
  const out: GameSummary[] = [];
  playGames(scenario, seed, mode, from, to, policySeats, (state, i) => {
    out.push({ outcome: state.outcome!, metrics: gameMetrics(state) });
    onGame?.(i - from + 1);
  });
  return out;
}

/** Games [from, to) of a batch as columns, as a worker sends them: no object per game to copy between threads. */
export interface GameColumns {
  /** Each game's outcome, as its index in OUTCOMES. */
  outcomes: Uint8Array<ArrayBuffer>;
  /** The metrics' names, in metricValues' order. */
  metricNames: string[];
  /** Game by game, each game's metrics in that order; NaN where a metric is null. */
  metrics: Float64Array<ArrayBuffer>;
}

export function runGameColumns(scenario: Scenario, seed: string, mode: SeatMode, from: number, to: number, policySeats: PolicySeats = {}): GameColumns {
  const outcomes = new Uint8Array(to - from);
  const metricNames = [...METRIC_NAMES];
  const k = metricNames.length;
  const metrics = new Float64Array((to - from) * k);
  playGames(scenario, seed, mode, from, to, policySeats, (state, i) => {
    outcomes[i - from] = OUTCOMES.indexOf(state.outcome!);
    const values = metricValues(state);
    const at = (i - from) * k;
    for (let j = 0; j < k; j++) metrics[at + j] = values[j] ?? NaN;
  });
  return { outcomes, metricNames, metrics };
}

function playGames(scenario: Scenario, seed: string, mode: SeatMode, from: number, to: number, policySeats: PolicySeats, each: (state: GameState, i: number) => void): void {
  const policies = Object.entries(policySeats).map(([role, name]) => {
    const policy = SEAT_POLICIES[role as Role]?.[name];
    if (!policy) throw new Error(`no policy ${name} for ${role}`);
    return [role as Role, policy] as const;
  });
  const policyOf = new Map(policies);
  for (let i = from; i < to; i++) {
    const s = gameSeed(seed, i);
    const seats = botSeats(mode, s);
    const played = playTurns(scenario, createGame(scenario, s), (state) => {
      if (state.outcome) return null;
      const commands = turnCommands(scenario, state, seats);
      return { commands: policies.length ? commands.map((c) => { const p = policyOf.get(c.role); return p ? policyCommand(scenario, state, c.role, p) : c; }) : commands };
    }, { record: false });
    // Bots and policies choose only open decisions, so a refusal is a bug in the engine, not bad input.
    if (played.stopped) throw new Error(`game ${s}: a command was refused in turn ${played.stopped.turn}`);
    each(played.state, i);
  }
}
