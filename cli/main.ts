import { statSync } from 'node:fs';
import {
  allBots,
  botSeats,
  createReplay,
  isValidSeed,
  SEED_RULE,
  ROLES,
  type Role,
  MAX_REPLAY_BYTES,
  parseReplay,
  playGame,
  printable,
  quoted,
  verifyReplay,
  type Scenario,
  type SeatMode,
  type Seats,
} from '../engine/index.ts';
import { loadScenario, scenarioFile, scenarioFiles } from '../scenarios/catalog.ts';
import { checkScenarioText } from '../scenarios/checkScenarioText.ts';
// Every language's words and scenario translations, for --lang (the browser loads one at a time).
import '../scenarios/languages/all.ts';
import { checkTranslations, translationPlaces, type FoundTranslation } from '../scenarios/checkTranslations.ts';
import { MAX_SCENARIO_BYTES } from '../scenarios/parseScenarioFile.ts';
import { gameSeed } from './batchGames.ts';
import { describeOutcome, describeTurn } from './describe.ts';
import { readTextFile, writeTextFile } from './files.ts';
import { parseFlags, type FlagKinds } from './flags.ts';
import { runBatch } from './runBatch.ts';
import { seatChoices } from './seatChoices.ts';
import { sensitivity } from './sensitivity.ts';
import { divergenceText, warningText } from '../scenarios/words/messages.ts';
import { actorName, isLang, listText, langOfLocale, LANGUAGES, outcomeTitle, roleName, setLanguage, t, turnsText, type Lang } from '../scenarios/words/words.ts';

const USAGE = `Kuroshio: a seeded teaching wargame of a Taiwan Strait crisis.

  npm run sim -- list
  npm run sim -- check FILE                 (check a scenario file you wrote: every error, with where and why)
  npm run sim -- play --scenario ID [--variant V] --seed S [--bots mixed|cautious|hawkish|strategist] [--strategist ROLE] [--out FILE]
                                            (--strategist: that seat looks ahead with the engine, the others as --bots)
  npm run sim -- replay FILE
  npm run sim -- verify FILE
  npm run sim -- batch --scenario ID [--variant V] --runs N --seed S [--bots mixed|cautious|hawkish] [--workers N] [--json]
  npm run sim -- choices --scenario ID [--variant V] --role ROLE --runs N --seed S [--bots mixed|cautious|hawkish] [--workers N] [--json]
                                            (what one seat's choices change: the same seeds under each of its policies)
  npm run sim -- sensitivity --scenario ID [--variant V] [--runs N] [--seed S] [--workers N] [--json]
                                            (per seat, how often its policy changes the outcome; choice versus chance; dominated options)

  Every command takes --lang en|ja|zh-TW for its human output (default: the environment's locale, else English).`;

/** A problem with what the user typed or gave us: one line, exit code 2. */
class UsageError extends Error {}

function need(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') throw new UsageError(`missing --${flag}`);
  return value;
}

/** The command's flags and file, or a one-line usage error in our own words. */
function flags(argv: string[], kinds: FlagKinds, files: number, command: string) {
  const r = parseFlags(argv, kinds, files, command);
  if (!r.ok) throw new UsageError(r.error);
  // A string flag's value is a string and a switch's is true, so reading switches as truthy is sound.
  return { values: r.value.values as Record<string, string | undefined>, file: r.value.positionals[0] };
}

function seedOf(value: string | undefined): string {
  const seed = need(value, 'seed');
  if (!isValidSeed(seed)) throw new UsageError(`bad seed ${quoted(seed, 40)}: use ${SEED_RULE}`);
  return seed;
}

function scenarioOf(id: string | undefined, variant: string | undefined): Scenario {
  const s = loadScenario(need(id, 'scenario'), variant);
  if (typeof s === 'string') throw new UsageError(s);
  return s;
}

function botsOf(value: string | undefined): SeatMode {
  const v = value ?? 'mixed';
  if (v !== 'mixed' && v !== 'cautious' && v !== 'hawkish') throw new UsageError(`bad --bots ${quoted(v, 40)}: use mixed, cautious or hawkish`);
  return v;
}

