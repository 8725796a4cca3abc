import { z } from './zod.ts';
import { createGame } from './createGame.ts';
import type { FacilitatorCommand } from './facilitator.ts';
import { resolveTurn } from './resolveTurn.ts';
import type { Scenario } from './scenario.ts';
import { stateHash } from './stateHash.ts';
import { ROLES, err, ok, type Command, type GameState, type Result } from './types.ts';
import { REPLAY_FORMAT, REPLAY_FORMAT_VERSION, RULES_VERSION } from './version.ts';
import type { TurnRecord } from './playGame.ts';

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

export type Verification =
  | { ok: true; turns: number; finalHash: string; state: GameState; warnings: string[] }
  /** `divergedAtTurn` counts from 1, as people do: the first turn is turn 1. */
  | { ok: false; divergedAtTurn: number; reason: string; warnings: string[] };

/**
 * Re-simulate a replay through the same path as play, comparing the state hash after every turn.
 * The first turn whose hash differs (or whose commands are refused) is where it diverged.
 */
export function verifyReplay(replay: Replay, scenario: Scenario): Verification {
  const warnings: string[] = [];
  if (replay.scenario.id !== scenario.id || replay.scenario.variant !== scenario.variant) {
    return { ok: false, divergedAtTurn: 1, reason: `the replay is of ${replay.scenario.id}/${replay.scenario.variant}, not ${scenario.id}/${scenario.variant}`, warnings };
  }
  if (replay.rulesVersion !== RULES_VERSION) warnings.push(`recorded with rules ${replay.rulesVersion}; this build has rules ${RULES_VERSION}`);
  if (replay.scenario.contentHash !== scenario.contentHash) warnings.push(`the scenario file has changed since the replay was recorded (version ${replay.scenario.version}, now ${scenario.version})`);
  let state = createGame(scenario, replay.seed);
  for (const [index, t] of replay.turns.entries()) {
    if (t.turn !== index) return { ok: false, divergedAtTurn: index + 1, reason: `the ${index + 1}th recorded turn has index ${t.turn}, not ${index}`, warnings };
    const result = resolveTurn(scenario, state, t.commands as Command[], (t.facilitator ?? []) as FacilitatorCommand[]);
    if (!result.ok) return { ok: false, divergedAtTurn: t.turn + 1, reason: result.error, warnings };
    state = result.value.state;
    const hash = stateHash(state);
    if (hash !== t.stateHash) return { ok: false, divergedAtTurn: t.turn + 1, reason: `state hash ${hash} differs from the recorded ${t.stateHash}`, warnings };
  }
  if (state.outcome !== replay.outcome) {
    return { ok: false, divergedAtTurn: replay.turns.length, reason: `after the last turn the game ends ${state.outcome ?? 'unfinished'}, the replay says ${replay.outcome ?? 'unfinished'}`, warnings };
  }
  return { ok: true, turns: replay.turns.length, finalHash: stateHash(state), state, warnings };
}

/** Error text quoted from elsewhere may hold line breaks and file content: keep messages to one line. */
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}
