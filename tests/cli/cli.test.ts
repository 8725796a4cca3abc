/**
 * The CLI's contract: `main(argv)` of cli/main.ts called in this process as `sim` would call it, from
 * a temporary folder where it writes its files (tests/cli/support.ts captures what it prints). A few
 * tests at the end start the real process (cli/sim.ts) for what only a process shows: its exit code,
 * a reader that stops early, and paths read from its working folder.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGame, createReplay, decisionsOf, factsOf, openDecisions, resolveTurn, stateHash, type Command, type GameState, type Role, type Scenario } from '../../engine/index.ts';
import { loadScenario, scenarioFile, scenarioFiles } from '../../scenarios/catalog.ts';
import { OUTCOME_HEADINGS } from '../e2e/support/game.ts';
import { lines, ROOT, runMain, spawnSim, type Run } from './support.ts';

let dir: string;

const cli = (...args: string[]): Promise<Run> => runMain(dir, args);

/** A usage problem: exit code 2, nothing on stdout, one line on stderr. */
function expectUsageError(r: Run, pattern: RegExp): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(lines(r.stderr), r.stderr).toHaveLength(1);
  expect(r.stderr.trim()).toMatch(/^error: /);
  expect(r.stderr).toMatch(pattern);
}

interface ReplayFile {
  format: string;
  scenario: { id: string; variant: string };
  seed: string;
  turns: { turn: number; commands: { turn: number; role: Role; decision: string; by: string }[]; stateHash: string }[];
  outcome: string | null;
}

const SEED = 'classroom 7';
let played: Run;
let replayText: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kuroshio-cli-'));
  played = await cli('play', '--scenario', 'blockade', '--seed', SEED, '--out', 'games/a.replay.json');
  replayText = readFileSync(join(dir, 'games/a.replay.json'), 'utf8');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('list', () => {
  it('prints every scenario id and each of its variants', async () => {
    const r = await cli('list');
    expect(r.status, r.stderr).toBe(0);
    const files = scenarioFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      expect(r.stdout).toMatch(new RegExp(`^${f.id}\\b`, 'm'));
      for (const v of f.variants) expect(r.stdout).toMatch(new RegExp(`--variant ${v.id}\\b`));
    }
    expect(r.stdout).toMatch(/--variant base\b/);
    expect(r.stdout).toMatch(/--variant takaichi-reading\b/);
    expect(r.stdout).toMatch(/--variant no-resupply\b/);
  });

  it('says it in Japanese or Traditional Chinese with --lang, ids unchanged, and refuses a language it lacks', async () => {
    const ja = await cli('list', '--lang', 'ja');
    expect(ja.status, ja.stderr).toBe(0);
    expect(ja.stdout).toContain(scenarioFile('blockade', 'ja')!.title);
    expect(ja.stdout).toMatch(/--variant takaichi-reading\b/);
    const zh = await cli('--lang=zh-TW', 'list');
    expect(zh.stdout).toContain(scenarioFile('invasion', 'zh-TW')!.title);
    const fr = await cli('list', '--lang', 'fr');
    expect(fr.status).toBe(2);
    expect(fr.stderr).toContain('bad --lang "fr": use en, ja, zh-TW');
  });
});

