// Depth: nesting is limited before anything recurses, so a file nested thousands deep gets one
// message with where it is, not a stack overflow or "found [object Object]".
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReplay } from '../../engine/index.ts';
import { parseJsonText, parseScenarioFile } from '../../scenarios/parseScenarioFile.ts';
import { formatScenarioError } from '../../scenarios/scenarioError.ts';
import { lines, scratch, sim, STACK_TRACE } from './support/cli.ts';
import { goldenJson, SCENARIO_FILES } from './support/fixtures.ts';

const dir = scratch();
const deepArrays = (n: number) => '['.repeat(n) + ']'.repeat(n);
const deepObject = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

/** The text of a shipped scenario with `value` (raw JSON text) placed at start.tracks.tokyo. */
const scenarioWith = (value: string) => {
  const s = JSON.parse(SCENARIO_FILES[1]!.text) as { start: { tracks: Record<string, unknown> } };
  s.start.tracks.tokyo = '@@';
  return JSON.stringify(s).replace('"@@"', value);
};

describe('`check` with deep nesting', () => {
  it('deeply nested arrays: one error with the line and column, exit 1, no stack trace', async () => {
    writeFileSync(join(dir(), 'arrays.json'), deepArrays(100_000));
    const r = await sim(dir(), ['check', 'arrays.json']);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    expect(r.status).toBe(1);
    expect(lines(r.stdout)).toEqual(['arrays.json: at line 1, column 65: expected objects and arrays nested at most 64 deep, found "[[[[[[[[[[[["', '1 error in arrays.json']);
  });

  it('a deeply nested object inside a real scenario: the error says what was expected, never "[object Object]"', async () => {
    writeFileSync(join(dir(), 'object.json'), scenarioWith(deepObject(20_000)));
    const r = await sim(dir(), ['check', 'object.json']);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stdout).not.toContain('[object Object]');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^object\.json: at line 1, column \d+: expected objects and arrays nested at most 64 deep/);
  });
});

describe('the parsers with deep nesting, in process', () => {
  for (const [name, text] of [['arrays', deepArrays(200_000)], ['objects', deepObject(200_000)], ['in a scenario', scenarioWith(deepObject(5_000))]] as const) {
    it(`a scenario's text nested deep (${name}) is reported with where, without throwing`, () => {
      const json = parseJsonText(text, 'deep.json');
      const r = json.ok ? parseScenarioFile(json.value, 'deep.json') : json;
      expect(r.ok).toBe(false);
      if (!r.ok) {
        const messages = r.errors.map(formatScenarioError);
        expect(messages.join('\n')).toMatch(/nested at most 64 deep/);
        expect(messages.join('\n')).not.toContain('[object Object]');
      }
    });
  }

  it('an already parsed value nested too deep is refused with its path, before the schema recurses', () => {
    let c: unknown = { flag: 'japanAttacked' };
    for (let i = 0; i < 100_000; i++) c = { not: c };
    const s = JSON.parse(SCENARIO_FILES[1]!.text) as { injects: { when: unknown }[] };
    s.injects[0]!.when = c;
    const r = parseScenarioFile(s, 'deep.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatScenarioError(r.errors[0]!)).toMatch(/^deep\.json: at injects\.0\.when(\.not)+\.?…: expected objects and arrays nested at most 64 deep, found deeper nesting$/);
  });

  it('a replay nested deep where a string or a list belongs gets one line saying where', () => {
    const text = JSON.stringify({ ...goldenJson(), seed: '@@' }).replace('"@@"', deepArrays(100_000));
    const r = parseReplay(text);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^not a replay: at line 1, column \d+: expected objects and arrays nested at most 64 deep/) });
  });
});