/** One game's seats: a strategist looks ahead in every turn, too slow for batches of thousands, so only `play` takes it. */
function playSeatsOf(bots: string | undefined, strategist: string | undefined, seed: string): Seats {
  const seats = bots === 'strategist' ? allBots('strategist') : botSeats(botsOf(bots), seed);
  if (strategist === undefined) return seats;
  if (!(ROLES as readonly string[]).includes(strategist)) throw new UsageError(`bad --strategist ${quoted(strategist, 40)}: use ${ROLES.join(', ')}`);
  return { ...seats, [strategist]: 'bot:strategist' };
}

function positiveInt(value: string | undefined, flag: string, max: number): number {
  const v = need(value, flag);
  if (!/^\d{1,9}$/.test(v) || Number(v) < 1 || Number(v) > max) throw new UsageError(`bad --${flag} ${quoted(v, 40)}: use a whole number from 1 to ${max}`);
  return Number(v);
}

function readText(file: string, what: string, limit: number): string {
  const r = readTextFile(file, what, limit);
  if (!r.ok) throw new UsageError(r.error);
  return r.value;
}

/** The one path every command that reads a replay takes: read within limits, parse, find its scenario, re-simulate. */
function loadReplayFile(file: string) {
  const shown = printable(file, 120);
  const parsed = parseReplay(readText(file, 'replay', MAX_REPLAY_BYTES));
  if (!parsed.ok) throw new UsageError(`${shown}: ${parsed.error}`);
  const replay = parsed.value;
  const scenario = loadScenario(replay.scenario.id, replay.scenario.variant);
  if (typeof scenario === 'string') throw new UsageError(`${shown}: ${scenario}`);
  return { replay, scenario, verification: verifyReplay(replay, scenario) };
}

function list(): void {
  for (const f of scenarioFiles()) {
    console.log(t('cli.listScenario', { id: f.id, version: f.version, days: f.turnDays, turns: f.horizonTurns, title: f.title }));
    for (const v of f.variants) console.log(`    --variant ${v.id.padEnd(20)} ${v.title}`);
  }
}

/**
 * Validate an author's scenario file: all errors at once, each with the path inside the file; then its
 * translations (`<name>.<lang>.json` beside it or in `translations/` beside it), every display string in
 * every language.
 */
function check(argv: string[]): number {
  const { file } = flags(argv, {}, 1, 'check');
  if (!file) throw new UsageError('which scenario file? npm run sim -- check FILE');
  const shown = printable(file, 120);
  const checked = checkScenarioText(readText(file, 'scenario file', MAX_SCENARIO_BYTES), shown);
  const problems = checked.ok ? [] : checked.problems;
  if (checked.ok) {
    // Only a file that passes can be translated: the paths of a translation are the paths of its display strings.
    const places = translationPlaces(file);
    const found: Partial<Record<Lang, FoundTranslation[]>> = {};
    const expected: Partial<Record<Lang, string[]>> = {};
    for (const [lang, paths] of Object.entries(places) as [Lang, string[]][]) {
      expected[lang] = paths.map((p) => printable(p, 120));
      for (const path of paths.filter(isFile)) {
        const text = readTextFile(path, 'translation', MAX_SCENARIO_BYTES);
        if (!text.ok) problems.push(text.error);
        else (found[lang] ??= []).push({ file: printable(path, 120), text: text.value });
      }
    }
    const translations = checkTranslations(checked.value, shown, found, expected);
    for (const w of translations.warnings) console.log(w);
    problems.push(...translations.problems);
  }
  if (problems.length) {
    for (const p of problems) console.log(p);
    console.log(t('cli.check.errors', { count: problems.length, file: shown }));
    return 1;
  }
  console.log(t('cli.check.ok', { file: shown, id: checked.ok ? checked.value.id : '', variants: checked.ok ? checked.value.variants.length : 0 }));
  return 0;
}

