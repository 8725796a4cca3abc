import type { z } from '../engine/zod.ts';
import { MACHINES } from '../engine/machines/index.ts';
import { ROLES, type Role } from '../engine/types.ts';
import { defaultsFileSchema, scenarioFileSchema, type DefaultsFile, type ScenarioFile } from './schema.ts';
import { printable, quoted } from '../engine/printable.ts';
import { MAX_JSON_DEPTH, readJson, tooDeep } from '../engine/readJson.ts';
import { preview, type ScenarioError } from './scenarioError.ts';
import { checkDefaultTeamRoles } from './teamRoles.ts';

function issuesToErrors(file: string, issues: z.core.$ZodIssue[], data: unknown): ScenarioError[] {
  return issues.map((issue) => {
    // Keys come from the file: shown visibly, like every value quoted from it.
    const path = printable(issue.path.map(String).join('.'), 120);
    const found = 'input' in issue ? preview(issue.input) : preview(valueAt(data, issue.path));
    let expected = printable(issue.message, 200);
    if (issue.code === 'unrecognized_keys') expected = `no key named ${issue.keys.slice(0, 5).map((k) => quoted(k, 40)).join(', ')}${issue.keys.length > 5 ? ` (and ${issue.keys.length - 5} more)` : ''} (unknown key)`;
    else if (issue.code === 'invalid_type') expected = `${issue.expected}`;
    else if (issue.code === 'invalid_key') expected = `a key of ${printable(issue.issues[0]?.message ?? 'the allowed form', 160)}`;
    else if (issue.code === 'invalid_union') expected = 'one of the allowed forms (see scenarios/scenario.schema.json)';
    return { file, path, expected, found: issue.code === 'unrecognized_keys' ? 'that key' : found };
  });
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) v = v && typeof v === 'object' && Object.hasOwn(v, k) ? (v as Record<PropertyKey, unknown>)[k] : undefined;
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
  const deep = depthError(file, data);
  if (deep) return deep;
  const result = scenarioFileSchema.safeParse(data, { reportInput: true });
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
    ...ROLES.flatMap((r) => s.roles[r].measures.flatMap((m, i) => [
      ...conditionErrors(file, m.met, `roles.${r}.measures.${i}.met`),
      ...(m.partly ? conditionErrors(file, m.partly, `roles.${r}.measures.${i}.partly`) : []),
    ])),
    ...duplicates(file, s.variants.map((x) => x.id), 'variants'),
  ];
  return errors.length ? { ok: false, errors } : { ok: true, value: s };
}

export function parseDefaultsFile(data: unknown, file: string): Parsed<DefaultsFile> {
  const deep = depthError(file, data);
  if (deep) return deep;
  const result = defaultsFileSchema.safeParse(data, { reportInput: true });
  if (!result.success) return { ok: false, errors: issuesToErrors(file, result.error.issues, data) };
  const d = result.data;
  const errors = [
    ...d.endConditions.flatMap((x, i) => conditionErrors(file, x.when, `endConditions.${i}.when`)),
    ...d.horizonOutcomes.flatMap((x, i) => conditionErrors(file, x.when, `horizonOutcomes.${i}.when`)),
    ...((r) => (r.ok ? [] : r.errors))(checkDefaultTeamRoles(d.teamRoles, file)),
  ];
  return errors.length ? { ok: false, errors } : { ok: true, value: d };
}

/** The schema recurses into conditions: a value nested deeper than any real file is refused before it does. */
function depthError(file: string, data: unknown): { ok: false; errors: ScenarioError[] } | null {
  const path = tooDeep(data);
  return path && { ok: false, errors: [{ file, path: printable(path.join('.'), 120), expected: `objects and arrays nested at most ${MAX_JSON_DEPTH} deep`, found: 'deeper nesting' }] };
}

/**
 * Parse a scenario file's text: one check of syntax, depth and repeated keys before anything
 * recurses (so the schema never meets a file nested thousands deep), then JSON.parse.
 */
export function parseJsonText(textIn: string, file: string): Parsed<unknown> {
  if (textIn.length > MAX_SCENARIO_BYTES) {
    return { ok: false, errors: [{ file, path: '', expected: `a scenario file of at most ${MAX_SCENARIO_BYTES / 1e6} MB`, found: `${(textIn.length / 1e6).toFixed(1)} MB` }] };
  }
  const json = readJson(textIn);
  if (json.ok) return { ok: true, value: json.value };
  const p = json.error;
  return { ok: false, errors: [{ file, path: `line ${p.line}, column ${p.column}`, expected: p.syntax ? `${p.expected} (the file is not valid JSON)` : p.expected, found: p.found }] };
}

/** The largest scenario file read: the shipped ones are about 30 kB. */
export const MAX_SCENARIO_BYTES = 2_000_000;
