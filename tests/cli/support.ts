/**
 * Two ways to run the command line in a test.
 *
 * `runMain` calls cli/main.ts's `main(argv)` in the test's own process, as `sim` would from the given
 * working folder: what it prints through console.log / console.error / process.stdout.write /
 * process.stderr.write is captured, and its return value is the exit code. No process starts, so a
 * call costs what the command costs, not half a second of Node and TypeScript start-up.
 *
 * `spawnSim` runs the real process entry (cli/sim.ts) under Node, for what only a process shows: the
 * exit code it ends with, its handling of a closed stdout, and paths read from its working folder.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { main } from '../../cli/main.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SIM = join(ROOT, 'cli/sim.ts');
// `--import tsx` resolves from the working folder, which is a temp folder in tests: name the loader by its path.
const TSX = pathToFileURL(createRequire(join(ROOT, 'package.json')).resolve('tsx')).href;

export interface Run {
  /** The exit code (null if a spawned process was killed). */
  status: number | null;
  stdout: string;
  stderr: string;
}

let running = false;

/**
 * `sim ARGS` run in `cwd`, in this process. The working folder is changed for the call and put back
 * after it (test files run in forked processes, where process.chdir works; calls never overlap).
 */
export async function runMain(cwd: string, args: string[]): Promise<Run> {
  if (running) throw new Error('runMain: one call at a time (it changes the working folder and captures the console)');
  running = true;
  const stdout: string[] = [];
  const stderr: string[] = [];
  const to = (sink: string[]) => (...data: unknown[]) => void sink.push(`${format(...data)}\n`);
  const writeTo = (sink: string[]) =>
    ((chunk: string | Uint8Array, encoding?: BufferEncoding | ((e?: Error | null) => void), done?: (e?: Error | null) => void): boolean => {
      sink.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString(typeof encoding === 'string' ? encoding : 'utf8'));
      (typeof encoding === 'function' ? encoding : done)?.();
      return true;
    }) as typeof process.stdout.write;
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error, out: process.stdout.write, err: process.stderr.write };
  const home = process.cwd();
  try {
    process.chdir(cwd);
    console.log = console.info = to(stdout);
    console.warn = console.error = to(stderr);
    process.stdout.write = writeTo(stdout);
    process.stderr.write = writeTo(stderr);
    const status = await main(args);
    return { status, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    Object.assign(console, { log: saved.log, info: saved.info, warn: saved.warn, error: saved.error });
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    process.chdir(home);
    running = false;
  }
}

export interface SpawnOptions {
  /** Close our end of its stdout as soon as it starts, as `| head` does once it has read enough. */
  closeStdout?: boolean;
}

/** `node --import tsx cli/sim.ts ARGS` in `cwd`, stdin from /dev/null; killed (status null) if it runs past a minute. */
export function spawnSim(cwd: string, args: string[], options: SpawnOptions = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', TSX, SIM, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', KUROSHIO_DEBUG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    if (options.closeStdout) child.stdout!.destroy();
    else child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', fail);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr });
    });
  });
}

export const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');