describe('play', () => {
  it('exits 0 and prints a turn-by-turn summary ending with the outcome', async () => {
    expect(played.status, played.stderr).toBe(0);
    const replay = JSON.parse(replayText) as ReplayFile;
    const turnLines = played.stdout.split('\n').filter((l) => /^Turn \d+ \(to day \d+\):/.test(l));
    // One summary line per turn played, numbered from 1, each followed by the indicators.
    expect(turnLines.length).toBe(replay.turns.length);
    turnLines.forEach((l, k) => expect(l).toMatch(new RegExp(`^Turn ${k + 1} \\(to day ${(k + 1) * 7}\\):`)));
    expect(played.stdout).toMatch(/Shipping reaching Taiwan [\d.]+% of normal; LNG in storage [\d.]+ days?;/);
    expect(played.stdout).toMatch(new RegExp(`^Outcome after ${replay.turns.length} turns \\(\\d+ days\\): (?:${OUTCOME_HEADINGS.source})\\. \\S`, 'm'));
    expect(played.stdout).toContain('Replay written to games/a.replay.json');
  });

  it('writes a replay of the game it printed', () => {
    const replay = JSON.parse(replayText) as ReplayFile;
    expect(replay.format).toBe('kuroshio-replay');
    expect(replay.seed).toBe(SEED);
    expect(replay.outcome).not.toBeNull();
    expect(replay.turns.map((t) => t.turn)).toEqual(replay.turns.map((_, k) => k));
  });

  it('writes a byte-identical file when played again with the same seed', async () => {
    const again = await cli('play', '--scenario', 'blockade', '--seed', SEED, '--out', 'b.replay.json');
    expect(again.status, again.stderr).toBe(0);
    expect(readFileSync(join(dir, 'b.replay.json'), 'utf8')).toBe(replayText);
    // The printed game is the same too, but for where the file went.
    expect(again.stdout.replace('b.replay.json', 'games/a.replay.json')).toBe(played.stdout);
  });
});

describe('verify', () => {
  it('exits 0 and prints ok for a replay just written', async () => {
    const r = await cli('verify', 'games/a.replay.json');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ok: \d+ turns match/);
  });

  /** The replay's game as it stood at the start of turn k, re-simulated in this process. */
  function stateAt(replay: ReplayFile, k: number): { scenario: Scenario; state: GameState } {
    const scenario = loadScenario(replay.scenario.id, replay.scenario.variant);
    if (typeof scenario === 'string') throw new Error(scenario);
    let state = createGame(scenario, replay.seed);
    for (const t of replay.turns.slice(0, k)) {
      const r = resolveTurn(scenario, state, t.commands as Command[]);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      state = r.value.state;
    }
    return { scenario, state };
  }

  /** Change the first command of turn k to another decision of the same role, open or closed at that point. */
  function tamper(name: string, open: boolean): { file: string; k: number } {
    const replay = JSON.parse(replayText) as ReplayFile;
    expect(replay.turns.length).toBeGreaterThanOrEqual(3);
    const k = Math.floor(replay.turns.length / 2);
    const c = replay.turns[k]!.commands[0]!;
    const { scenario, state } = stateAt(replay, k);
    const openNow = openDecisions(c.role, state.tracks[c.role], factsOf(state, scenario.legal));
    const candidates = ['hold', ...decisionsOf(c.role)].filter((d) => d !== c.decision && openNow.includes(d) === open);
    expect(candidates.length, `another ${open ? 'open' : 'closed'} decision for ${c.role}`).toBeGreaterThan(0);
    c.decision = candidates[0]!;
    writeFileSync(join(dir, name), JSON.stringify(replay, null, 2));
    // People count turns from 1; the file's turn field counts from 0.
    return { file: name, k: replay.turns[k]!.turn + 1 };
  }

  it("reports where a replay diverges when one command's decision is changed to another the rules allow", async () => {
    const { file, k } = tamper('tampered-decision.json', true);
    const r = await cli('verify', file);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(new RegExp(`diverged at turn ${k}: the state differs from the one recorded`));
  });

  it("reports where a replay diverges when one command's decision is changed to one the rules close", async () => {
    const { file, k } = tamper('tampered-closed.json', false);
    const r = await cli('verify', file);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(new RegExp(`diverged at turn ${k}: \\w+ cannot take "`));
  });

  it('`replay` refuses to show a replay that does not verify, naming the same turn as `verify`', async () => {
    const { file, k } = tamper('tampered-closed-2.json', false);
    const r = await cli('replay', file);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`does not verify, so it is not shown: it diverges at turn ${k}:`));
    expect((await cli('verify', file)).stdout).toMatch(new RegExp(`diverged at turn ${k}:`));
  });

  it('reports where a replay with a changed state hash diverges', async () => {
    const replay = JSON.parse(replayText) as ReplayFile;
    const k = replay.turns.length - 1;
    const h = replay.turns[k]!.stateHash;
    replay.turns[k]!.stateHash = (h[0] === '0' ? '1' : '0') + h.slice(1);
    writeFileSync(join(dir, 'tampered-hash.json'), JSON.stringify(replay, null, 2));
    const r = await cli('verify', 'tampered-hash.json');
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(new RegExp(`diverged at turn ${replay.turns[k]!.turn + 1}\\b`));
  });
});

