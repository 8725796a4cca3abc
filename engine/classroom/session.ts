import { applyFacilitator } from '../facilitator.ts';
import { createGame } from '../createGame.ts';
import { factsOf } from '../facts.ts';
import { isOpen } from '../machines/index.ts';
import { fromLog, playTurns, type Stop, type TurnRecord } from '../playTurns.ts';
import type { Scenario } from '../scenario.ts';
import { err, ok, ROLES, type GameEvent, type GameState, type Refusal, type Result, type Role } from '../types.ts';
import { newClassRecord, type ClassRecord, type ClassSetup } from './record.ts';

/**
 * A class in memory: its record (plain JSON, what is stored) and what the engine's fold makes of it.
 * Every function here returns a new session; none changes one.
 */
export interface ClassSession {
  readonly scenario: Scenario;
  readonly record: ClassRecord;
  /** The game after the turns played. */
  readonly state: GameState;
  /** The situation the teams decide in: `state` with the facilitator's pending commands applied, and the events they made. */
  readonly situation: { state: GameState; events: GameEvent[] };
  /** The last turn played, with its events (the turn's report); null before the first. */
  readonly lastTurn: TurnRecord | null;
}

/** Why a record cannot be a class of this scenario, as data. */
export type ClassProblem =
  | { code: 'wrongScenario'; recorded: string; given: string }
  | { code: 'noTeams' }
  | { code: 'diverged'; stop: Stop }
  | { code: 'turnIndex'; index: number }
  | { code: 'pendingRefused'; refusal: Refusal }
  | { code: 'lockClosed'; role: Role; decision: string };

/** The roles a team of people plays. */
export const teamsOf = (record: ClassRecord): Role[] => ROLES.filter((r) => record.setup.seats[r] === 'human');

/** A new class: the scenario (with its variant) must be the one the setup names. */
export function startClass(scenario: Scenario, setup: ClassSetup): Result<ClassSession, ClassProblem> {
  return restoreClass(scenario, newClassRecord(setup));
}

/**
 * A class from its record: the log is played through the engine's fold and each turn's state hash
 * checked, the pending commands applied and the locked choices checked, so a record that was
 * tampered with, or that these rules no longer play the same way, is refused with the reason.
 */
export function restoreClass(scenario: Scenario, record: ClassRecord): Result<ClassSession, ClassProblem> {
  const { scenarioId, variant, seed } = record.setup;
  if (scenarioId !== scenario.id || variant !== scenario.variant) {
    return err({ code: 'wrongScenario', recorded: `${scenarioId}/${variant}`, given: `${scenario.id}/${scenario.variant}` });
  }
  if (!teamsOf(record).length) return err({ code: 'noTeams' });
  const misnumbered = record.turns.findIndex((t, i) => t.turn !== i);
  if (misnumbered >= 0) return err({ code: 'turnIndex', index: misnumbered });
  const played = playTurns(scenario, createGame(scenario, seed), fromLog(record.turns), { recordedHashes: record.turns.map((t) => t.stateHash) });
  if (played.stopped) return err({ code: 'diverged', stop: played.stopped });
  const s = derive(scenario, record, played.state, played.turns.at(-1) ?? null);
  if (!s.ok) return s;
  const facts = factsOf(s.value.situation.state, scenario.legal);
  for (const role of ROLES) {
    const lock = record.locked[role];
    if (lock && !isOpen(role, s.value.situation.state.tracks[role], lock.decision, facts)) return err({ code: 'lockClosed', role, decision: lock.decision });
  }
  return s;
}

/** The session for a record whose log is already played to `state`: the situation is worked out again from the pending commands. */
export function derive(scenario: Scenario, record: ClassRecord, state: GameState, lastTurn: TurnRecord | null): Result<ClassSession, ClassProblem> {
  const situation = applyFacilitator(scenario, state, record.pending);
  if (!situation.ok) return err({ code: 'pendingRefused', refusal: situation.error });
  return ok({ scenario, record, state, situation: situation.value, lastTurn });
}