/** Whether a path names a file that exists (a translation looked for, which need not). */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The game's title line: scenario, variant (its title in the language, and its id to type) and seed. */
const gameHeader = (scenario: Scenario, seed: string) =>
  t('cli.gameHeader', { title: scenario.title, variant: scenarioFile(scenario.id)?.variants.find((v) => v.id === scenario.variant)?.title ?? scenario.variant, variantId: scenario.variant, seed });

function play(argv: string[]): void {
  const { values } = flags(argv, { scenario: 'string', variant: 'string', seed: 'string', bots: 'string', strategist: 'string', out: 'string' }, 0, 'play');
  const scenario = scenarioOf(values.scenario, values.variant);
  const seed = seedOf(values.seed);
  const seats = playSeatsOf(values.bots, values.strategist, gameSeed(seed, 0));
  console.log(gameHeader(scenario, seed));
  console.log(`${t('cli.seats', { seats: listText(Object.entries(seats).map(([r, by]) => `${roleName(r as never)} ${actorName(by)}`)) })}\n`);
  const game = playGame(scenario, seed, seats);
  game.turns.forEach((turn, k) => console.log(describeTurn(turn, game.states[k + 1]!, scenario)));
  console.log(`\n${describeOutcome(game.state, scenario)}`);
  const out = values.out ?? `${scenario.id}-${scenario.variant}-${seed.replace(/[^A-Za-z0-9._-]/g, '_')}.replay.json`;
  const written = writeTextFile(out, JSON.stringify(createReplay(scenario, seed, game.turns, game.state), null, 2) + '\n');
  if (!written.ok) throw new UsageError(`cannot write the replay to ${printable(out, 120)}: ${written.error}`);
  console.log(t('cli.replayWritten', { file: printable(out, 200) }));
}

/** Show a replay turn by turn, only once it verifies: a tampered file is never shown as if it were genuine. */
function replayCmd(argv: string[]): number {
  const { file } = flags(argv, {}, 1, 'replay');
  if (!file) throw new UsageError('which replay? npm run sim -- replay FILE');
  const { replay, scenario, verification: v } = loadReplayFile(file);
  if (!v.ok) {
    console.error(`error: ${t('cli.doesNotVerify', { file: printable(file, 120), turn: v.divergence.turn, reason: printable(divergenceText(v.divergence), 300) })}`);
    return 1;
  }
  for (const w of v.warnings) console.error(`warning: ${printable(warningText(w), 300)}`);
  console.log(`${gameHeader(scenario, replay.seed)}\n`);
  // The verification played the game once: its turns and states are shown, not played again.
  v.turns.forEach((turn, k) => console.log(describeTurn(turn, v.states[k + 1]!, scenario)));
  console.log(`\n${describeOutcome(v.state, scenario)}`);
  return 0;
}

function verify(argv: string[]): number {
  const { file } = flags(argv, {}, 1, 'verify');
  if (!file) throw new UsageError('which replay? npm run sim -- verify FILE');
  const { verification: v } = loadReplayFile(file);
  for (const w of v.warnings) console.error(`warning: ${printable(warningText(w), 300)}`);
  if (!v.ok) {
    console.log(t('cli.diverged', { turn: v.divergence.turn, reason: printable(divergenceText(v.divergence), 300) }));
    return 1;
  }
  console.log(t('cli.verified', { turns: turnsText(v.turns.length), outcome: outcomeTitle(v.state.outcome), hash: v.finalHash }));
  return 0;
}

async function batch(argv: string[]): Promise<void> {
  const { values } = flags(argv, { scenario: 'string', variant: 'string', runs: 'string', seed: 'string', bots: 'string', workers: 'string', json: 'boolean' }, 0, 'batch');
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
  console.log(t('cli.batch.header', { title: scenario.title, variant: report.variant, runs, seed, mode }));
  console.log(t('cli.batch.speed', { rate: report.gamesPerSecond, workers: report.workers, seconds: report.seconds }));
  for (const [name, n] of Object.entries(report.outcomes)) if (n) console.log(`  ${name.padEnd(22)} ${String(n).padStart(7)}  ${((100 * n) / runs).toFixed(1)}%`);
  if (report.atCheckpoint) {
    console.log(t('cli.batch.checkpoint'));
    for (const [name, n] of Object.entries(report.atCheckpoint)) console.log(`  ${name.padEnd(22)} ${String(n).padStart(7)}  ${((100 * n) / runs).toFixed(1)}%`);
  }
  console.log(t('cli.batch.metrics'));
  for (const [name, m] of Object.entries(report.metrics)) {
    if (m.mean === null) console.log(`  ${name.padEnd(26)} ${t('cli.batch.notApplicable')}`);
    else console.log(`  ${name.padEnd(26)} ${String(m.mean).padStart(10)}   ${m.p10} / ${m.p50} / ${m.p90}`);
  }
}

