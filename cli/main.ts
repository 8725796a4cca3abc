import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import {
  botSeats,
  createReplay,
  isValidSeed,
  SEED_RULE,
  parseReplay,
  playGame,
  verifyReplay,
  type Scenario,
  type SeatMode,
} from '../engine/index.ts';
import { defaults, loadScenario, scenarioFiles } from '../scenarios/catalog.ts';
import { parseJsonText, parseScenarioFile } from '../scenarios/parseScenarioFile.ts';
import { resolveScenario } from '../scenarios/resolveScenario.ts';
import { formatScenarioError } from '../scenarios/scenarioError.ts';
import { gameSeed } from './batchGames.ts';
import { describeOutcome, describeTurn } from './describe.ts';
import { runBatch } from './runBatch.ts';
import { divergenceText, warningText } from '../scenarios/words/messages.ts';
import { actorName, outcomeTitle, roleName, t, turnsText } from '../scenarios/words/words.ts';

const USAGE = `Kuroshio: a seeded teaching wargame of a Taiwan Strait crisis.

  npm run sim -- list
  npm run sim -- check FILE                 (check a scenario file you wrote: every error, with where and why)
  npm run sim -- play --scenario ID [--variant V] --seed S [--bots mixed|cautious|hawkish] [--out FILE]
  npm run sim -- replay FILE
  npm run sim -- verify FILE
  npm run sim -- batch --scenario ID [--variant V] --runs N --seed S [--bots mixed|cautious|hawkish] [--workers N] [--json]`;

/** A problem with what the user typed or gave us: one line, exit code 2. */
class UsageError extends Error {}

function need(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') throw new UsageError(`missing --${flag}`);
  return value;
}

function seedOf(value: string | undefined): string {
  const seed = need(value, 'seed');
  if (!isValidSeed(seed)) throw new UsageError(`bad seed ${JSON.stringify(seed.slice(0, 40))}: use ${SEED_RULE}`);
  return seed;
}

function scenarioOf(id: string | undefined, variant: string | undefined): Scenario {
  const s = loadScenario(need(id, 'scenario'), variant);
  if (typeof s === 'string') throw new UsageError(s);
  return s;
}

function botsOf(value: string | undefined): SeatMode {
  const v = value ?? 'mixed';
  if (v !== 'mixed' && v !== 'cautious' && v !== 'hawkish') throw new UsageError(`bad --bots "${v}": use mixed, cautious or hawkish`);
  return v;
}

function positiveInt(value: string | undefined, flag: string, max: number): number {
  const v = need(value, flag);
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > max) throw new UsageError(`bad --${flag} "${v}": use a whole number from 1 to ${max}`);
  return Number(v);
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message}`);
  }
}

function loadReplayFile(file: string) {
  const parsed = parseReplay(readText(file));
  if (!parsed.ok) throw new UsageError(`${file}: ${parsed.error}`);
  const replay = parsed.value;
  const scenario = loadScenario(replay.scenario.id, replay.scenario.variant);
  if (typeof scenario === 'string') throw new UsageError(`${file}: ${scenario}`);
  return { replay, scenario };
}

function list(): void {
  for (const f of scenarioFiles()) {
    console.log(`${f.id} (v${f.version}, ${f.turnDays}-day turns, up to ${f.horizonTurns} turns): ${f.title}`);
    for (const v of f.variants) console.log(`    --variant ${v.id.padEnd(20)} ${v.title}`);
  }
}

/** Validate an author's scenario file: all errors at once, each with the path inside the file. */
function check(argv: string[]): number {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  const file = positionals[0];
  if (!file) throw new UsageError('which scenario file? npm run sim -- check FILE');
  const json = parseJsonText(readText(file), file);
  const parsed = json.ok ? parseScenarioFile(json.value, file) : json;
  if (!parsed.ok) {
    for (const e of parsed.errors) console.log(formatScenarioError(e));
    console.log(`${parsed.errors.length} error${parsed.errors.length === 1 ? '' : 's'} in ${file}`);
    return 1;
  }
  const problems = parsed.value.variants.flatMap((v) => {
    const r = resolveScenario(defaults(), parsed.value, v.id);
    return typeof r === 'string' ? [`variant ${v.id}: ${r}`] : [];
  });
  for (const p of problems) console.log(`${file}: ${p}`);
  if (problems.length) return 1;
  console.log(`ok: ${file} is a valid scenario "${parsed.value.id}" with ${parsed.value.variants.length} variant(s). To ship it, add it to scenarios/catalog.ts.`);
  return 0;
}

function play(argv: string[]): void {
  const { values } = parseArgs({ args: argv, options: { scenario: { type: 'string' }, variant: { type: 'string' }, seed: { type: 'string' }, bots: { type: 'string' }, out: { type: 'string' } } });
  const scenario = scenarioOf(values.scenario, values.variant);
  const seed = seedOf(values.seed);
  const mode = botsOf(values.bots);
  const seats = botSeats(mode, gameSeed(seed, 0));
  console.log(`${scenario.title} — variant ${scenario.variant}, seed "${seed}"`);
  console.log(`Bots: ${Object.entries(seats).map(([r, by]) => `${roleName(r as never)} ${actorName(by)}`).join(', ')}\n`);
  const game = playGame(scenario, seed, seats);
  game.turns.forEach((turn, k) => console.log(describeTurn(turn, game.states[k + 1]!, scenario)));
  console.log(`\n${describeOutcome(game.state, scenario)}`);
  const out = values.out ?? `${scenario.id}-${scenario.variant}-${seed.replace(/[^A-Za-z0-9._-]/g, '_')}.replay.json`;
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(createReplay(scenario, seed, game.turns, game.state), null, 2) + '\n');
  } catch (e) {
    throw new UsageError(`cannot write the replay to ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  console.log(`Replay written to ${out}`);
}

