import { botSeats, createGame, gameMetrics, playTurns, turnCommands, type Outcome, type Role, type Scenario, type SeatMode } from '../engine/index.ts';
import { policyCommand, SEAT_POLICIES } from './seatPolicies.ts';

export type { SeatMode };

/** Game i of a batch: its own seed, and for mixed seats a temperament per role drawn from that seed. */
export const gameSeed = (seed: string, i: number) => `${seed}#${i}`;

export interface GameSummary {
  outcome: Outcome;
  metrics: Record<string, number | null>;
}

/** One seat played by a named policy of cli/seatPolicies.ts instead of its bot. */
export interface PolicySeat {
  role: Role;
  policy: string;
}

/**
 * Games [from, to) of a batch; each depends only on its index, so any split across workers agrees. With a
 * policy seat, that seat follows the policy and every other seat plays as it would have.
 */
export function runGames(scenario: Scenario, seed: string, mode: SeatMode, from: number, to: number, onGame?: (done: number) => void, seat?: PolicySeat): GameSummary[] {
  const policy = seat ? SEAT_POLICIES[seat.role][seat.policy] : undefined;
  if (seat && !policy) throw new Error(`no policy ${seat.policy} for ${seat.role}`);
  const out: GameSummary[] = [];
  for (let i = from; i < to; i++) {
    const s = gameSeed(seed, i);
    const seats = botSeats(mode, s);
    const played = playTurns(scenario, createGame(scenario, s), (state) => {
      if (state.outcome) return null;
      const commands = turnCommands(scenario, state, seats);
      return { commands: seat && policy ? commands.map((c) => (c.role === seat.role ? policyCommand(scenario, state, seat.role, policy) : c)) : commands };
    }, { record: false });
    // Bots and policies choose only open decisions, so a refusal is a bug in the engine, not bad input.
    if (played.stopped) throw new Error(`game ${s}: a command was refused in turn ${played.stopped.turn}`);
    const state = played.state;
    out.push({ outcome: state.outcome!, metrics: gameMetrics(state) });
    onGame?.(i - from + 1);
  }
  return out;
}
