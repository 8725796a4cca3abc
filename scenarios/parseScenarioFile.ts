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

/** Start tracks must name real regions and states of the decision machines. */
function trackErrors(file: string, tracks: Partial<Record<Role, Record<string, string>>>, at: string): ScenarioError[] {
  const errors: ScenarioError[] = [];
  for (const [role, regions] of Object.entries(tracks) as [Role, Record<string, string>][]) {
    const machine = MACHINES[role].root;
    for (const [region, state] of Object.entries(regions)) {
      const node = machine.states[region];
      if (!node) {
        errors.push({ file, path: `${at}.${role}.${region}`, expected: `a region of ${role}'s machine (${Object.keys(machine.states).join(', ')})`, found: preview(region) });
      } else if (!node.states[state]) {
        errors.push({ file, path: `${at}.${role}.${region}`, expected: `a state of ${region} (${Object.keys(node.states).join(', ')})`, found: preview(state) });
      }
    }
  }
  return errors;
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
  const result = scenarioFileSchema.safeParse(data, { reportInput: true });
  if (!result.success) return { ok: false, errors: issuesToErrors(file, result.error.issues, data) };
  const s = result.data;
  const errors = [
    ...trackErrors(file, s.start.tracks, 'start.tracks'),
    ...s.variants.flatMap((v, i) => (v.overrides.start?.tracks ? trackErrors(file, v.overrides.start.tracks, `variants.${i}.overrides.start.tracks`) : [])),
    ...duplicates(file, s.injects.map((x) => x.id), 'injects'),
    ...duplicates(file, s.variants.map((x) => x.id), 'variants'),
  ];
  return errors.length ? { ok: false, errors } : { ok: true, value: s };
}

export function parseDefaultsFile(data: unknown, file: string): Parsed<DefaultsFile> {
  const result = defaultsFileSchema.safeParse(data, { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: issuesToErrors(file, result.error.issues, data) };
}

/** Parse JSON text, reporting a syntax error with its position as a scenario error. */
export function parseJsonText(textIn: string, file: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(textIn) };
  } catch (e) {
    return { ok: false, errors: [{ file, path: '', expected: 'valid JSON', found: (e as Error).message }] };
  }
}
