// Size and kinds of file: reading stops at a stated limit whatever the file claims, devices and
// pipes are refused instead of read forever or waited on, and --out never hangs on a pipe or
// writes into /proc or /sys. What could block for ever (a device, a pipe, stdin) runs as a process,
// killed if it hangs, which fails the test; the rest calls main() in this process.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReplay } from '../../engine/index.ts';
import { lines, scratch, sim, simProcess, type Run } from './support/cli.ts';
import { goldenText, SCENARIO_FILES } from './support/fixtures.ts';

const dir = scratch();

function refused(r: Run, message: RegExp): void {
  expect(r.status, `${r.stdout}${r.stderr}(null: it hung and was killed)`).toBe(2);
  expect(lines(r.stderr)).toHaveLength(1);
  expect(r.stderr.trim()).toMatch(message);
}

describe('reading is bounded', () => {
  it('a huge (sparse) file is refused at the 5 MB limit for a replay, which the message states', async () => {
    writeFileSync(join(dir(), 'huge.json'), '');
    truncateSync(join(dir(), 'huge.json'), 100_000_000);
    refused(await sim(dir(), ['verify', 'huge.json']), /^error: cannot read huge\.json: a replay may be at most 5 MB, and this file is larger$/);
  });

  it('a scenario file above 2 MB is refused with its limit', async () => {
    const s = JSON.parse(SCENARIO_FILES[0]!.text) as { notes: Record<string, string> };
    for (let i = 0; i < 3000; i++) s.notes[`padding.${i}`] = 'x'.repeat(900);
    writeFileSync(join(dir(), 'big.json'), JSON.stringify(s));
    refused(await sim(dir(), ['check', 'big.json']), /^error: cannot read big\.json: a scenario file may be at most 2 MB, and this file is larger$/);
  });

  it('/dev/zero, and a link to it, are refused as devices instead of read without end', async () => {
    symlinkSync('/dev/zero', join(dir(), 'zero.json'));
    const [zero, link] = await Promise.all([simProcess(dir(), ['verify', '/dev/zero']), simProcess(dir(), ['check', 'zero.json'])]);
    refused(zero, /cannot read \/dev\/zero: it is a device, not a file/);
    refused(link, /cannot read zero\.json: it is a device, not a file/);
  });

  it('a named pipe nobody writes to is refused at once, not waited on', async () => {
    execFileSync('mkfifo', [join(dir(), 'pipe.json')]);
    refused(await simProcess(dir(), ['verify', 'pipe.json']), /cannot read pipe\.json: it is a pipe, not a file/);
  });

  it('an endless stdin is refused as a pipe or socket, without reading it', async () => {
    refused(await simProcess(dir(), ['verify', '/dev/stdin'], new Uint8Array(10_000_000).fill(0x5b)), /cannot read \/dev\/stdin: it is a pipe or a socket, not a file/);
  });

  it('an empty file, a folder and a missing file each get their own reason', async () => {
    writeFileSync(join(dir(), 'empty.json'), '');
    mkdirSync(join(dir(), 'folder.json'));
    const [empty, folder, missing] = await Promise.all([sim(dir(), ['verify', 'empty.json']), sim(dir(), ['verify', 'folder.json']), sim(dir(), ['verify', 'missing.json'])]);
    refused(empty, /cannot read empty\.json: the file is empty$/);
    refused(folder, /cannot read folder\.json: it is a folder, not a file/);
    refused(missing, /cannot read missing\.json: no such file$/);
  });

  it('parseReplay itself refuses text above the limit, whatever reads it (storage, links)', () => {
    const r = parseReplay(goldenText().replace('"seed"', `"padding": "${'x'.repeat(5_000_000)}", "seed"`));
    expect(r).toEqual({ ok: false, error: 'not a replay: it is larger than the 5 MB a replay may be' });
  });
});

describe('writing --out', () => {
  const play = (out: string) => sim(dir(), ['play', '--scenario', 'quarantine', '--seed', 'out', '--out', out]);

  it('refuses a named pipe without waiting for a reader', async () => {
    execFileSync('mkfifo', [join(dir(), 'out.fifo')]);
    refused(await simProcess(dir(), ['play', '--scenario', 'quarantine', '--seed', 'out', '--out', 'out.fifo']), /^error: cannot write the replay to out\.fifo: it is a pipe or a socket, not a file$/);
  });

  it('refuses /proc and /sys, which are not places for files', async () => {
    const [proc, sys] = await Promise.all([play('/proc/self/status'), play('/sys/kernel/kuroshio.json')]);
    refused(proc, /^error: cannot write the replay to \/proc\/self\/status: proc is a system folder, not a place for files$/);
    refused(sys, /^error: cannot write the replay to \/sys\/kernel\/kuroshio\.json: sys is a system folder, not a place for files$/);
  });

  it('accepts /dev/null, to throw the replay away', async () => {
    const r = await play('/dev/null');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Replay written to /dev/null');
  });
});
