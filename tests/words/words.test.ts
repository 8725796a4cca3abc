// Every code the engine speaks has words, every message is well formed, and the vocabulary matches the machines.
import { readFileSync } from 'node:fs';
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  ACTORS, CAUSES, CHANCES, DECISIONS, ECONOMIES, ENGINE_EVENTS, MACHINES, OUTCOMES, ROLES, SIDES, TEMPERAMENTS, TRACK_STATES,
  createGame, type Refusal,
} from '../../engine/index.ts';
import { defaults, scenarioFiles } from '../../scenarios/catalog.ts';
import { catalogKeys, has, malformed, refusalText, t } from '../../scenarios/words/words.ts';
import { scenarioOf } from '../engine/support.ts';

const missing = (keys: string[]) => keys.filter((k) => !has(k, 'en'));

describe('the vocabulary matches the machines', () => {
  it('names every region and state of every machine, and no other', () => {
    for (const role of ROLES) {
      const regions = (MACHINES[role] as AnyStateMachine).root.states as Record<string, AnyStateNode>;
      const vocabulary = TRACK_STATES[role] as Record<string, readonly string[]>;
      expect(Object.keys(vocabulary).sort(), role).toEqual(Object.keys(regions).sort());
      for (const [region, node] of Object.entries(regions)) expect([...vocabulary[region]!].sort(), `${role}.${region}`).toEqual(Object.keys(node.states).sort());
    }
  });

  it('lists every decision of every machine, and no other', () => {
    for (const role of ROLES) {
      const events = [...(MACHINES[role] as AnyStateMachine).root.events].filter((e) => !(ENGINE_EVENTS as readonly string[]).includes(e));
      expect([...DECISIONS[role]].sort(), role).toEqual(events.sort());
    }
  });
});

