/** Helpers for the classroom tests: classes of shipped scenarios, intents applied with a made-up clock. */
import { ROLES, type Actor, type Role, type Seats } from '../../engine/index.ts';
import { applyIntent, startClass, type ClassEvent, type ClassSession, type Intent, type Participant } from '../../engine/classroom/index.ts';
import { scenarioOf } from '../engine/support.ts';

export const ALL_TEAMS: Seats = { beijing: 'human', taipei: 'human', tokyo: 'human', washington: 'human' };
export const seatsWith = (teams: readonly Role[], bot: Actor = 'bot:cautious'): Seats =>
  Object.fromEntries(ROLES.map((r) => [r, teams.includes(r) ? 'human' : bot])) as Seats;

export function newClass(scenarioId = 'blockade', variant = 'base', seats: Seats = ALL_TEAMS, seed = 'class-test'): ClassSession {
  const scenario = scenarioOf(scenarioId, variant);
  const s = startClass(scenario, { scenarioId, variant: scenario.variant, seed, seats });
  if (!s.ok) throw new Error(`cannot start a class: ${JSON.stringify(s.error)}`);
  return s.value;
}

export const team = (role: Role): Participant => ({ kind: 'team', role });
export const facilitator: Participant = { kind: 'facilitator' };

/** Apply an intent that must be taken; a refusal fails the test with its code. */
export function must(s: ClassSession, who: Participant, intent: Intent, now = 1_000): { session: ClassSession; events: ClassEvent[] } {
  const r = applyIntent(s, who, intent, now);
  if (!r.ok) throw new Error(`refused ${JSON.stringify(intent)}: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** Apply intents in order, each at its own moment. */
export function play(s: ClassSession, steps: readonly [Participant, Intent][], now = 1_000): ClassSession {
  return steps.reduce((acc, [who, intent], i) => must(acc, who, intent, now + i).session, s);
}
