import { z } from './zod.ts';
import { createGame } from './createGame.ts';
import { fromLog, playTurns, type Stop, type TurnRecord } from './playTurns.ts';
import type { Scenario } from './scenario.ts';
import { stateHash } from './stateHash.ts';
import { MAX_FACILITATOR_ACTIONS } from './facilitator.ts';
import { printable, quoted, firstHidden } from './printable.ts';
import { describeJsonProblem, readJson } from './readJson.ts';
import { isValidSeed, SEED_RULE } from './seed.ts';
import { talkSchema } from './classroom/talkRecord.ts';
import { MAX_NOTE } from './resolveTurn.ts';
import { ACTORS, OUTCOMES, ROLES, err, ok, type Actor, type Command, type FacilitatorCommand, type GameState, type Result } from './types.ts';
import { REPLAY_FORMAT, REPLAY_FORMAT_VERSION, RULES_VERSION } from './version.ts';

const actor = z.enum(ACTORS as readonly [Actor, ...Actor[]]);
const turnIndex = () => z.number().int().min(0).max(10000);
const name = (what: string, max = 64) => z.string().min(1).max(max, { abort: true }).regex(/^[a-zA-Z]+$/, what);
/** Free text a person wrote (a reason, a headline): one line, nothing that could act on a terminal or hide. */
const line = (max: number) => z.string().min(1).max(max, { abort: true }).refine((s) => firstHidden(s) === -1, 'text without control or invisible characters');
const version = () => z.string().max(20, { abort: true }).regex(/^\d{1,6}\.\d{1,6}\.\d{1,6}$/, 'a version such as 1.0.0');
const scenarioId = () => z.string().max(64, { abort: true }).regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and hyphens');
const hash = (what: string) => z.string().max(28, { abort: true }).regex(/^[0-9a-f]{28}$/, what);

const commandSchema = z.strictObject({
  turn: turnIndex(),
  role: z.enum(ROLES),
  decision: name('a decision name', 80),
  by: actor,
  proposal: z.strictObject({
    terms: z.array(name('a term id')).min(1).max(20),
    note: z.string().max(MAX_NOTE, { abort: true }).refine((s) => firstHidden(s) === -1, 'text without control or invisible characters'),
  }).optional(),
});

const effectSchema = z.union([
  z.strictObject({ indicator: name('a name'), add: z.number().finite() }),
  z.strictObject({ force: name('a name'), add: z.number().finite() }),
  z.strictObject({ raiseFlag: name('a name') }),
]);
/** One facilitator command as a replay records it (also what a saved game keeps pending for the coming turn). */
export const facilitatorCommandSchema = z.strictObject({
  turn: turnIndex(),
  reason: line(1000),
  action: z.union([
    z.strictObject({ kind: z.literal('inject'), injectId: scenarioId() }),
    z.strictObject({ kind: z.literal('customInject'), headline: line(200), effects: z.array(effectSchema).max(20) }),
    z.strictObject({ kind: z.literal('setIndicator'), indicator: name('a name'), value: z.number().finite() }),
    z.strictObject({ kind: z.literal('setForce'), force: name('a name'), value: z.number().finite() }),
    z.strictObject({ kind: z.literal('raiseFlag'), flag: name('a name') }),
    z.strictObject({ kind: z.literal('setParameter'), path: z.string().max(120, { abort: true }).regex(/^[a-zA-Z]+(\.[a-zA-Z]+)*$/, 'a parameter path'), value: z.number().finite() }),
  ]),
});

/** One recorded turn (also how a class keeps its log). */
export const replayTurnSchema = z.strictObject({
  turn: turnIndex(),
  commands: z.array(commandSchema).max(ROLES.length),
  facilitator: z.array(facilitatorCommandSchema).max(MAX_FACILITATOR_ACTIONS).optional(),
  stateHash: hash('a 28-digit hex state hash'),
});

/** A replay's shape (parseReplay reads text with it; a device checks a replay a server sends with it). */
export const replaySchema = z.strictObject({
  format: z.literal(REPLAY_FORMAT),
  formatVersion: z.literal(REPLAY_FORMAT_VERSION),
  rulesVersion: version(),
  scenario: z.strictObject({
    id: scenarioId(),
    version: version(),
    variant: scenarioId(),
    contentHash: hash('a 28-digit hex content hash'),
  }),
  seed: z.string().max(200, { abort: true }).refine(isValidSeed, `a seed of ${SEED_RULE}`),
  turns: z.array(replayTurnSchema).max(1000),
  outcome: z.enum(OUTCOMES).nullable(),
  /** What the teams said in a class (statements, private messages, settlement proposals); absent in games without talk. */
  talk: talkSchema.optional(),
});

/** The largest replay read from a file, a drop, storage or a link: far above any real game (a 200-turn game is about 150 kB). */
export const MAX_REPLAY_BYTES = 5_000_000;

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

/** Check that text is a replay; the error says what is wrong and where, quoting the text only visibly. */
export function parseReplay(text: string): Result<Replay> {
  if (text.length > MAX_REPLAY_BYTES) return err(`not a replay: it is larger than the ${MAX_REPLAY_BYTES / 1e6} MB a replay may be`);
  const json = readJson(text);
  if (!json.ok) return err(`not a replay: ${json.error.syntax ? 'the file is not valid JSON: ' : ''}${describeJsonProblem(json.error)}`);
  const data = json.value;
  if (!data || typeof data !== 'object' || Array.isArray(data) || (data as { format?: unknown }).format !== REPLAY_FORMAT) {
    return err(`not a replay: a Kuroshio replay has "format": "${REPLAY_FORMAT}"`);
  }
  const v = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof v === 'number' && v !== REPLAY_FORMAT_VERSION) return err(`replay format version ${v} is not supported; this build reads version ${REPLAY_FORMAT_VERSION}`);
  if (v !== REPLAY_FORMAT_VERSION) return err(`not a valid replay: at formatVersion: expected the number ${REPLAY_FORMAT_VERSION}, found ${shown(v)}`);
  const parsed = replaySchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `at ${printable(i.path.join('.'), 60) || '(top level)'}: expected ${expectation(i)}, found ${shown(valueAt(data, i.path))}`);
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

/** What a schema issue expected, in words; zod's own text names keys it did not expect, so it is rebuilt visibly. */
function expectation(i: z.core.$ZodIssue): string {
  if (i.code === 'unrecognized_keys') return `no key named ${i.keys.slice(0, 3).map((k) => quoted(k, 30)).join(', ')}`;
  if (i.code === 'invalid_type') return i.expected;
  if (i.code === 'invalid_union' || i.code === 'invalid_value') return 'one of the forms a replay allows here';
  return printable(i.message, 120);
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) v = v && typeof v === 'object' && Object.hasOwn(v, k) ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** A value as a message quotes it: strings in quotes, other values by kind, never more than a line. */
function shown(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return `the string ${quoted(v)}`;
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (v && typeof v === 'object') return 'an object';
  return printable(String(v), 40);
}

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