function replayCmd(argv: string[]): number {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  const file = positionals[0];
  if (!file) throw new UsageError('which replay? npm run sim -- replay FILE');
  const { replay, scenario } = loadReplayFile(file);
  // Verify before showing: a tampered replay is never shown as if it were genuine.
  const v = verifyReplay(replay, scenario);
  for (const w of v.warnings) console.error(`warning: ${warningText(w)}`);
  if (!v.ok) {
    console.log(t('cli.doesNotVerify', { file, turn: v.divergence.turn, reason: divergenceText(v.divergence) }));
    return 1;
  }
  console.log(`${scenario.title} — variant ${scenario.variant}, seed "${replay.seed}"\n`);
  v.turns.forEach((turn, k) => console.log(describeTurn(turn, v.states[k + 1]!, scenario)));
  console.log(`\n${describeOutcome(v.state, scenario)}`);
  return 0;
}

function verify(argv: string[]): number {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  const file = positionals[0];
  if (!file) throw new UsageError('which replay? npm run sim -- verify FILE');
  const { replay, scenario } = loadReplayFile(file);
  const v = verifyReplay(replay, scenario);
  for (const w of v.warnings) console.error(`warning: ${warningText(w)}`);
  if (!v.ok) {
    console.log(t('cli.diverged', { turn: v.divergence.turn, reason: divergenceText(v.divergence) }));
    return 1;
  }
  console.log(t('cli.verified', { turns: turnsText(v.turns.length), outcome: outcomeTitle(v.state.outcome), hash: v.finalHash }));
  return 0;
}

async function batch(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { scenario: { type: 'string' }, variant: { type: 'string' }, runs: { type: 'string' }, seed: { type: 'string' }, bots: { type: 'string' }, workers: { type: 'string' }, json: { type: 'boolean' } },
  });
  const scenario = scenarioOf(values.scenario, values.variant);
  const runs = positiveInt(values.runs, 'runs', 1_000_000);
  const seed = seedOf(values.seed);
  const mode = botsOf(values.bots);
  const workers = values.workers === undefined ? undefined : positiveInt(values.workers, 'workers', 64);
  const tty = process.stderr.isTTY;
  const report = await runBatch({
    scenarioId: scenario.id, variant: scenario.variant, runs, seed, mode, workers,
    onProgress: tty ? (done, total) => process.stderr.write(`\r${progressBar(done, total)}`) : undefined,
  });
  if (tty) process.stderr.write('\r\x1b[K');
  if (values.json) {
    console.log(JSON.stringify(report));
    return;
  }
  console.log(`${scenario.title} — variant ${report.variant}: ${runs} games from seed "${seed}", bots ${mode}`);
  console.log(`${report.gamesPerSecond} games/s on ${report.workers} workers (${report.seconds} s)\n\nOutcomes:`);
  for (const [name, n] of Object.entries(report.outcomes)) if (n) console.log(`  ${name.padEnd(22)} ${String(n).padStart(7)}  ${((100 * n) / runs).toFixed(1)}%`);
  console.log('\nMetrics (mean, p10 / p50 / p90):');
  for (const [name, m] of Object.entries(report.metrics)) {
    if (m.mean === null) console.log(`  ${name.padEnd(26)} does not apply in these games`);
    else console.log(`  ${name.padEnd(26)} ${String(m.mean).padStart(10)}   ${m.p10} / ${m.p50} / ${m.p90}`);
  }
}

function progressBar(done: number, total: number): string {
  const width = 30;
  const filled = Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} games`;
}

export async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  try {
    switch (verb) {
      case 'list': list(); return 0;
      case 'check': return check(rest);
      case 'play': play(rest); return 0;
      case 'replay': return replayCmd(rest);
      case 'verify': return verify(rest);
      case 'batch': await batch(rest); return 0;
      case undefined: case 'help': case '--help': case '-h':
        console.log(USAGE);
        return verb === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${verb}"; the commands are list, check, play, replay, verify, batch`);
    }
  } catch (e) {
    // parseArgs reports unknown or malformed flags with its own clear message.
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`error: ${(e as Error).message}`);
      return 2;
    }
    throw e;
  }
}

// A reader that stops early (npm run sim -- play ... | head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2));
