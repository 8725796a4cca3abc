import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../scenarios/parseScenarioFile.ts';
import { scenarioFiles, loadScenario } from '../../scenarios/catalog.ts';
import blockade from '../../scenarios/blockade.json';
import defaultsJson from '../../scenarios/defaults.json';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('scenario loader', () => {
  it('accepts every shipped scenario and resolves each of its variants', () => {
    for (const f of scenarioFiles()) {
      for (const v of f.variants) expect(typeof loadScenario(f.id, v.id), `${f.id}/${v.id}`).toBe('object');
    }
  });

  it('names an unknown scenario or variant and lists the ones that exist', () => {
    expect(loadScenario('nope')).toMatch(/unknown scenario "nope".*blockade/);
    expect(loadScenario('blockade', 'nope')).toMatch(/no variant "nope".*base/);
  });

  it('lists every error at once, each with file, path, expected and found', () => {
    const bad = clone(blockade) as Record<string, any>;
    bad.turnDays = 'seven';
    delete bad.title;
    bad.params = { shipping: { noise: 5, typo: 1 } };
    bad.injects[0].headline = '<script>alert(1)</script>';
    bad.start.indicators.lngDays = 1e300;
    const r = parseScenarioFile(bad, 'hostile.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['turnDays', 'title', 'params.shipping.noise', 'params.shipping', 'injects.0.headline', 'start.indicators.lngDays']));
    for (const e of r.errors) {
      expect(e.file).toBe('hostile.json');
      expect(e.expected.length).toBeGreaterThan(0);
      expect(e.found.length).toBeGreaterThan(0);
    }
    expect(r.errors.find((e) => e.path === 'injects.0.headline')?.expected).toMatch(/plain text/);
  });

  it('rejects start states that are not states of the decision machines', () => {
    const bad = clone(blockade) as Record<string, any>;
    bad.start.tracks = { beijing: { coercion: 'invasionOfMars' }, tokyo: { nonsense: 'x' } };
    const r = parseScenarioFile(bad, 'b.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path).sort()).toEqual(['start.tracks.beijing.coercion', 'start.tracks.tokyo.nonsense']);
  });

  it('never throws on input that is not an object at all', () => {
    for (const junk of [null, 42, 'text', [], { id: {} }]) {
      const r = parseScenarioFile(junk, 'junk.json');
      expect(r.ok).toBe(false);
    }
  });

  it('gives every number in the defaults and the scenario files a source note', () => {
    const missing: string[] = [];
    const walk = (v: unknown, path: string, notes: Record<string, string>, file: string) => {
      if (typeof v === 'number' && !notes[path]) missing.push(`${file}: ${path}`);
      else if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k, notes, file);
    };
    // Shares of normal shipping at rungs with no interdiction are 1 by definition; everything else needs a note.
    const defaults = defaultsJson as { params: unknown; notes: Record<string, string> };
    walk(defaults.params, '', { ...defaults.notes, 'shipping.throughputByCoercion.peacetimePressure': 'd', 'shipping.throughputByCoercion.grayZone': 'd', 'shipping.throughputByCoercion.negotiatedSettlement': 'd' }, 'defaults.json');
    for (const f of scenarioFiles()) {
      walk(f.start.indicators, 'start.indicators', f.notes, f.id);
      walk(f.params, 'params', f.notes, f.id);
    }
    expect(missing).toEqual([]);
  });
});

describe('scenario loader against hostile files', () => {
  it('names a condition whose region or state the machines do not have, instead of failing mid-game', () => {
    const bad = clone(blockade) as Record<string, any>;
    bad.injects[0].when = { all: [{ track: 'beijing', region: 'coersion', in: ['blockade'] }, { track: 'tokyo', region: 'determination', in: ['emergency'] }] };
    const r = parseScenarioFile(bad, 'c.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path).sort()).toEqual(['injects.0.when.all.0.region', 'injects.0.when.all.1.in.0']);
  });

  it('treats inherited names such as "constructor" or "toString" as the unknown names they are', () => {
    const bad = clone(blockade) as Record<string, any>;
    bad.start.tracks = { beijing: { constructor: 'x', coercion: 'toString' } };
    const r = parseScenarioFile(bad, 'p.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path).sort()).toEqual(['start.tracks.beijing.coercion', 'start.tracks.beijing.constructor']);
  });

  it('reports conditions nested too deep to read, without throwing', () => {
    const bad = clone(blockade) as Record<string, any>;
    let c: unknown = { flag: 'japanAttacked' };
    for (let i = 0; i < 5000; i++) c = { not: c };
    bad.injects[0].when = c;
    const r = parseScenarioFile(bad, 'deep.json');
    expect(r.ok).toBe(false);
  });

  it('requires at least one horizon outcome when a scenario lists its own', () => {
    const bad = clone(blockade) as Record<string, any>;
    bad.horizonOutcomes = [];
    expect(parseScenarioFile(bad, 'h.json').ok).toBe(false);
  });

  it("requires one measure for each of a role's objectives, naming real tracks, outcomes and sides", () => {
    const missing = clone(blockade) as Record<string, any>;
    missing.roles.tokyo.measures.pop();
    const r1 = parseScenarioFile(missing, 'm.json');
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.errors.map((e) => [e.path, e.expected])).toEqual([['roles.tokyo.measures', 'one measure for each objective, in the same order']]);
    const wrong = clone(blockade) as Record<string, any>;
    wrong.roles.beijing.measures[0].met = { track: 'tokyo', region: 'evacuation', in: ['finished'] };
    wrong.roles.beijing.measures[1].partly = { outcome: ['victory'] };
    wrong.roles.beijing.measures[2].met = { losses: 'casualties', side: 'korea', op: '<', value: 1 };
    const r2 = parseScenarioFile(wrong, 'w.json');
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.errors.map((e) => e.path).sort()).toEqual(['roles.beijing.measures.1.partly', 'roles.beijing.measures.2.met']);
    // The schema lets a track's state through as text; the machines' names are checked after it, as for any condition.
    const states = clone(blockade) as Record<string, any>;
    states.roles.beijing.measures[0].met = { track: 'tokyo', region: 'evacuation', in: ['finished'] };
    const r3 = parseScenarioFile(states, 's.json');
    expect(r3.ok).toBe(false);
    if (!r3.ok) expect(r3.errors.map((e) => e.path)).toEqual(['roles.beijing.measures.0.met.in.0']);
  });
});
