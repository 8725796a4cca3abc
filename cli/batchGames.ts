import { gameMetrics, playGame, seedRngFor, TEMPERAMENTS, type BotSeats, type Outcome, type Scenario } from '../engine/index.ts';

export type SeatMode = 'mixed' | 'cautious' | 'hawkish';

/** Game i of a batch: its own seed, and for mixed seats a temperament per role drawn from that seed. */
export function seatsFor(mode: SeatMode, gameSeed: string): BotSeats {
  if (mode !== 'mixed') return { beijing: mode, taipei: mode, tokyo: mode, washington: mode };
  const rng = seedRngFor(`${gameSeed}|seats`);
  const pick = () => TEMPERAMENTS[rng.next() < 0.5 ? 0 : 1]!;
  return { beijing: pick(), taipei: pick(), tokyo: pick(), washington: pick() };
}

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
    const { state } = playGame(scenario, s, seatsFor(mode, s), false);
    out.push({ outcome: state.outcome!, metrics: gameMetrics(state) });
    onGame?.(i - from + 1);
  }
  return out;
}