describe('files that are not replays', () => {
  it('plain text: a non-zero exit and an error naming the file', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'Notes\nTurn 1: Beijing declares a blockade\nTurn 2: Washington escorts convoys\n');
    const r = await cli('verify', 'notes.txt');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: notes\.txt: not a replay/);
  });

  it('plain text: the error is one line, even when the file starts with a line break', async () => {
    writeFileSync(join(dir, 'notes2.txt'), 'Notes\nTurn 1: Beijing declares a blockade\n');
    const r = await cli('verify', 'notes2.txt');
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
  });

  it('JSON without the format field: a one-line error and a non-zero exit', async () => {
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ seed: 'x', turns: [] }, null, 2));
    expectUsageError(await cli('verify', 'other.json'), /other\.json: not a replay: a Kuroshio replay has "format": "kuroshio-replay"/);
  });

  it('a missing file: a one-line error and a non-zero exit', async () => {
    expectUsageError(await cli('verify', 'nowhere.replay.json'), /cannot read nowhere\.replay\.json: no such file/);
  });
});

describe('bad input: a one-line error on stderr and exit code 2', () => {
  it('an unknown scenario, naming the scenarios there are', async () => {
    expectUsageError(await cli('play', '--scenario', 'invasion-of-mars', '--seed', 's'), /unknown scenario "invasion-of-mars".*blockade/);
  });

  it('an unknown variant, naming the variants there are', async () => {
    expectUsageError(await cli('play', '--scenario', 'blockade', '--variant', 'nope', '--seed', 's'), /"nope".*base, takaichi-reading, no-resupply/);
  });

  it('an empty seed', async () => {
    expectUsageError(await cli('play', '--scenario', 'blockade', '--seed', ''), /seed/);
  });

  it('a seed with characters like "$;"', async () => {
    expectUsageError(await cli('play', '--scenario', 'blockade', '--seed', 'a$;rm'), /bad seed/);
  });

  it('an unknown flag', async () => {
    expectUsageError(await cli('play', '--scenario', 'blockade', '--seed', 's', '--turbo'), /--turbo/);
  });

  it('--runs 0', async () => {
    expectUsageError(await cli('batch', '--scenario', 'blockade', '--runs', '0', '--seed', 's'), /--runs "0"/);
  });
});

describe('batch', () => {
  const RUNS = 40;
  type Report = {
    scenario: string;
    variant: string;
    runs: number;
    outcomes: Record<string, number>;
    metrics: Record<string, { mean: number | null; p10: number | null; p50: number | null; p90: number | null }>;
    gamesPerSecond: number;
  };

  async function batch(workers: number): Promise<Report> {
    const r = await cli('batch', '--scenario', 'blockade', '--runs', String(RUNS), '--seed', 'S', '--json', '--workers', String(workers));
    expect(r.status, r.stderr).toBe(0);
    expect(lines(r.stdout), 'one JSON object on one line').toHaveLength(1);
    return JSON.parse(r.stdout) as Report;
  }

  it('--json prints one report object, and the same seed and runs give the same figures on 1 or 2 workers', async () => {
    const one = await batch(1);
    for (const key of ['scenario', 'variant', 'runs', 'outcomes', 'metrics', 'gamesPerSecond']) expect(one).toHaveProperty(key);
    expect(one.scenario).toBe('blockade');
    expect(one.variant).toBe('base');
    expect(one.runs).toBe(RUNS);
    expect(one.gamesPerSecond).toBeGreaterThan(0);
    expect(Object.values(one.outcomes).reduce((a, b) => a + b, 0)).toBe(RUNS);
    expect(Object.keys(one.metrics).length).toBeGreaterThan(0);
    for (const [name, m] of Object.entries(one.metrics)) {
      expect(Object.keys(m).sort(), name).toEqual(['mean', 'p10', 'p50', 'p90']);
      if (m.mean !== null) expect(m.p10! <= m.p50! && m.p50! <= m.p90!, `${name} percentiles in order`).toBe(true);
    }

    const two = await batch(2);
    expect(two.outcomes).toEqual(one.outcomes);
    expect(two.metrics).toEqual(one.metrics);
  });
});

