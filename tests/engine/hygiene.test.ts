// The engine stays pure, acyclic and wordless: checks on its source and on what it emits.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allBots, botSeats, playGame, type GameEvent } from '../../engine/index.ts';
import { scenarioFiles } from '../../scenarios/catalog.ts';
import { scenarioOf } from './support.ts';

const ENGINE = resolve(dirname(fileURLToPath(import.meta.url)), '../../engine');

function sources(dir = ENGINE): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === '__tests__' ? [] : sources(p);
    return e.name.endsWith('.ts') && !/\.(test|bench)\.ts$/.test(e.name) ? [p] : [];
  });
}

/** The source without its comments and string literals, so only code is searched. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '').replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");

describe('engine/ is pure', () => {
  it('reads no clock, sets no timer, draws no unseeded random number and touches no DOM, process or file', () => {
    const forbidden = /\b(Math\.random|Date\b|performance\.|setTimeout|setInterval|requestAnimationFrame|document\.|window\.|globalThis\.|process\.|require\(|crypto\.)/;
    const hits = sources().flatMap((f) => code(readFileSync(f, 'utf8')).split('\n')
      .map((line, i) => (forbidden.test(line) ? `${relative(ENGINE, f)}:${i + 1}: ${line.trim()}` : null))
      .filter((x): x is string => x !== null));
    expect(hits).toEqual([]);
  });

  it('imports no Node module', () => {
    const hits = sources().filter((f) => /from ['"]node:|from ['"](fs|path|os|child_process|worker_threads)['"]/.test(readFileSync(f, 'utf8')));
    expect(hits.map((f) => relative(ENGINE, f))).toEqual([]);
  });

  it('has no import cycle, counting `import type`', () => {
    const graph = new Map<string, string[]>();
    for (const f of sources()) {
      const deps = [...readFileSync(f, 'utf8').matchAll(/(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g)].map((m) => resolve(dirname(f), m[1]!));
      graph.set(f, deps.filter((d) => d.startsWith(ENGINE)));
    }
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(f)), f].map((x) => relative(ENGINE, x)).join(' -> '));
        return;
      }
      state.set(f, 'visiting');
      for (const d of graph.get(f) ?? []) visit(d, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of graph.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });
});

/** Text in events that people typed (a facilitator's reason, a written headline, a proposal's note) and data paths; everything else must be a code. */
function codesIn(e: GameEvent): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string') {
      if (key === 'reason' || key === 'headline' || key === 'note' || key === 'path') return;
      out.push(v);
    } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(e, '');
  return out;
}

describe('the engine speaks in codes', () => {
  it('puts no sentence in any event of any scenario: every string is a code a words module can look up', () => {
    const notCodes = new Set<string>();
    for (const f of scenarioFiles()) {
      for (const v of f.variants) {
        const scenario = scenarioOf(f.id, v.id);
        for (const [i, seats] of [allBots('cautious'), allBots('hawkish'), botSeats('mixed', `codes-${v.id}`)].entries()) {
          for (const t of playGame(scenario, `codes-${f.id}-${v.id}-${i}`, seats).turns) {
            for (const e of t.events) for (const s of codesIn(e)) if (!/^[A-Za-z][A-Za-z0-9:-]*$/.test(s)) notCodes.add(`${e.type}: ${s}`);
          }
        }
      }
    }
    expect([...notCodes]).toEqual([]);
  });
});
