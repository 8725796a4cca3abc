import type { Scenario } from '../engine/scenario.ts';
import blockade from './blockade.json';
import defaultsJson from './defaults.json';
import { parseDefaultsFile, parseScenarioFile } from './parseScenarioFile.ts';
import { resolveScenario } from './resolveScenario.ts';
import { formatScenarioError } from './scenarioError.ts';
import type { DefaultsFile, ScenarioFile } from './schema.ts';

/** The scenario files shipped with Kuroshio, by id. */
const SHIPPED: Record<string, unknown> = { blockade };

function checked<T>(parsed: { ok: true; value: T } | { ok: false; errors: Parameters<typeof formatScenarioError>[0][] }): T {
  // A shipped file that fails its own schema is a bug in the repository, caught by the tests.
  if (!parsed.ok) throw new Error(parsed.errors.map(formatScenarioError).join('\n'));
  return parsed.value;
}

let cache: { defaults: DefaultsFile; files: ScenarioFile[] } | undefined;
function shipped() {
  cache ??= {
    defaults: checked(parseDefaultsFile(defaultsJson, 'scenarios/defaults.json')),
    files: Object.entries(SHIPPED).map(([id, json]) => checked(parseScenarioFile(json, `scenarios/${id}.json`))),
  };
  return cache;
}

export function defaults(): DefaultsFile {
  return shipped().defaults;
}

export function scenarioFiles(): ScenarioFile[] {
  return shipped().files;
}

/** A shipped scenario with a variant applied (the first variant if none is named), or why not. */
export function loadScenario(id: string, variant?: string): Scenario | string {
  const file = scenarioFiles().find((f) => f.id === id);
  if (!file) return `unknown scenario "${id}"; the scenarios are: ${scenarioFiles().map((f) => f.id).join(', ')}`;
  return resolveScenario(defaults(), file, variant);
}