async function choices(argv: string[]): Promise<void> {
  const { values } = flags(argv, { scenario: 'string', variant: 'string', role: 'string', runs: 'string', seed: 'string', bots: 'string', workers: 'string', json: 'boolean' }, 0, 'choices');
  const scenario = scenarioOf(values.scenario, values.variant);
  const role = need(values.role, 'role');
  if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`bad --role ${quoted(role, 40)}: use ${ROLES.join(', ')}`);
  const runs = positiveInt(values.runs, 'runs', 100_000);
  const seed = seedOf(values.seed);
  const mode = botsOf(values.bots);
  const workers = values.workers === undefined ? undefined : positiveInt(values.workers, 'workers', 64);
  const r = await seatChoices({ scenarioId: scenario.id, variant: scenario.variant, role: role as Role, runs, seed, mode, workers });
  if (values.json) {
    console.log(JSON.stringify(r));
    return;
  }
  console.log(t('cli.choices.header', { title: scenario.title, variant: r.variant, role: roleName(r.role), runs, seed, mode }));
  const outcomes = [...new Set(r.policies.flatMap((p) => Object.keys(p.outcomes)))].sort();
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(`${t('cli.choices.policy').padEnd(22)}${outcomes.map((o) => o.padStart(22)).join('')}${t('cli.choices.changed').padStart(10)}${t('cli.choices.distance').padStart(10)}`);
  for (const p of r.policies) {
    console.log(`${p.policy.padEnd(22)}${outcomes.map((o) => pct(p.outcomes[o] ?? 0).padStart(22)).join('')}${pct(p.changedFromReference).padStart(10)}${pct(p.distanceFromReference).padStart(10)}`);
  }
  console.log(t('cli.choices.legend', { reference: r.policies[0]!.policy }));
  for (const p of r.policies) console.log(`  ${p.policy}: ${p.says}`);
}

