import type { BotSeats } from '../../engine/index.ts';

/** Recorded games re-simulated in every test run: a rules change that alters them is seen at once. */
export const GOLDEN_GAMES: { name: string; scenario: string; variant: string; seed: string; seats: BotSeats }[] = [
  { name: 'blockade-base-cautious', scenario: 'blockade', variant: 'base', seed: 'golden-1', seats: { beijing: 'cautious', taipei: 'cautious', tokyo: 'cautious', washington: 'cautious' } },
  { name: 'blockade-base-hawkish', scenario: 'blockade', variant: 'base', seed: 'golden-2', seats: { beijing: 'hawkish', taipei: 'hawkish', tokyo: 'hawkish', washington: 'hawkish' } },
  { name: 'blockade-takaichi-mixed', scenario: 'blockade', variant: 'takaichi-reading', seed: 'golden-3', seats: { beijing: 'hawkish', taipei: 'cautious', tokyo: 'hawkish', washington: 'cautious' } },
  { name: 'blockade-no-resupply', scenario: 'blockade', variant: 'no-resupply', seed: 'golden-4', seats: { beijing: 'hawkish', taipei: 'cautious', tokyo: 'cautious', washington: 'cautious' } },
];
