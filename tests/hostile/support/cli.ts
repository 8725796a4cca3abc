// The CLI run as a person runs it, through the one shared runner (tests/cli/support.ts): exit codes
// and what reaches the terminal. `sim` calls main() in this process, which is enough for what the
// command answers; `simProcess` starts the real process, for what could block for ever (a device, a
// pipe, stdin) and so must run where it can be killed (a hang is killed after HANG_SECONDS and
// reported as status null), with its memory capped so that reading without bound fails.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { runMain, spawnSim, type Run } from '../../cli/support.ts';

export type { Run };

/** Far longer than any of these commands needs (about a second): reaching it means the command hung. */
const HANG_SECONDS = 30;

/** `sim ARGS` in `cwd`, main() called in this process (calls given together run one after another). */
export function sim(cwd: string, args: string[]): Promise<Run> {
  return runMain(cwd, args);
}

/** `sim ARGS` as a process in `cwd`, stdin from /dev/null (or the given bytes), heap capped at 256 MB. */
export function simProcess(cwd: string, args: string[], stdin?: Uint8Array): Promise<Run> {
  return spawnSim(cwd, args, { stdin, maxHeapMb: 256, hangSeconds: HANG_SECONDS });
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
