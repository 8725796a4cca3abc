/** Helpers for the classroom tests: classes of shipped scenarios, intents applied with a made-up clock. */
import { decisionsOf, factsOf, isOpen, ROLES, type Actor, type Role, type Seats } from '../../engine/index.ts';
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

/**
 * Decisions and injects the tests use, found in the shipped scenario rather than assumed, so a change
 * to the rules or the deck keeps the tests meaningful: for each role, a decision open at the start
 * that no other role has (so finding its name in a frame means a leak) and one closed at the start;
 * two deck injects played at most once; a settlement term each side can give.
 */
export function fixtures(scenarioId = 'blockade') {
  const s = newClass(scenarioId, scenarioOf(scenarioId).variant);
  const facts = factsOf(s.state, s.scenario.legal);
  const theirs = (role: Role) => ROLES.filter((r) => r !== role).flatMap((r) => decisionsOf(r) as readonly string[]);
  const pickFor = (role: Role, open: boolean) => {
    const d = decisionsOf(role).find((x) => isOpen(role, s.state.tracks[role], x, facts) === open && !theirs(role).includes(x));
    if (!d) throw new Error(`${scenarioId}: ${role} has no decision ${open ? 'open' : 'closed'} at the start`);
    return d;
  };
  const once = s.scenario.injects.filter((i) => i.once).map((i) => i.id);
  if (once.length < 2) throw new Error(`${scenarioId}: fewer than two once-only injects`);
  const term = (by: 'beijing' | 'taipei') => {
    const t = s.scenario.terms.find((x) => x.by === by);
    if (!t) throw new Error(`${scenarioId}: no settlement term ${by} gives`);
    return t.id;
  };
  return {
    /** A settlement term each side can give. */
    terms: { beijing: term('beijing'), taipei: term('taipei') },
    open: Object.fromEntries(ROLES.map((r) => [r, pickFor(r, true)])) as Record<Role, string>,
    closed: Object.fromEntries(ROLES.map((r) => [r, pickFor(r, false)])) as Record<Role, string>,
    inject: once[0]!,
    otherInject: once[1]!,
  };
}
