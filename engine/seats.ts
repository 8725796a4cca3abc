import { seedRng } from './rng.ts';
import { TEMPERAMENTS, type Actor, type BotTemperament, type Role } from './types.ts';

/** Who sits in each seat: a person, or a bot of a temperament. */
export type Seats = Record<Role, Actor>;

/** How a batch fills the seats: one temperament everywhere, or a temperament per seat drawn from the game's seed. */
export type SeatMode = 'mixed' | BotTemperament;

/** The temperament of the bot that plays a seat; a person's seat, when a bot must stand in, is played cautiously. */
// A switch rather than slicing the text: a slice is a new text each command, which V8 compares letter by letter.
export function temperamentOf(by: Actor): BotTemperament {
  switch (by) {
    case 'human':
    case 'bot:cautious':
      return 'cautious';
    case 'bot:hawkish':
      return 'hawkish';
    case 'bot:strategist':
      return 'strategist';
  }
}

// Each bot's seat as one constant text, so a seat compares with another by pointer.
export const BOT: Record<BotTemperament, Actor> = { cautious: 'bot:cautious', hawkish: 'bot:hawkish', strategist: 'bot:strategist' };

/** Every seat a bot of one temperament. */
export const allBots = (t: BotTemperament): Seats => ({ beijing: BOT[t], taipei: BOT[t], tokyo: BOT[t], washington: BOT[t] });

/** Bots for every seat; for `mixed`, a temperament per role drawn from the game's seed (the same in every process). */
export function botSeats(mode: SeatMode, gameSeed: string): Seats {
  if (mode !== 'mixed') return allBots(mode);
  const rng = seedRng(`${gameSeed}|seats`);
  // One draw per role in ROLES' order (a literal evaluates in the order written): one shape for every game's seats.
  const draw = (): Actor => BOT[TEMPERAMENTS[rng.next() < 0.5 ? 0 : 1]!];
  return { beijing: draw(), taipei: draw(), tokyo: draw(), washington: draw() };
}
