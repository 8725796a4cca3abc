// The strategist bots' choices for a turn, the pure part a web worker runs (strategist.worker.ts): a
// strategist looks ahead by playing each open option's futures through the engine, far too long a task for
// the page's own thread, which would freeze meanwhile. No DOM, no timers; tests run it directly.
import { chooseStrategistCommand, ROLES, type GameState, type Role, type Scenario, type Seats } from '../../engine/index.ts';
import type { DecidedBots } from '../../engine/classroom/index.ts';

/** A turn to decide: the situation the seats decide in (after the facilitator's pending commands) and who sits where. */
export interface StrategistJob {
  scenario: Scenario;
  state: GameState;
  seats: Seats;
}

export const STRATEGIST = 'bot:strategist';

/** The seats a strategist holds. */
export const strategistRoles = (seats: Seats): Role[] => ROLES.filter((r) => seats[r] === STRATEGIST);

/** Each strategist's choice for the turn: what `turnCommands` would pick for its seat, as a choice to resolve the turn with. */
export function strategistChoices(job: StrategistJob): DecidedBots {
  const choices: DecidedBots = {};
  for (const role of strategistRoles(job.seats)) {
    const c = chooseStrategistCommand(job.scenario, job.state, role, job.seats);
    choices[role] = { decision: c.decision, by: c.by, ...(c.proposal ? { proposal: c.proposal } : {}) };
  }
  return choices;
}

/** Messages between the page and the strategist worker; `id` pairs an answer with its question. */
export type ToStrategistWorker = { id: number; job: StrategistJob };
export type FromStrategistWorker = { id: number; choices: DecidedBots } | { id: number; error: string };
