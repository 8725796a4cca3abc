// Messages a person can act on: what is wrong, where, what was expected, in one line; never the
// argument parser's words, a raw exception's text or a contradiction.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReplay } from '../../engine/index.ts';
import { parseJsonText } from '../../scenarios/parseScenarioFile.ts';
import { formatScenarioError } from '../../scenarios/scenarioError.ts';
import { lines, scratch, sim, STACK_TRACE, type Run } from './support/cli.ts';
import { goldenJson, goldenText } from './support/fixtures.ts';

const dir = scratch();

/** Words of node's parseArgs and of V8's JSON.parse that a person should never have to read. */
const FOREIGN = /Option '|argument is ambiguous|Did you forget|ERR_PARSE_ARGS|Unexpected token|in JSON at position|" is not valid JSON|Unexpected end of JSON/;

function oneLine(r: Run, message: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(lines(r.stderr)).toHaveLength(1);
  expect(r.stderr).not.toMatch(FOREIGN);
  expect(r.stderr).not.toMatch(STACK_TRACE);
  expect(r.stderr.trim()).toMatch(message);
}

describe('flags', () => {
  it('--runs -1, --runs 1e3 and --workers 0: one line each, saying what a good value is', async () => {
    const batch = (...more: string[]) => sim(dir(), ['batch', '--scenario', 'blockade', '--seed', 's', ...more]);
    const [negative, exponent, workers] = await Promise.all([batch('--runs', '-1'), batch('--runs', '1e3'), batch('--runs', '5', '--workers', '0')]);
    oneLine(negative, /^error: bad --runs "-1": use a whole number from 1 to 1000000$/);
    oneLine(exponent, /^error: bad --runs "1e3": use a whole number from 1 to 1000000$/);
    oneLine(workers, /^error: bad --workers "0": use a whole number from 1 to 64$/);
  });

  it('a flag without its value, a flag given twice, and a file too many', async () => {
    const [missing, twice, extra] = await Promise.all([
      sim(dir(), ['play', '--scenario', 'blockade', '--seed']),
      sim(dir(), ['play', '--scenario', 'blockade', '--seed', 'a', '--seed', 'b']),
      sim(dir(), ['verify', 'a.json', 'b.json']),
    ]);
    oneLine(missing, /^error: --seed needs a value$/);
    oneLine(twice, /^error: --seed is given twice$/);
    oneLine(extra, /^error: verify takes one file; unexpected "b\.json"$/);
  });
});

describe('replay messages', () => {
  it('a format version given as the string "1" is told to be the number 1', () => {
    expect(parseReplay(JSON.stringify({ ...goldenJson(), formatVersion: '1' }))).toEqual({
      ok: false, error: 'not a valid replay: at formatVersion: expected the number 1, found the string "1"',
    });
  });

  it('a format version of another number is named as unsupported', () => {
    expect(parseReplay(JSON.stringify({ ...goldenJson(), formatVersion: 2 }))).toEqual({ ok: false, error: 'replay format version 2 is not supported; this build reads version 1' });
  });

  it('a syntax error says the line and column, what was expected and what was found', () => {
    const text = goldenText().replace('"seed": "golden-1",', '"seed": "golden-1"');
    const r = parseReplay(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(/^not a replay: the file is not valid JSON: at line 12, column 3: expected "," or "}", found "\\"turns\\": \[\\n/);
      expect(r.error).not.toMatch(FOREIGN);
    }
  });

  it('a value of the wrong kind says where, what was expected and what was found, without echoing the input whole', () => {
    const r = parseReplay(JSON.stringify({ ...goldenJson(), turns: { 0: 'x'.repeat(10_000) } }));
    expect(r).toEqual({ ok: false, error: 'not a valid replay: at turns: expected array, found an object' });
  });

  it('a repeated key, which would hide one value from whoever reads the file, is refused by name', () => {
    const r = parseReplay(goldenText().replace('"seed": "golden-1",', '"seed": "golden-1", "seed": "golden-2",'));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^not a replay: at line 11, column \d+: expected each key once in an object, found "seed" a second time$/) });
  });
});

describe('scenario messages', () => {
  it('a JSON syntax error in a scenario file gives the line and column, in our words', () => {
    const r = parseJsonText('{\n  "id": "mine",\n  "title": NaN\n}', 'mine.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map(formatScenarioError)).toEqual(['mine.json: at line 3, column 12: expected a value (an object, array, string, number, true, false or null) (the file is not valid JSON), found "NaN\\n}"']);
  });

  it('`check` of a file that is not JSON is one line per problem and a count', async () => {
    writeFileSync(join(dir(), 'notes.json'), 'Notes\nTurn 1: Beijing declares a blockade\n');
    const r = await sim(dir(), ['check', 'notes.json']);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(FOREIGN);
    expect(lines(r.stdout)).toEqual([expect.stringMatching(/^notes\.json: at line 1, column 1: expected a value/), '1 error in notes.json']);
  });
});
