// Terminal injection: text from a file or a command line reaches the terminal only visibly. An
// escape sequence in a replay must not clear the screen and print a fake "ok: 20 turns match".
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReplay } from '../../engine/index.ts';
import { parseScenarioFile } from '../../scenarios/parseScenarioFile.ts';
import { formatScenarioError } from '../../scenarios/scenarioError.ts';
import { lines, RAW_CONTROL, scratch, sim, type Run } from './support/cli.ts';
import { goldenJson, recordedReplay, SCENARIO_FILES } from './support/fixtures.ts';

const dir = scratch();

/** Escape sequences of every family: CSI (clear screen), OSC (set the title), a C1 CSI, bidi override, zero-width, line separator. */
const FAKE_OK = '\x1b[2J\x1b[Hok: 20 turns match';
const ATTACKS = [FAKE_OK, '\x1b]0;pwned\x07', '\u009b31mred', 'abc\u202edcba', 'zero\u200bwidth', 'line\u2028break', 'bell\x07'];

function expectClean(r: Run): void {
  expect(r.status, r.stdout + r.stderr).not.toBeNull();
  expect(r.stdout + r.stderr).not.toMatch(RAW_CONTROL);
  expect(r.stdout).not.toMatch(/^ok: 20 turns match/m);
}

describe('the CLI shows outside text visibly', () => {
  it('a replay whose seed and facilitator headline carry escape sequences is refused in one visible line', async () => {
    // The engine no longer records such text, so it is written into a recorded replay, as an attacker would.
    const replay = recordedReplay('x', [{ kind: 'customInject', headline: 'Storm', effects: [] }], 'weather');
    const white = replay.turns[1]!.facilitator![0]!;
    Object.assign(white, { reason: 'reason\x1b]0;pwned\x07', action: { ...white.action, headline: FAKE_OK } });
    writeFileSync(join(dir(), 'headline.json'), JSON.stringify({ ...replay, seed: FAKE_OK }));
    const r = await sim(dir(), ['replay', 'headline.json']);
    expectClean(r);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/at seed: .*found the string "\\x1b\[2J\\x1b\[Hok: 20 turns match"/);
  });

  it("a replay's rules version with an OSC sequence is named visibly, not sent to the terminal", async () => {
    writeFileSync(join(dir(), 'rules.json'), JSON.stringify({ ...goldenJson(), rulesVersion: '\x1b]0;pwned\x07' }));
    const r = await sim(dir(), ['verify', 'rules.json']);
    expectClean(r);
    expect(r.stderr).toContain('rulesVersion');
    expect(r.stderr).toContain('\\x1b]0;pwned\\x07');
  });

  it('a JSON syntax error quotes the file only visibly', async () => {
    writeFileSync(join(dir(), 'garbage.json'), `${FAKE_OK}\n{`);
    const r = await sim(dir(), ['verify', 'garbage.json']);
    expectClean(r);
    expect(r.stderr).toMatch(/^error: garbage\.json: not a replay: the file is not valid JSON: at line 1, column 1: .*found "\\x1b\[2J/);
  });

  it('a file name, a scenario id and an option name with control characters are echoed visibly', async () => {
    const [file, scenario, option] = await Promise.all([
      sim(dir(), ['verify', `nowhere${FAKE_OK}.json`]),
      sim(dir(), ['play', '--scenario', '\u009b2Jblockade', '--seed', 's']),
      sim(dir(), ['play', `--\x1b[2J`, 'x']),
    ]);
    for (const r of [file, scenario, option]) {
      expectClean(r);
      expect(r.status).toBe(2);
      expect(lines(r.stderr)).toHaveLength(1);
    }
    expect(file.stderr).toContain('nowhere\\x1b[2J\\x1b[Hok: 20 turns match.json: no such file');
    expect(scenario.stderr).toContain('unknown scenario "\\x9b2Jblockade"');
    expect(option.stderr).toContain('unknown option "--\\x1b[2J"');
  });

  it('`check` refuses control and invisible characters in scenario text, naming the path of each', async () => {
    const scenario = JSON.parse(SCENARIO_FILES[0]!.text) as Record<string, any>;
    scenario.title = 'Customs\u202e inspections';
    scenario.summary = `A summary${FAKE_OK}`;
    scenario.roles.tokyo.objectives[0] = 'Zero\u200bwidth';
    scenario.sources.seeds[0] = 'tab\there';
    scenario.notes['key\x1b[2J'] = 'a note';
    writeFileSync(join(dir(), 'hidden.json'), JSON.stringify(scenario));
    const r = await sim(dir(), ['check', 'hidden.json']);
    expectClean(r);
    expect(r.status).toBe(1);
    for (const path of ['title', 'summary', 'roles.tokyo.objectives.0', 'sources.seeds.0']) {
      expect(r.stdout).toContain(`hidden.json: at ${path}: expected plain text without control or invisible characters`);
    }
    expect(r.stdout).toContain('hidden.json: at notes.key\\x1b[2J: expected a key of plain text without control or invisible characters');
  });
});

describe('parse errors quote their input visibly', () => {
  it('every replay attack gives a message with no raw control or invisible character', () => {
    for (const attack of ATTACKS) {
      for (const text of [attack, `{"format": "kuroshio-replay", "formatVersion": 1, "${attack}": 1}`, JSON.stringify({ ...goldenJson(), seed: attack }), JSON.stringify({ ...goldenJson(), outcome: attack })]) {
        const r = parseReplay(text);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error, JSON.stringify(text.slice(0, 80))).not.toMatch(RAW_CONTROL);
      }
    }
  });

  it('an unknown key in a scenario file is named visibly', () => {
    const scenario = JSON.parse(SCENARIO_FILES[1]!.text) as Record<string, unknown>;
    for (const attack of ATTACKS) {
      const r = parseScenarioFile({ ...scenario, [attack]: true }, 'keys.json');
      expect(r.ok).toBe(false);
      if (!r.ok) for (const e of r.errors) expect(formatScenarioError(e)).not.toMatch(RAW_CONTROL);
    }
  });
});
