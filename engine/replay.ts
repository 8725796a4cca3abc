import { z } from './zod.ts';
import { createGame } from './createGame.ts';
import { fromLog, playTurns, type Stop, type TurnRecord } from './playTurns.ts';
import type { Scenario } from './scenario.ts';
import { stateHash } from './stateHash.ts';
import { ROLES, err, ok, type Command, type FacilitatorCommand, type GameState, type Result } from './types.ts';
import { REPLAY_FORMAT, REPLAY_FORMAT_VERSION, RULES_VERSION } from './version.ts';

const actor = z.union([z.literal('human'), z.literal('bot:cautious'), z.literal('bot:hawkish')]);
const commandSchema = z.strictObject({
  turn: z.number().int().min(0).max(10000),
  role: z.enum(ROLES),
  decision: z.string().min(1).max(80).regex(/^[a-zA-Z]+$/, 'a decision name'),
  by: actor,
});

const name = z.string().min(1).max(64).regex(/^[a-zA-Z]+$/, 'a name');
const effectSchema = z.union([
  z.strictObject({ indicator: name, add: z.number().finite() }),
  z.strictObject({ force: name, add: z.number().finite() }),
  z.strictObject({ raiseFlag: name }),
]);
const facilitatorSchema = z.strictObject({
  turn: z.number().int().min(0).max(10000),
  reason: z.string().min(1).max(1000),
  action: z.union([
    z.strictObject({ kind: z.literal('inject'), injectId: z.string().max(64) }),
    z.strictObject({ kind: z.literal('customInject'), headline: z.string().min(1).max(200), effects: z.array(effectSchema).max(20) }),
    z.strictObject({ kind: z.literal('setIndicator'), indicator: name, value: z.number().finite() }),
    z.strictObject({ kind: z.literal('setForce'), force: name, value: z.number().finite() }),
    z.strictObject({ kind: z.literal('raiseFlag'), flag: name }),
    z.strictObject({ kind: z.literal('setParameter'), path: z.string().max(120).regex(/^[a-zA-Z]+(\.[a-zA-Z]+)*$/, 'a parameter path'), value: z.number().finite() }),
  ]),
});

const replaySchema = z.strictObject({
  format: z.literal(REPLAY_FORMAT),
  formatVersion: z.literal(REPLAY_FORMAT_VERSION),
  rulesVersion: z.string().max(40),
  scenario: z.strictObject({
    id: z.string().max(64),
    version: z.string().max(40),
    variant: z.string().max(64),
    contentHash: z.string().max(64),
  }),
  seed: z.string().max(200),
  turns: z.array(z.strictObject({
    turn: z.number().int().min(0).max(10000),
    commands: z.array(commandSchema).max(ROLES.length),
    facilitator: z.array(facilitatorSchema).max(50).optional(),
    stateHash: z.string().regex(/^[0-9a-f]{28}$/, 'a 28-digit hex state hash'),
  })).max(1000),
  outcome: z.string().max(64).nullable(),
});

/** One recorded turn: the facilitator's commands (if any), the roles' commands, the state hash after it. */
export interface ReplayTurn {
  turn: number;
  commands: Command[];
  facilitator?: FacilitatorCommand[];
  stateHash: string;
}

/**
 * A game as a record anyone can re-simulate: the seed, the commands, and a state hash per turn.
 * Names inside commands are checked by the engine when the turn is replayed, not by the schema.
 */
export type Replay = Omit<z.infer<typeof replaySchema>, 'turns'> & { turns: ReplayTurn[] };

export function createReplay(scenario: Scenario, seed: string, turns: readonly Pick<TurnRecord, 'turn' | 'commands' | 'facilitator' | 'stateHash'>[], final: GameState): Replay {
  return {
    format: REPLAY_FORMAT,
    formatVersion: REPLAY_FORMAT_VERSION,
    rulesVersion: RULES_VERSION,
    scenario: { id: scenario.id, version: scenario.version, variant: scenario.variant, contentHash: scenario.contentHash },
    seed,
    turns: turns.map((t) => ({ turn: t.turn, commands: t.commands, ...(t.facilitator?.length ? { facilitator: t.facilitator } : {}), stateHash: t.stateHash })),
    outcome: final.outcome,
  };
}

