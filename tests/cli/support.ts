/**
 * The one way tests run the command line (tests/cli and tests/hostile both use it), in two forms.
 *
 * `runMain` calls cli/main.ts's `main(argv)` in the test's own process, as `sim` would from the given
 * working folder: what it prints through console.log / console.error / process.stdout.write /
 * process.stderr.write is captured, and its return value is the exit code. No process starts, so a
 * call costs what the command costs, not about a second of Node and TypeScript start-up. Calls made
 * together (Promise.all) run one after another.
 *
 * `spawnSim` runs the real process entry (cli/sim.ts) under Node, for what only a process shows: the
 * exit code it ends with, its handling of a closed stdout or of stdin, paths read from its working
 * folder, and reads that could block for ever (a device, a pipe), which a test can only survive if
 * the command runs in a process it can kill. Keep these few: each costs a Node start-up.
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

/** The call before this one, settled or not: calls wait for it, since each changes the working folder and captures the console. */
let previous: Promise<unknown> = Promise.resolve();

/**
 * `sim ARGS` run in `cwd`, in this process. The working folder is changed for the call and put back
 * after it (test files run in forked processes, where process.chdir works). Calls never overlap.
 */
export function runMain(cwd: string, args: string[]): Promise<Run> {
  const call = previous.then(() => runMainNow(cwd, args));
  previous = call.catch(() => undefined);
  return call;
}

async function runMainNow(cwd: string, args: string[]): Promise<Run> {
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
  }
}

export interface SpawnOptions {
  /** Close our end of its stdout as soon as it starts, as `| head` does once it has read enough. */
  closeStdout?: boolean;
  /** Bytes for its stdin (by default stdin is /dev/null). */
  stdin?: Uint8Array;
  /** Cap its heap (--max-old-space-size), so that reading without bound fails instead of succeeding slowly. */
  maxHeapMb?: number;
  /** Kill it (status null) after this long: far longer than the command needs, so reaching it means it hung. Default 60. */
  hangSeconds?: number;
}

/** `node --import tsx cli/sim.ts ARGS` in `cwd`; killed (status null) if it hangs. */
export function spawnSim(cwd: string, args: string[], options: SpawnOptions = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const heap = options.maxHeapMb ? [`--max-old-space-size=${options.maxHeapMb}`] : [];
    const child = spawn(process.execPath, [...heap, '--import', TSX, SIM, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', KUROSHIO_DEBUG: '' },
      stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    if (options.closeStdout) child.stdout!.destroy();
    else child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), (options.hangSeconds ?? 60) * 1000);
    child.on('error', fail);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr });
    });
    // The command may refuse before reading all it is given: that is not the test's failure.
    child.stdin?.on('error', () => {});
    if (options.stdin) child.stdin!.end(options.stdin);
  });
}

export const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');
