import { DECISIONS, HOLD, ROLES, type Role, type Scenario } from '../engine/index.ts';
import { decisionWords, language, type DecisionWords, type Lang } from './words/words.ts';
import { translated, translationOf, translationsRegistered } from './translation.ts';
import { quoted } from '../engine/printable.ts';
import blockade from './blockade.json';
import defaultsJson from './defaults.json';
import invasion from './invasion.json';
import optionsJson from './options.json';
import sourcesJson from './sources.json';
import quarantine from './quarantine.json';
import southwestIslands from './southwest-islands.json';
import theatreJson from './theatre.json';
import { parseDefaultsFile, parseScenarioFile, type Parsed } from './parseScenarioFile.ts';
import { resolveScenario } from './resolveScenario.ts';
import { resolveTeamRoles } from './teamRoles.ts';
import { formatScenarioError } from './scenarioError.ts';
import { optionsFileSchema, sourcesFileSchema, theatreFileSchema, type DefaultsFile, type OptionsFile, type ScenarioFile, type TheatreFile } from './schema.ts';

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
  if (cache) return cache;
  const defaults = checked(parseDefaultsFile(defaultsJson, 'scenarios/defaults.json'));
  const files = SHIPPED.map(([id, json]) => {
    const file = checked(parseScenarioFile(json, `scenarios/${id}.json`));
    // Each file's roles within the teams, with the defaults' under them, hold together.
    checked(resolveTeamRoles(defaults.teamRoles, file.teamRoles, `scenarios/${id}.json`));
    return file;
  });
  cache = {
    defaults,
    options: strict(optionsFileSchema, optionsJson, 'scenarios/options.json'),
    theatre: strict(theatreFileSchema, theatreJson, 'scenarios/theatre.json'),
    files,
  };
  return cache;
}

/** The shipped files with their display strings in a language (English: as shipped), made once per language. */
const inLanguage = new Map<Lang, Shipped & { made: number }>();
function shippedIn(lang: Lang): Shipped {
  const english = shipped();
  if (lang === 'en') return english;
  let s = inLanguage.get(lang);
  // Made again once the language's pack has come (it may be loaded after a first look).
  if (!s || s.made !== translationsRegistered()) {
    s = {
      made: translationsRegistered(),
      defaults: translated(english.defaults, translationOf('defaults', lang)),
      options: english.options,
      theatre: translated(english.theatre, translationOf('theatre', lang)),
      files: english.files.map((f) => translated(f, translationOf(f.id, lang))),
    };
    inLanguage.set(lang, s);
  }
  return s;
}

// Display strings in the current language; the English files are what the engine plays and hashes (loadScenario).
export const defaults = (lang: Lang = language()): DefaultsFile => shippedIn(lang).defaults;
export const scenarioFiles = (lang: Lang = language()): ScenarioFile[] => shippedIn(lang).files;
export const scenarioFile = (id: string, lang: Lang = language()): ScenarioFile | undefined => scenarioFiles(lang).find((f) => f.id === id);
export interface OptionText extends DecisionWords {
  sources: string[];
}

/** What each decision is, when it opens, its legal basis (in the current language) and its sources. */
export function options(): Record<Role, Record<string, OptionText>> {
  const sources = shipped().options.sources;
  return Object.fromEntries(ROLES.map((role) => [role, Object.fromEntries([HOLD, ...DECISIONS[role]].map((d) => [d, { ...decisionWords(role, d), sources: sources[role][d] ?? [] }]))])) as Record<Role, Record<string, OptionText>>;
}
export const theatre = (lang: Lang = language()): TheatreFile => shippedIn(lang).theatre;

export interface Citation {
  tag: string;
  /** What follows the tag in the citing text, e.g. "(USCC 2025, §2.5)". */
  note: string;
  title: string;
  publisher: string;
  date?: string;
  url?: string;
  grade: string;
}

const SOURCES = strict(sourcesFileSchema, sourcesJson, 'scenarios/sources.json').sources;

/** A cited source ("TAG" or "TAG (note)") resolved to its title and address; null if the tag is not a known source. */
export function citationOf(text: string): Citation | null {
  const m = /^([A-Z0-9][A-Z0-9&]*(?:-[A-Z0-9&]+)*)(.*)$/s.exec(text.trim());
  const entry = m && Object.hasOwn(SOURCES, m[1]!) ? SOURCES[m[1]!] : undefined;
  return entry ? { tag: m![1]!, note: m![2]!.trim(), ...entry } : null;
}

/** A shipped scenario with a variant applied (the first variant if none is named), or why not. */
export function loadScenario(id: string, variant?: string, lang: Lang = language()): Scenario | string {
  const file = scenarioFile(id, 'en');
  if (!file) return `unknown scenario ${quoted(id, 40)}; the scenarios are: ${scenarioFiles('en').map((f) => f.id).join(', ')}`;
  const english = resolveScenario(defaults('en'), file, variant);
  if (typeof english === 'string' || lang === 'en') return english;
  // The same rules and the same content hash (replays made in any language verify in any other), in the language's words.
  const words = resolveScenario(defaults(lang), scenarioFile(id, lang)!, variant);
  return typeof words === 'string' ? english : { ...words, contentHash: english.contentHash };
}