async function sensitivityReport(argv: string[]): Promise<void> {
  const { values } = flags(argv, { scenario: 'string', variant: 'string', runs: 'string', seed: 'string', workers: 'string', json: 'boolean' }, 0, 'sensitivity');
  const scenario = scenarioOf(values.scenario, values.variant);
  const runs = values.runs === undefined ? 200 : positiveInt(values.runs, 'runs', 100_000);
  const seed = values.seed === undefined ? 'sensitivity' : seedOf(values.seed);
  const workers = values.workers === undefined ? undefined : positiveInt(values.workers, 'workers', 64);
  const r = await sensitivity({ scenarioId: scenario.id, variant: scenario.variant, runs, seed, workers, onProgress: values.json || !process.stderr.isTTY ? undefined : (done, total) => process.stderr.write(`\r${progressBar(done, total)}`) });
  if (!values.json && process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  if (values.json) {
    console.log(JSON.stringify(r));
    return;
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(t('cli.sensitivity.header', { title: scenario.title, variant: r.variant, runs, seed, seconds: r.seconds }));
  if (scenario.checkpointDays !== null) console.log(t('cli.sensitivity.judged', { days: scenario.checkpointDays }));
  console.log(t('cli.sensitivity.seats'));
  console.log(`  ${t('cli.sensitivity.seat').padEnd(12)}${t('cli.sensitivity.temperament').padStart(22)}${t('cli.sensitivity.anyTwo').padStart(20)}   ${t('cli.sensitivity.dominant')}`);
  for (const s of r.seats) console.log(`  ${roleName(s.role).padEnd(12)}${pct(s.changedByTemperament).padStart(22)}${pct(s.changedByAnyPolicy).padStart(20)}   ${s.dominant ?? t('cli.sensitivity.none')}`);
  console.log(t('cli.sensitivity.values'));
  for (const s of r.seats) {
    for (const p of s.policies) {
      const dominated = p.dominatedBy.length ? t('cli.sensitivity.dominatedBy', { policies: p.dominatedBy.join(', ') }) : '';
      console.log(`  ${roleName(s.role).padEnd(12)}${p.policy.padEnd(22)}${p.value.toFixed(2).padStart(6)}   ${dominated}`);
    }
  }
  // What the verdicts mean, and how far a small run can be trusted with them.
  if (r.seats.some((s) => s.dominant !== null || s.policies.some((p) => p.dominatedBy.length))) console.log(t('cli.sensitivity.dominanceLegend', { runs }));
  for (const [key, v] of [['cli.sensitivity.variance', r.variance.temperaments], ['cli.sensitivity.policyVariance', r.variance.policies]] as const) {
    console.log(t(key, { profiles: v.profiles, choice: pct(v.choiceShare), chance: pct(1 - v.choiceShare), total: v.total.toFixed(3), between: v.choice.toFixed(3), within: v.chance.toFixed(3) }));
  }
}

function progressBar(done: number, total: number): string {
  const width = 30;
  const filled = Math.round((done / total) * width);
  return t('cli.progress', { bar: `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`, done, total });
}

/**
 * The command line as a function: the arguments after `sim`, and the exit code to end with. It writes
 * through console.log and console.error (and process.stderr.write for a batch's progress bar on a
 * terminal), reads and writes files relative to process.cwd(), and never ends the process itself, so
 * tests call it in the test's own process. The process entry is cli/sim.ts.
 */
/**
 * `--lang L` (or `--lang=L`) anywhere on the line, for every command: the language of the human output. Without it, the
 * environment's locale (LC_ALL, LC_MESSAGES, LANG) where Kuroshio has that language, else English. JSON is never translated.
 */
export function languageFrom(argv: string[], env: NodeJS.ProcessEnv): { lang: Lang; rest: string[] } {
  const rest: string[] = [];
  let asked: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') {
      if (i + 1 >= argv.length) throw new UsageError(`--lang needs a language: ${LANGUAGES.join(', ')}`);
      asked = argv[++i];
    } else if (a.startsWith('--lang=')) asked = a.slice('--lang='.length);
    else rest.push(a);
  }
  if (asked !== undefined) {
    if (!isLang(asked)) throw new UsageError(`bad --lang ${quoted(asked, 40)}: use ${LANGUAGES.join(', ')}`);
    return { lang: asked, rest };
  }
  return { lang: langOfLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG) ?? 'en', rest };
}

export async function main(argv: string[]): Promise<number> {
  try {
    const chosen = languageFrom(argv, process.env);
    setLanguage(chosen.lang);
    argv = chosen.rest;
  } catch (e) {
    console.error(`error: ${printable((e as Error).message, 600)}`);
    return 2;
  }
  const [verb, ...rest] = argv;
  try {
    switch (verb) {
      case 'list': list(); return 0;
      case 'check': return check(rest);
      case 'play': play(rest); return 0;
      case 'replay': return replayCmd(rest);
      case 'verify': return verify(rest);
      case 'batch': await batch(rest); return 0;
      case 'choices': await choices(rest); return 0;
      case 'sensitivity': await sensitivityReport(rest); return 0;
      case undefined: case 'help': case '--help': case '-h':
        console.log(USAGE);
        return verb === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${quoted(verb, 40)}; the commands are list, check, play, replay, verify, batch, choices, sensitivity`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`error: ${printable(e.message, 600)}`);
      return 2;
    }
    // A bug, not bad input: one line, no stack trace (KUROSHIO_DEBUG=1 shows it).
    if (process.env.KUROSHIO_DEBUG) console.error(e);
    console.error(`internal error (please report it): ${printable(e instanceof Error ? e.message : String(e), 200)}`);
    return 70;
  }
}
