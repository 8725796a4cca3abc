import { fromLog, playTurns } from '../playTurns.ts';
import { turnCommands, type Choice } from '../turnCommands.ts';
import { err, ok, ROLES, type Result, type Role } from '../types.ts';
import { restartTimer } from './clock.ts';
import type { ClassRecord } from './record.ts';
import { derive, teamsOf, type ClassSession } from './session.ts';
import type { ClassEvent, ClassRefusal } from './types.ts';

export interface Change {
  session: ClassSession;
  events: ClassEvent[];
}

/** Whether every team has locked in: the turn then resolves by itself (unless the game is paused). */
export function everyTeamLocked(record: ClassRecord): boolean {
  const teams = teamsOf(record);
  return teams.length > 0 && teams.every((r) => record.locked[r]);
}

/**
 * Bots' choices for the coming turn worked out elsewhere, from the same situation and seats (the browser
 * works out its strategists' in a web worker, so the page stays responsive while they look ahead).
 */
export type DecidedBots = Partial<Record<Role, Choice>>;

/**
 * Play the turn: each team's locked choice, `hold` for a team that has none, and each bot's pick in
 * the situation the teams saw, after the facilitator's pending commands, through the engine's fold. A bot's
 * choice given in `decided` is taken as its pick if that bot still holds the seat; the rest choose here.
 */
export function resolveClassTurn(s: ClassSession, now: number, decided: DecidedBots = {}): Result<Change, ClassRefusal> {
  const { scenario, record } = s;
  const choices: Partial<Record<Role, Choice>> = {};
  for (const role of teamsOf(record)) {
    const lock = record.locked[role];
    if (lock) choices[role] = { decision: lock.decision, by: 'human', ...(lock.proposal ? { proposal: lock.proposal } : {}) };
  }
  for (const role of ROLES) {
    const bot = decided[role];
    if (bot && bot.by !== 'human' && record.setup.seats[role] === bot.by) choices[role] = bot;
  }
  const commands = turnCommands(scenario, s.situation.state, record.setup.seats, choices);
  const played = playTurns(scenario, s.state, fromLog([{ commands, facilitator: record.pending }]));
  // The pending commands and the locks were checked when given, so a refusal here is a bug; said, not thrown.
  if (played.stopped) return err('refusal' in played.stopped ? { code: 'engine', refusal: played.stopped.refusal } : { code: 'notAllowed', intent: 'resolve' });
  const t = played.turns[0]!;
  const over = played.state.outcome !== null;
  const next: ClassRecord = {
    ...record,
    turns: [...record.turns, { turn: t.turn, commands: t.commands, ...(t.facilitator ? { facilitator: t.facilitator } : {}), stateHash: t.stateHash }],
    pending: [],
    locked: {},
    relock: {},
    timer: record.timer && !over ? restartTimer(record.timer, record.paused, now) : null,
  };
  const session = derive(scenario, next, played.state, t);
  if (!session.ok) return err({ code: 'notAllowed', intent: 'resolve' });
  return ok({ session: session.value, events: [{ type: 'turnResolved', turn: t.turn, stateHash: t.stateHash, outcome: played.state.outcome }] });
}
