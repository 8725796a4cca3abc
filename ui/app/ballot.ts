import type { Role } from '../../engine/index.ts';
import type { PersonChoice, Session } from './session.ts';

/** The teams' choices in one situation (a proposal's terms with them), and which team holds the device now. */
export interface Votes {
  decided: Partial<Record<Role, PersonChoice>>;
  open: Role | null;
}

export interface Ballot {
  /** The choices made in this session's situation (none yet if the situation is new). */
  votesIn(s: Session): Votes;
  /** A team locks in its choice: hidden from the others, and handed to `onLockIn` (which saves it). */
  lockIn(s: Session, role: Role, choice: PersonChoice): void;
  /** Choices locked in before a reload, for the situation they were made in. */
  restore(s: Session, decided: Partial<Record<Role, PersonChoice>>): void;
}

/**
 * The teams' choices this turn, kept secret until all have decided. Tied to the situation they were
 * made in: a new turn, a new game, a branch or a facilitator's command makes a new situation, so old
 * choices never carry over. The shell holds it, so a team's locked-in choice outlasts the
 * facilitator opening the console; `onLockIn` lets it outlast a reload too.
 */
export function createBallot(onLockIn: (s: Session, decided: Partial<Record<Role, PersonChoice>>) => void = () => {}): Ballot {
  let made: { state: object; pending: number; votes: Votes } | null = null;
  const votesIn = (s: Session): Votes => {
    if (made?.state !== s.state || made.pending !== s.pending.length) made = { state: s.state, pending: s.pending.length, votes: { decided: {}, open: null } };
    return made.votes;
  };
  return {
    votesIn,
    lockIn(s, role, choice) {
      const votes = votesIn(s);
      votes.decided[role] = choice;
      votes.open = null;
      onLockIn(s, votes.decided);
    },
    restore(s, decided) {
      votesIn(s).decided = { ...decided };
    },
  };
}
