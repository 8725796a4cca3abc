import { quoted } from '../engine/printable.ts';
import type { Scenario } from '../engine/scenario.ts';
import blockade from './blockade.json';
import defaultsJson from './defaults.json';
import invasion from './invasion.json';
import optionsJson from './options.json';
import quarantine from './quarantine.json';
import southwestIslands from './southwest-islands.json';
import theatreJson from './theatre.json';
import { parseDefaultsFile, parseScenarioFile, type Parsed } from './parseScenarioFile.ts';
import { resolveScenario } from './resolveScenario.ts';
import { formatScenarioError } from './scenarioError.ts';
import { optionsFileSchema, theatreFileSchema, type DefaultsFile, type OptionsFile, type ScenarioFile, type TheatreFile } from './schema.ts';

/** The scenario files shipped with Kuroshio, in the order a class would meet them. */
const SHIPPED: [string, unknown][] = [
  ['quarantine', quarantine],
  ['blockade', blockade],
  ['invasion', invasion],
  ['southwest-islands', southwestIslands],
];

function checked<T>(parsed: Parsed<T>): T {
  // A shipped file that fails its own schema is a bug in the repository, caught by the tests.
  if (!parsed.ok) throw new Error(parsed.errors.map(formatScenarioError).join('\n'));
  return parsed.value;
}

function strict<T>(schema: { safeParse(d: unknown): { success: true; data: T } | { success: false; error: { message: string } } }, data: unknown, file: string): T {
  const r = schema.safeParse(data);
  if (!r.success) throw new Error(`${file}: ${r.error.message}`);
  return r.data;
}

interface Shipped {
  defaults: DefaultsFile;
  options: OptionsFile;
  theatre: TheatreFile;
  files: ScenarioFile[];
}

let cache: Shipped | undefined;
function shipped(): Shipped {
  cache ??= {
    defaults: checked(parseDefaultsFile(defaultsJson, 'scenarios/defaults.json')),
    options: strict(optionsFileSchema, optionsJson, 'scenarios/options.json'),
    theatre: strict(theatreFileSchema, theatreJson, 'scenarios/theatre.json'),
    files: SHIPPED.map(([id, json]) => checked(parseScenarioFile(json, `scenarios/${id}.json`))),
  };
  return cache;
}

export const defaults = (): DefaultsFile => shipped().defaults;
export const scenarioFiles = (): ScenarioFile[] => shipped().files;
export const scenarioFile = (id: string): ScenarioFile | undefined => scenarioFiles().find((f) => f.id === id);
/** What each decision is, when it opens, and its legal basis. */
export const options = (): OptionsFile['options'] => shipped().options.options;
export const theatre = (): TheatreFile => shipped().theatre;

/** A shipped scenario with a variant applied (the first variant if none is named), or why not. */
export function loadScenario(id: string, variant?: string): Scenario | string {
  const file = scenarioFile(id);
  if (!file) return `unknown scenario ${quoted(id, 40)}; the scenarios are: ${scenarioFiles().map((f) => f.id).join(', ')}`;
  return resolveScenario(defaults(), file, variant);
}
