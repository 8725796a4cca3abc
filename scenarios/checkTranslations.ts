import { parseJsonText, parseScenarioFile } from './parseScenarioFile.ts';
import { formatScenarioError } from './scenarioError.ts';
import type { ScenarioFile } from './schema.ts';
import { textPaths, translated, untranslated, type TranslationTable } from './translation.ts';
import { LANGUAGES, t, type Lang } from './words/words.ts';
import { printable } from '../engine/printable.ts';

/**
 * Where an author's translations of `<name>.json` are looked for, in each language but English: beside
 * it as `<name>.<lang>.json`, or in a `translations` folder beside it as `translations/<name>.<lang>.json`
 * (the layout of the shipped files: scenarios/blockade.json, scenarios/translations/blockade.ja.json).
 * Paths are joined with `/`, which Node reads on every system.
 */
export function translationPlaces(file: string): Record<Exclude<Lang, 'en'>, string[]> {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  const dir = slash < 0 ? '' : file.slice(0, slash + 1);
  const stem = file.slice(slash + 1).replace(/\.json$/i, '');
  return Object.fromEntries(LANGUAGES.filter((l) => l !== 'en').map((l) => [l, [`${dir}${stem}.${l}.json`, `${dir}translations/${stem}.${l}.json`]])) as Record<Exclude<Lang, 'en'>, string[]>;
}

/** A translation file found for a language: how messages name it, and its text. */
export interface FoundTranslation {
  file: string;
  text: string;
}

export interface TranslationCheck {
  /** Errors, one line each: a language with no translation, a display string it lacks, one it has that the English has not, a string the schema refuses. */
  problems: string[];
  /** Worth a look, not an error: a translation made from another version of the English file. */
  warnings: string[];
  /** The languages whose translation covers every display string (English always). */
  complete: Lang[];
}

/**
 * Check an author's translations of a valid scenario file (`source`, as `file` names it): in every
 * language Kuroshio has, every display string of the English file (docs/translation.md §1.2) has its
 * words, no path names something the English file does not have, and the file with the translation laid
 * over it still passes the schema (its length limits, plain text). What a translation lacks the app and
 * the packets show in English meanwhile (scenarios/translation.ts), so a gap is an error here, not a crash there.
 * `found` holds the translation files that exist, by language; `expected` names where one was looked for.
 */
export function checkTranslations(source: ScenarioFile, file: string, found: Partial<Record<Lang, FoundTranslation[]>>, expected: Partial<Record<Lang, string[]>>): TranslationCheck {
  const problems: string[] = [];
  const warnings: string[] = [];
  const complete: Lang[] = ['en'];
  const strings = textPaths(source).size;
  for (const lang of LANGUAGES) {
    if (lang === 'en') continue;
    const files = found[lang] ?? [];
    if (files.length === 0) {
      problems.push(t('cli.check.noTranslation', { file, lang, places: (expected[lang] ?? []).join(t('cli.check.or')), count: strings }));
      continue;
    }
    if (files.length > 1) {
      problems.push(t('cli.check.twoTranslations', { file, lang, files: files.map((f) => f.file).join(t('cli.check.or')) }));
      continue;
    }
    const { file: tfile, text } = files[0]!;
    const table = readTable(text, tfile, lang, problems);
    if (!table) continue;
    const gaps = untranslated(source, table);
    for (const path of gaps.missing) problems.push(t('cli.check.missingTranslation', { file, lang, path, translation: tfile }));
    for (const path of gaps.unknown) problems.push(t('cli.check.unknownTranslation', { file: tfile, lang, path: printable(path, 120), source: file }));
    const laid = parseScenarioFile(translated(source, table), tfile);
    if (!laid.ok) problems.push(...laid.errors.map(formatScenarioError));
    const made = table.$source;
    if (made === undefined) warnings.push(t('cli.check.noSourceVersion', { file: tfile, version: source.version }));
    else if (made !== source.version) warnings.push(t('cli.check.staleTranslation', { file: tfile, made: printable(made, 40), version: source.version, source: file }));
    if (!gaps.missing.length && !gaps.unknown.length && laid.ok) complete.push(lang);
  }
  return { problems, warnings, complete };
}

/** A translation file's table of display strings by path, or null with the problem said. */
function readTable(text: string, file: string, lang: Lang, problems: string[]): TranslationTable | null {
  const json = parseJsonText(text, file);
  if (!json.ok) {
    problems.push(...json.errors.map(formatScenarioError));
    return null;
  }
  const data = json.value;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push(t('cli.check.translationNotTable', { file, lang }));
    return null;
  }
  const table: Record<string, string> = {};
  let ok = true;
  for (const [path, words] of Object.entries(data)) {
    if (typeof words === 'string') table[path] = words;
    else {
      problems.push(t('cli.check.translationNotText', { file, lang, path: printable(path, 120) }));
      ok = false;
    }
  }
  return ok ? table : null;
}
