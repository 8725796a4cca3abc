import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario, scenarioFiles } from '../scenarios/catalog.ts';
import { parseFlags } from './flags.ts';
import { workerBundle } from './workerBundle.ts';

// Prints figures; asserts nothing. Wall time on these shared machines moves by a third between runs of the same
// code, so a change of a few percent in the engine cannot be seen in it. Instructions counted by Valgrind, with V8
// on one thread (no background compiling), come out the same within 0.2% run after run: this compares two
// versions of the engine, and the games' digest shows whether they play the same games. It is no timing: an
// instruction of the interpreter or the compiler does not cost what one of optimised code does.
const usage = 'npm run bench:instructions -- [--scenario ID] [--seed S]';
const flags = parseFlags(process.argv.slice(2), { scenario: 'string', seed: 'string' }, 0, 'bench:instructions');
if (!flags.ok) fail(`${flags.error}\nusage: ${usage}`);
const { scenario: only, seed = 'bench' } = flags.value.values as { scenario?: string; seed?: string };
if (spawnSync('valgrind', ['--version']).error) fail('bench:instructions counts instructions with Valgrind, which is not installed here (Debian: apt install valgrind).');
const ids = scenarioFiles().map((f) => f.id);
if (only !== undefined && !ids.includes(only)) fail(`no scenario ${JSON.stringify(only)}; the scenarios are: ${ids.join(', ')}`);

const bundle = fileURLToPath(await workerBundle('cli/instructionsGames.ts'));
const dir = mkdtempSync(join(tmpdir(), 'kuroshio-instructions-'));
try {
  console.log(`Instructions counted by Valgrind, V8 on one thread, seed "${seed}"; one process per figure.\n`);
  for (const id of only === undefined ? ids : [only]) {
    const scenario = loadScenario(id);
    if (typeof scenario === 'string') throw new Error(scenario);
    const file = join(dir, `${id}.json`);
    writeFileSync(file, JSON.stringify(scenario));
    // A new process's first 1,000 games (start-up and compiling included), as a batch's new worker plays them; and
    // what 2,000 more cost, once the engine is compiled.
    const first = count(file, 1000);
    const more = count(file, 3000);
    console.log(
      `${id.padEnd(18)} first 1000 games ${(first.instructions / 1e9).toFixed(3)} G instructions; ` +
        `each later game ${((more.instructions - first.instructions) / 2000 / 1e6).toFixed(3)} M; games ${more.digest}`,
    );
  }
} catch (e) {
  // Reported after the folder of scenario files is removed: process.exit in the loop would leave it behind.
  process.exitCode = 1;
  console.error(e instanceof Error ? e.message : String(e));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function count(file: string, runs: number): { instructions: number; digest: string } {
  const run = spawnSync('valgrind', [
    '--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null',
    // V8 writes the code it compiles into memory that Valgrind must watch.
    '--smc-check=all-non-file',
    process.execPath, '--single-threaded', bundle, file, String(runs), seed,
  ], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const refs = /I\s+refs:\s+([\d,]+)/.exec(run.stderr);
  const digest = /^games (\w+)$/m.exec(run.stdout);
  if (run.status !== 0 || !refs || !digest) throw new Error(`Valgrind did not count ${runs} games of ${file} (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
  return { instructions: Number(refs[1]!.replaceAll(',', '')), digest: digest[1]! };
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
