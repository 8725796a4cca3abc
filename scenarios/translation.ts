// Scenario text in other languages: each shipped file's display strings, keyed by their dotted path in the
// English file (docs/translation.md §1.2). The English file stays the one the engine plays and hashes; a
// translation only replaces display strings, and a path it lacks shows the English. The tables come with
// their language's pack (scenarios/languages/).
import type { Lang } from './words/words.ts';

/** A translation: display strings by dotted path, and `$source`, the English file's version (or hash) it was made from. */
export type TranslationTable = Readonly<Record<string, string>>;

// Filled by the language packs (scenarios/languages/): a language's tables arrive with its words.
const TABLES: Record<string, Partial<Record<Lang, TranslationTable>>> = {};
let registered = 0;

/** Add a language's translations of the shipped files, by file (a scenario id, `defaults`, `theatre`). */
export function registerTranslations(lang: Lang, tables: Readonly<Record<string, TranslationTable>>): void {
  for (const [file, table] of Object.entries(tables)) (TABLES[file] ??= {})[lang] = table;
  registered++;
}
/** How many times translations were added: what was made from them before is out of date when this changes. */
export const translationsRegistered = (): number => registered;

/** The translation of a shipped file (a scenario id, `defaults` or `theatre`) into a language; none for English, or for a language not loaded. */
export const translationOf = (file: string, lang: Lang): TranslationTable | undefined => TABLES[file]?.[lang];

// What a person reads: strings under these keys, and the items of these lists. Everything else (ids, states,
// operators, seed file names) is code and stays as it is.
const TEXT_KEYS = new Set(['title', 'summary', 'decisionPoint', 'situation', 'headline', 'text', 'reason', 'name', 'source', 'description', 'brief', 'question']);
const TEXT_LISTS = new Set(['learningObjectives', 'debriefQuestions', 'objectives', 'constraints', 'redLines', 'authorities', 'studies']);
// A source that is only tags ("GN", "OA; WIKI-SENKAKU", "APPROX (domain-facts 5.2)") reads the same in every
// language (docs/translation.md §1.2), so translations leave it out.
const TAG = String.raw`[A-Z0-9][A-Z0-9&-]*(?:\s*\(domain-facts [\d.]+\))?`;
const ONLY_TAGS = new RegExp(String.raw`^${TAG}(?:\s*[;,]\s*${TAG})*$`);

/** Whether a string at this path (keys and indexes from the file's root) is display text a translation should cover. */
function isText(path: readonly (string | number)[], value: string): boolean {
  if (path[0] === '$comment') return false;
  if (path[0] === 'notes') return true;
  const keys = path.filter((p): p is string => typeof p === 'string');
  const last = keys[keys.length - 1]!;
  const listItem = typeof path[path.length - 1] === 'number';
  if (listItem ? !TEXT_LISTS.has(last) : !TEXT_KEYS.has(last)) return false;
  return !(last === 'source' && ONLY_TAGS.test(value.trim()));
}

/** Every display string of a file, by dotted path (notes keep their own dotted keys after `notes.`). */
export function textPaths(source: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, path: (string | number)[]) => {
    if (typeof node === 'string') {
      if (isText(path, node)) out.set(path.join('.'), node);
    } else if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, i]));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk(source, []);
  return out;
}

/** The file with its display strings in the translation's language, where it has them; code is never replaced. */
export function translated<T>(source: T, table: TranslationTable | undefined): T {
  if (!table) return source;
  const walk = (node: unknown, path: (string | number)[]): unknown => {
    if (typeof node === 'string') {
      const key = path.join('.');
      return Object.hasOwn(table, key) && isText(path, node) ? table[key] : node;
    }
    if (Array.isArray(node)) return node.map((v, i) => walk(v, [...path, i]));
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, [...path, k])]));
    return node;
  };
  return walk(source, []) as T;
}

/** What a translation lacks: the display strings it has no words for, and those it has for paths the English no longer has. */
export function untranslated(source: unknown, table: TranslationTable | undefined): { missing: string[]; unknown: string[] } {
  const paths = textPaths(source);
  const have = new Set(Object.keys(table ?? {}).filter((k) => k !== '$source'));
  return { missing: [...paths.keys()].filter((p) => !have.has(p)), unknown: [...have].filter((p) => !paths.has(p)) };
}
