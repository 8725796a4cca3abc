import { botSeats, gameMetrics, playGame, type Outcome, type Scenario, type SeatMode } from '../engine/index.ts';

export type { SeatMode };

/** Game i of a batch: its own seed, and for mixed seats a temperament per role drawn from that seed. */
export const gameSeed = (seed: string, i: number) => `${seed}#${i}`;

export interface GameSummary {
  outcome: Outcome;
  metrics: Record<string, number | null>;
}

/** Games [from, to) of a batch; each depends only on its index, so any split across workers agrees. */
export function runGames(scenario: Scenario, seed: string, mode: SeatMode, from: number, to: number, onGame?: (done: number) => void): GameSummary[] {
  const out: GameSummary[] = [];
  for (let i = from; i < to; i++) {
    const s = gameSeed(seed, i);
    const { state } = playGame(scenario, s, botSeats(mode, s), false);
    out.push({ outcome: state.outcome!, metrics: gameMetrics(state) });
    onGame?.(i - from + 1);
  }
  return out;
}