describe('sensitivity', () => {
  it('says what "dominated" means, and over how many seeds, whenever it calls a policy so', async () => {
    // With 20 seeds some policy is dominated on them (Beijing holding every turn, at least): the legend must follow.
    const r = await cli('sensitivity', '--scenario', 'blockade', '--runs', '20', '--seed', 'S', '--workers', '1');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/dominated by /);
    expect(r.stdout).toContain('"Dominated": on these 20 seeds it never ended better for its own seat');
  });
});

describe('check: a scenario file an author wrote', () => {
  const shipped = () => JSON.parse(readFileSync(new URL('../../scenarios/quarantine.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const shippedTranslation = (lang: string) => JSON.parse(readFileSync(new URL(`../../scenarios/translations/quarantine.${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
  /** An author's file with its translations in the two places check looks: beside it, and in translations/ beside it. */
  function writeTranslated(name: string, ja = shippedTranslation('ja')): void {
    const sub = join(dir, name);
    mkdirSync(join(sub, 'translations'), { recursive: true });
    writeFileSync(join(sub, 'mine.json'), JSON.stringify(shipped()));
    writeFileSync(join(sub, 'mine.ja.json'), JSON.stringify(ja));
    writeFileSync(join(sub, 'translations', 'mine.zh-TW.json'), JSON.stringify(shippedTranslation('zh-TW')));
  }

  it('says a valid file with every display string translated is valid', async () => {
    writeTranslated('valid');
    const r = await cli('check', 'valid/mine.json');
    expect(r.stdout).toMatch(/^ok: valid\/mine\.json is a valid scenario "quarantine" with 3 variant\(s\)/);
    expect(r.status).toBe(0);
  });

  it('reports a display string a translation lacks as an error naming the file, the language and the path', async () => {
    const ja = shippedTranslation('ja');
    delete ja['roles.tokyo.objectives.1'];
    delete ja['injects.2.headline'];
    writeTranslated('gaps', ja);
    const r = await cli('check', 'gaps/mine.json');
    expect(r.status).toBe(1);
    // In the order of the English file.
    expect(lines(r.stdout)).toEqual([
      'gaps/mine.json: ja: no translation of injects.2.headline (add it to gaps/mine.ja.json); the English is shown meanwhile',
      'gaps/mine.json: ja: no translation of roles.tokyo.objectives.1 (add it to gaps/mine.ja.json); the English is shown meanwhile',
      '2 errors in gaps/mine.json',
    ]);
  });

  it('reports a language with no translation at all, where one was looked for, a path the English has not, and a string the schema refuses', async () => {
    const ja = { ...shippedTranslation('ja'), 'injects.99.headline': '存在しない', 'injects.0.headline': '長'.repeat(201) };
    writeTranslated('more', ja);
    rmSync(join(dir, 'more', 'translations'), { recursive: true });
    const r = await cli('check', 'more/mine.json');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('more/mine.json: zh-TW: no translation: write more/mine.zh-TW.json or more/translations/mine.zh-TW.json (its ');
    expect(r.stdout).toContain('more/mine.ja.json: ja: injects.99.headline is not a display string of more/mine.json');
    expect(r.stdout).toContain('more/mine.ja.json: at injects.0.headline: expected');
    expect(r.stdout).toMatch(/3 errors in more\/mine\.json/);
  });

  it('checks the shipped files with their translations in scenarios/translations', async () => {
    for (const f of scenarioFiles('en')) {
      const r = await cli('check', join(ROOT, 'scenarios', `${f.id}.json`));
      expect(r.stdout, f.id).toMatch(/^ok: /);
    }
  });

  it('lists every error at once with file and path, and exits 1', async () => {
    const bad = shipped();
    bad.turnDays = 'seven';
    bad.unknownKey = true;
    (bad.injects as { text: string }[])[0]!.text = '<script>alert(1)</script>';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const r = await cli('check', 'bad.json');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('bad.json: at turnDays: expected number, found "seven"');
    expect(r.stdout).toContain('bad.json: at injects.0.text: expected plain text only');
    expect(r.stdout).toContain('no key named "unknownKey"');
    expect(r.stdout).toMatch(/3 errors in bad\.json/);
  });
});

describe('play and replay edge cases', () => {
  it('says plainly when the replay cannot be written, with exit code 2', async () => {
    const r = await cli('play', '--scenario', 'quarantine', '--seed', 'out-dir', '--out', '.');
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^error: cannot write the replay to \.: it is a folder$/);
  });

  it('replays the facilitator\'s commands as verify does', async () => {
    const s = loadScenario('blockade', 'base') as Scenario;
    let state: GameState = createGame(s, 'white-replay');
    const turns = [];
    for (let t = 0; t < 2; t++) {
      const facilitator = t === 0 ? [{ turn: 0, action: { kind: 'raiseFlag' as const, flag: 'japanAttacked' as const }, reason: 'a class scenario' }] : [];
      const commands: Command[] = (['beijing', 'taipei', 'tokyo', 'washington'] as Role[]).map((role) => ({
        turn: t, role, by: 'human', decision: t === 1 && role === 'tokyo' ? 'determineArmedAttackSituation' : 'hold',
      }));
      const r = resolveTurn(s, state, commands, facilitator);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      state = r.value.state;
      turns.push({ turn: t, commands, facilitator, stateHash: stateHash(state) });
    }
    writeFileSync(join(dir, 'white.json'), JSON.stringify(createReplay(s, 'white-replay', turns, state)));
    expect((await cli('verify', 'white.json')).status).toBe(0);
    const r = await cli('replay', 'white.json');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Tokyo: Determine an armed attack situation.');
  });
});

describe('the process (cli/sim.ts), for what only a process shows', () => {
  // Started together, awaited by each test: each is a Node process with TypeScript to load.
  let game: Promise<{ play: Run; verify: Run }>;
  let usage: Promise<[Run, Run]>;
  let closed: Promise<Run>;
  beforeAll(() => {
    const play = ['play', '--scenario', 'quarantine', '--seed', 'process', '--out', 'process/game.replay.json'];
    game = spawnSim(dir, play).then(async (p) => ({ play: p, verify: await spawnSim(dir, ['verify', 'process/game.replay.json']) }));
    usage = Promise.all([spawnSim(dir, ['play', '--scenario', 'blockade', '--seed', 'a$;rm']), spawnSim(ROOT, [])]);
    closed = spawnSim(dir, ['play', '--scenario', 'blockade', '--seed', SEED, '--out', '/dev/null'], { closeStdout: true });
  });

  it("ends with main's exit code 0 for a game played to a file under its working folder, and for verifying that file", async () => {
    const { play, verify } = await game;
    expect(play.status, play.stderr).toBe(0);
    expect(play.stderr).toBe('');
    expect(play.stdout).toContain('Replay written to process/game.replay.json');
    expect(verify.status, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/^ok: \d+ turns match/);
    // What the process prints and writes is what main prints and writes in this process.
    const written = readFileSync(join(dir, 'process/game.replay.json'), 'utf8');
    const inProcess = await cli('play', '--scenario', 'quarantine', '--seed', 'process', '--out', 'process/game.replay.json');
    expect(inProcess).toEqual(play);
    expect(readFileSync(join(dir, 'process/game.replay.json'), 'utf8')).toBe(written);
    expect(await cli('verify', 'process/game.replay.json')).toEqual(verify);
  });

  it('exits 2 on a usage error, with one line on stderr; without a command, prints the usage and exits 2', async () => {
    const [bad, none] = await usage;
    expectUsageError(bad, /bad seed/);
    expect(none.status).toBe(2);
    expect(none.stdout).toMatch(/^Kuroshio: a seeded teaching wargame/);
    expect(none.stdout).toContain('npm run sim -- play --scenario ID');
  });

  it('ends quietly with exit code 0 when its reader stops early (`npm run sim -- play ... | head`)', async () => {
    // Our end of its stdout is closed before it prints, so its first write fails with EPIPE.
    const r = await closed;
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