/** Check that text is a replay; the error says what is wrong and where. */
export function parseReplay(text: string): Result<Replay> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return err(`not a replay: the file is not valid JSON (${oneLine((e as Error).message)})`);
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== REPLAY_FORMAT) {
    return err(`not a replay: a Kuroshio replay has "format": "${REPLAY_FORMAT}"`);
  }
  const v = (data as { formatVersion?: unknown }).formatVersion;
  if (v !== REPLAY_FORMAT_VERSION) return err(`replay format version ${String(v)} is not supported; this build reads version ${REPLAY_FORMAT_VERSION}`);
  const parsed = replaySchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `at ${i.path.join('.') || '(top level)'}: ${i.message}`);
    return err(`not a valid replay: ${first.join('; ')}`);
  }
  return ok(parsed.data as Replay);
}

/** Why a replay does not verify, as data: the words module says it. Turns count from 1, as people do. */
export type Divergence =
  | Stop
  | { turn: number; reason: 'wrongScenario'; recorded: string; given: string }
  | { turn: number; reason: 'turnIndex'; index: number }
  | { turn: number; reason: 'outcome'; found: string | null; recorded: string | null };

export type VerificationWarning =
  | { code: 'otherRules'; recorded: string; current: string }
  | { code: 'scenarioChanged'; recorded: string; current: string };

export type Verification =
  | { ok: true; turns: TurnRecord[]; states: GameState[]; state: GameState; finalHash: string; warnings: VerificationWarning[] }
  | { ok: false; divergence: Divergence; warnings: VerificationWarning[] };

/**
 * Re-simulate a replay through the one fold, comparing the state hash after every turn. The first
 * turn whose hash differs (or whose commands are refused) is where it diverged. A verified replay
 * comes back with its turns and states, so no caller simulates it twice.
 */
export function verifyReplay(replay: Replay, scenario: Scenario): Verification {
  const warnings: VerificationWarning[] = [];
  if (replay.scenario.id !== scenario.id || replay.scenario.variant !== scenario.variant) {
    return {
      ok: false, warnings,
      divergence: { turn: 1, reason: 'wrongScenario', recorded: `${replay.scenario.id}/${replay.scenario.variant}`, given: `${scenario.id}/${scenario.variant}` },
    };
  }
  if (replay.rulesVersion !== RULES_VERSION) warnings.push({ code: 'otherRules', recorded: replay.rulesVersion, current: RULES_VERSION });
  if (replay.scenario.contentHash !== scenario.contentHash) warnings.push({ code: 'scenarioChanged', recorded: replay.scenario.version, current: scenario.version });
  const misnumbered = replay.turns.findIndex((t, i) => t.turn !== i);
  if (misnumbered >= 0) return { ok: false, warnings, divergence: { turn: misnumbered + 1, reason: 'turnIndex', index: replay.turns[misnumbered]!.turn } };
  const played = playTurns(scenario, createGame(scenario, replay.seed), fromLog(replay.turns), { recordedHashes: replay.turns.map((t) => t.stateHash) });
  if (played.stopped) return { ok: false, warnings, divergence: played.stopped };
  if (played.state.outcome !== replay.outcome) {
    return { ok: false, warnings, divergence: { turn: replay.turns.length, reason: 'outcome', found: played.state.outcome, recorded: replay.outcome } };
  }
  return { ok: true, turns: played.turns, states: played.states, state: played.state, finalHash: stateHash(played.state), warnings };
}

/** Error text quoted from elsewhere may hold line breaks and file content: keep messages to one line. */
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}