describe('every code has its words', () => {
  it('roles, sides, economies, seats and temperaments', () => {
    expect(missing([
      ...ROLES.flatMap((r) => [`role.${r}`, `rolePlays.${r}`]), ...SIDES.flatMap((s) => [`side.${s}`, `sideShort.${s}`]),
      ...ECONOMIES.map((e) => `economy.${e}`), ...ACTORS.map((a) => `actor.${a}`), ...TEMPERAMENTS.map((x) => `temperament.${x}`),
    ])).toEqual([]);
  });

  it('every region and state of every track', () => {
    expect(missing(ROLES.flatMap((role) => Object.entries(TRACK_STATES[role] as Record<string, readonly string[]>)
      .flatMap(([region, states]) => [`track.${role}.${region}.name`, ...states.map((s) => `track.${role}.${region}.state.${s}`)])))).toEqual([]);
  });

  it('every decision, with its label, explanation and when it opens; holding too', () => {
    expect(missing(ROLES.flatMap((role) => [...DECISIONS[role].map((d) => `decision.${role}.${d}`), `decision.hold.${role}`]
      .flatMap((k) => [`${k}.label`, `${k}.explanation`, `${k}.opensWhen`])))).toEqual([]);
  });

  it('every rule (named guard) of every machine, met and unmet', () => {
    expect(missing(ROLES.flatMap((role) => Object.keys((MACHINES[role] as AnyStateMachine).implementations.guards)
      .flatMap((g) => [`guard.${role}.${g}.met`, `guard.${role}.${g}.unmet`])))).toEqual([]);
  });

  it('every outcome, every ending of every scenario, and every event the engine sends a machine', () => {
    expect(missing(OUTCOMES.flatMap((o) => [`outcome.${o}.title`, `outcome.${o}.phrase`]))).toEqual([]);
    for (const f of scenarioFiles()) {
      for (const c of [...(f.endConditions ?? defaults().endConditions), ...(f.horizonOutcomes ?? defaults().horizonOutcomes)]) expect(c.reason.length, `${f.id}: ${c.id}`).toBeGreaterThan(10);
    }
    expect(missing(['machineEvent.tokyo.priorConsultationRequested', 'machineEvent.tokyo.evacuationCompleted',
      ...['supportPlanPending', 'defenceOperationPending', 'exPostApprovalPending'].flatMap((v) => [`machineEvent.tokyo.dietApproves.${v}`, `machineEvent.tokyo.dietRefuses.${v}`, `chance.dietVote.${v}`])])).toEqual([]);
  });

  it('every indicator, force and fact of the state, and every rule parameter', () => {
    const s = createGame(scenarioOf('blockade'), 'words');
    const numbers = (o: object) => Object.entries(o).filter(([, v]) => typeof v === 'number' || (v && typeof v === 'object') || v === null).map(([k]) => k);
    expect(missing(numbers(s.indicators).flatMap((k) => [`indicator.${k}.name`, `indicator.${k}.value`]))).toEqual([]);
    expect(missing(Object.keys(s.forces).flatMap((k) => [`force.${k}.name`, `force.${k}.value`]))).toEqual([]);
    expect(missing(Object.keys(s.flags).flatMap((k) => [`flag.${k}.title`, `flag.${k}.fact`]))).toEqual([]);
    const paths: string[] = [];
    const walk = (v: unknown, p: string) => {
      if (typeof v === 'number') paths.push(p);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, p ? `${p}.${k}` : k);
    };
    walk(defaults().params, '');
    for (const f of scenarioFiles()) walk(f.params, '');
    expect(missing([...new Set(paths)].map((p) => `parameter.${p}`))).toEqual([]);
  });

  it('every cause and chance', () => {
    expect(missing([...CAUSES.map((c) => `cause.${c}`), ...CHANCES.filter((c) => c !== 'dietVote').map((c) => `chance.${c}`)])).toEqual([]);
  });

  it('every refusal, said without a raw code', () => {
    const samples: Refusal[] = [
      { code: 'gameOver', outcome: 'stalemate' }, { code: 'unknownRole', role: 'moscow' }, { code: 'twoCommands', role: 'tokyo', turn: 0 },
      { code: 'wrongTurn', role: 'facilitator', given: 1, turn: 0 }, { code: 'neverADecision', role: 'beijing', decision: 'intervene' },
      { code: 'closedNow', role: 'tokyo', decision: 'orderDefenceOperation', turn: 2 }, { code: 'missingCommands', roles: ['taipei', 'tokyo'], turn: 0 },
      { code: 'reasonNeeded' }, { code: 'tooManyFacilitatorActions', max: 50 }, { code: 'noSuchInject', inject: 'x' }, { code: 'headlineNeeded' },
      { code: 'notAnIndicator', name: 'x' }, { code: 'notAForce', name: 'x' }, { code: 'notAFlag', name: 'x' }, { code: 'notAParameter', path: 'x.y' },
      { code: 'recomputedEachTurn', indicator: 'shippingPct' }, { code: 'outOfRange', name: 'shipping.noise', value: 5, min: 0, max: 1 },
    ];
    for (const r of samples) {
      const text = refusalText(r);
      expect(text, r.code).not.toMatch(/refusal\.|[a-z][A-Z]\w*\b(?!")/);
    }
    expect(refusalText({ code: 'closedNow', role: 'tokyo', decision: 'orderDefenceOperation', turn: 2 }))
      .toBe('Tokyo cannot take "Order a defence operation" in turn 3: the rules do not allow it in this situation.');
    expect(refusalText({ code: 'missingCommands', roles: ['taipei', 'tokyo'], turn: 0 })).toBe('Turn 1 has no command for Taipei and Tokyo.');
  });
});

describe('the catalog', () => {
  it('holds only well-formed messages', () => {
    expect(catalogKeys('en').length).toBeGreaterThan(300);
    expect(malformed('en')).toEqual([]);
  });

  it('says plurals by the rules of the language', () => {
    expect(t('unit.days', { n: 1 })).toBe('1 day');
    expect(t('unit.days', { n: 3.5 })).toBe('3.5 days');
    expect(t('unit.turns', { n: 1 })).toBe('1 turn');
    expect(t('event.casualtyCount', { n: 1200 })).toBe('1,200 casualties');
  });
});

/** Keys that appear twice in the same object of a JSON text (JSON.parse keeps the last, silently). */
function duplicateKeys(text: string): string[] {
  const dups: string[] = [];
  const stack: { keys: Set<string>; path: string }[] = [];
  let pendingKey: string | null = null;
  // A small scanner: strings, braces and brackets; arrays push a frame whose keys are never checked.
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const str = JSON.parse(text.slice(i, j + 1)) as string;
      let k = j + 1;
      while (/\s/.test(text[k] ?? '')) k++;
      const top = stack[stack.length - 1];
      if (text[k] === ':' && top) {
        if (top.keys.has(str)) dups.push(`${top.path}${str}`);
        top.keys.add(str);
        pendingKey = str;
      }
      i = j;
    } else if (c === '{' || c === '[') {
      const parent = stack[stack.length - 1];
      stack.push({ keys: new Set(), path: `${parent?.path ?? ''}${pendingKey ?? ''}${pendingKey ? '.' : ''}` });
      pendingKey = null;
    } else if (c === '}' || c === ']') {
      stack.pop();
      pendingKey = null;
    }
  }
  return dups;
}

describe('the words files', () => {
  it('have no key twice in one object (JSON.parse would keep the last silently)', () => {
    expect(duplicateKeys('{"a": {"b": 1, "c": [{"b": 2}], "b": 3}}')).toEqual(['a.b']);
    for (const file of ['scenarios/words/en.json']) expect(duplicateKeys(readFileSync(file, 'utf8')), file).toEqual([]);
  });
});
