// The CLI run as a person runs it, for what only the process shows: exit codes, what reaches the
// terminal, and that it ends at all (a hang is killed after HANG_SECONDS and reported as such).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SIM = join(ROOT, 'cli/sim.ts');
const TSX = pathToFileURL(createRequire(join(ROOT, 'package.json')).resolve('tsx')).href;

/** Far longer than any of these commands needs (about a second): reaching it means the command hung. */
const HANG_SECONDS = 30;

export interface Run {
  /** null when the process was killed because it hung. */
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run `sim ARGS` in `cwd` with stdin from /dev/null (or the given bytes). Memory is capped so unbounded reading fails. */
export function sim(cwd: string, args: string[], stdin?: Uint8Array): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--max-old-space-size=256', '--import', TSX, SIM, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', KUROSHIO_DEBUG: '' },
      stdio: [stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), HANG_SECONDS * 1000);
    child.on('error', fail);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr });
    });
    // The command may refuse before reading all it is given: that is not the test's failure.
    child.stdin?.on('error', () => {});
    if (stdin) child.stdin!.end(stdin);
  });
}

/** A fresh folder for one test file's files, removed afterwards. */
export function scratch(): () => string {
  const dir = mkdtempSync(join(tmpdir(), 'kuroshio-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

/** Control characters, as a message must never carry them raw to a terminal (newline aside, between lines). */
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/;

/** What a user sees when something went wrong inside rather than in the input. */
export const STACK_TRACE = /\n\s+at |^\s+at \S+ \(|node:internal|Error: .*\n|Maximum call stack/m;

export const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');
