import type { z } from '../engine/zod.ts';
import { MACHINES } from '../engine/machines/index.ts';
import type { Role } from '../engine/types.ts';
import { defaultsFileSchema, scenarioFileSchema, type DefaultsFile, type ScenarioFile } from './schema.ts';
import { preview, type ScenarioError } from './scenarioError.ts';

function issuesToErrors(file: string, issues: z.core.$ZodIssue[], data: unknown): ScenarioError[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const found = 'input' in issue ? preview(issue.input) : preview(valueAt(data, issue.path));
    let expected = issue.message;
    if (issue.code === 'unrecognized_keys') expected = `no key named ${issue.keys.map((k) => `"${k}"`).join(', ')} (unknown key)`;
    else if (issue.code === 'invalid_type') expected = `${issue.expected}`;
    else if (issue.code === 'invalid_union') expected = 'one of the allowed forms (see scenarios/scenario.schema.json)';
    return { file, path, expected, found: issue.code === 'unrecognized_keys' ? 'that key' : found };
  });
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** The states of a machine region, or undefined if the role's machine has no such region (own keys only). */
function statesOf(role: Role, region: string): string[] | undefined {
  const regions = MACHINES[role].root.states;
  if (!Object.hasOwn(regions, region)) return undefined;
  return Object.keys(regions[region]!.states);
}

function regionError(file: string, path: string, role: Role, region: string): ScenarioError {
  return { file, path, expected: `a region of ${role}'s machine (${Object.keys(MACHINES[role].root.states).join(', ')})`, found: preview(region) };
}

/** Start tracks must name real regions and states of the decision machines. */
function trackErrors(file: string, tracks: Partial<Record<Role, Record<string, string>>>, at: string): ScenarioError[] {
  const errors: ScenarioError[] = [];
  for (const [role, regions] of Object.entries(tracks) as [Role, Record<string, string>][]) {
    for (const [region, state] of Object.entries(regions)) {
      const states = statesOf(role, region);
      if (!states) errors.push(regionError(file, `${at}.${role}.${region}`, role, region));
      else if (!states.includes(state)) {
        errors.push({ file, path: `${at}.${role}.${region}`, expected: `a state of ${region} (${states.join(', ')})`, found: preview(state) });
      }
    }
  }
  return errors;
}

type AnyCondition = { all?: AnyCondition[]; any?: AnyCondition[]; not?: AnyCondition; track?: string; region?: string; in?: string[] };

/** Conditions (injects, end conditions, zones) must name real regions and states too. */
function conditionErrors(file: string, when: unknown, at: string): ScenarioError[] {
  const c = when as AnyCondition;
  if (c.all) return c.all.flatMap((x, i) => conditionErrors(file, x, `${at}.all.${i}`));
  if (c.any) return c.any.flatMap((x, i) => conditionErrors(file, x, `${at}.any.${i}`));
  if (c.not) return conditionErrors(file, c.not, `${at}.not`);
  if (c.track === undefined || c.region === undefined || !c.in) return [];
  const role = c.track as Role; // the schema has already checked it is a role
  const states = statesOf(role, c.region);
  if (!states) return [regionError(file, `${at}.region`, role, c.region)];
  return c.in.flatMap((state, i) => states.includes(state) ? [] : [{ file, path: `${at}.in.${i}`, expected: `a state of ${c.region} (${states.join(', ')})`, found: preview(state) }]);
}

function duplicates(file: string, ids: string[], at: string): ScenarioError[] {
  const seen = new Set<string>();
  return ids.flatMap((id, i) => {
    if (seen.has(id)) return [{ file, path: `${at}.${i}.id`, expected: 'an id not used before in this list', found: preview(id) }];
    seen.add(id);
    return [];
  });
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: ScenarioError[] };

/** Validate a scenario file's parsed JSON; every error at once, never a throw. */
export function parseScenarioFile(data: unknown, file: string): Parsed<ScenarioFile> {
  const result = safely(file, () => scenarioFileSchema.safeParse(data, { reportInput: true }));
  if ('errors' in result) return result;
  if (!result.success) return { ok: false, errors: issuesToErrors(file, result.error.issues, data) };
  const s = result.data;
  const errors = [
    ...trackErrors(file, s.start.tracks, 'start.tracks'),
    ...s.variants.flatMap((v, i) => (v.overrides.start?.tracks ? trackErrors(file, v.overrides.start.tracks, `variants.${i}.overrides.start.tracks`) : [])),
    ...duplicates(file, s.injects.map((x) => x.id), 'injects'),
    ...s.injects.flatMap((x, i) => conditionErrors(file, x.when, `injects.${i}.when`)),
    ...(s.endConditions ?? []).flatMap((x, i) => conditionErrors(file, x.when, `endConditions.${i}.when`)),
    ...(s.horizonOutcomes ?? []).flatMap((x, i) => conditionErrors(file, x.when, `horizonOutcomes.${i}.when`)),
    ...s.map.zones.flatMap((x, i) => conditionErrors(file, x.activeWhen, `map.zones.${i}.activeWhen`)),
    ...duplicates(file, s.variants.map((x) => x.id), 'variants'),
  ];
  return errors.length ? { ok: false, errors } : { ok: true, value: s };
}

export function parseDefaultsFile(data: unknown, file: string): Parsed<DefaultsFile> {
  const result = safely(file, () => defaultsFileSchema.safeParse(data, { reportInput: true }));
  if ('errors' in result) return result;
  if (!result.success) return { ok: false, errors: issuesToErrors(file, result.error.issues, data) };
  const d = result.data;
  const errors = [
    ...d.endConditions.flatMap((x, i) => conditionErrors(file, x.when, `endConditions.${i}.when`)),
    ...d.horizonOutcomes.flatMap((x, i) => conditionErrors(file, x.when, `horizonOutcomes.${i}.when`)),
  ];
  return errors.length ? { ok: false, errors } : { ok: true, value: d };
}

/** Validation of hostile input must not throw: a condition nested thousands deep overflows the stack. */
function safely<T>(file: string, run: () => T): T | { ok: false; errors: ScenarioError[] } {
  try {
    return run();
  } catch (e) {
    if (e instanceof RangeError) return { ok: false, errors: [{ file, path: '', expected: 'conditions nested at most a few hundred deep', found: 'nesting too deep to read' }] };
    throw e;
  }
}

/** Parse JSON text, reporting a syntax error with its position as a scenario error. */
export function parseJsonText(textIn: string, file: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(textIn) };
  } catch (e) {
    return { ok: false, errors: [{ file, path: '', expected: 'valid JSON', found: (e as Error).message }] };
  }
}
