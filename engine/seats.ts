import { seedRng } from './rng.ts';
import { ROLES, TEMPERAMENTS, type Actor, type BotTemperament, type Role } from './types.ts';

/** Who sits in each seat: a person, or a bot of a temperament. */
export type Seats = Record<Role, Actor>;

/** How a batch fills the seats: one temperament everywhere, or a temperament per seat drawn from the game's seed. */
export type SeatMode = 'mixed' | BotTemperament;

/** The temperament of the bot that plays a seat; a person's seat, when a bot must stand in, is played cautiously. */
export const temperamentOf = (by: Actor): BotTemperament => (by === 'human' ? 'cautious' : (by.slice(4) as BotTemperament));

/** Every seat a bot of one temperament. */
export const allBots = (t: BotTemperament): Seats => ({ beijing: `bot:${t}`, taipei: `bot:${t}`, tokyo: `bot:${t}`, washington: `bot:${t}` });

/** Bots for every seat; for `mixed`, a temperament per role drawn from the game's seed (the same in every process). */
export function botSeats(mode: SeatMode, gameSeed: string): Seats {
  if (mode !== 'mixed') return allBots(mode);
  const rng = seedRng(`${gameSeed}|seats`);
  return Object.fromEntries(ROLES.map((r) => [r, `bot:${TEMPERAMENTS[rng.next() < 0.5 ? 0 : 1]!}`])) as Seats;
}
