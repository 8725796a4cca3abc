import type { Role } from '../../engine/index.ts';
import type { Session } from './session.ts';

/** The teams' choices in one situation, and which team holds the device now. */
export interface Votes {
  decided: Partial<Record<Role, string>>;
  open: Role | null;
}

/**
 * The teams' choices this turn, kept secret until all have decided. Tied to the situation they were
 * made in: a new turn, a new game, a branch or a facilitator's command makes a new situation, so old
 * choices never carry over. The shell holds it, so a team's locked-in choice outlasts the
 * facilitator opening the console.
 */
export function createBallot(): { votesIn(s: Session): Votes } {
  let made: { state: object; pending: number; votes: Votes } | null = null;
  return {
    votesIn(s) {
      if (made?.state !== s.state || made.pending !== s.pending.length) made = { state: s.state, pending: s.pending.length, votes: { decided: {}, open: null } };
      return made.votes;
    },
  };
}
