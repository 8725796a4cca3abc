import { registerTranslations, type TranslationTable } from '../translation.ts';
import { registerCatalog, type Lang } from '../words/words.ts';

/** A language other than English: its catalog of words (scenarios/words/<lang>.json) and its translations of the shipped files, by file. */
export interface LanguagePack {
  lang: Exclude<Lang, 'en'>;
  catalog: unknown;
  tables: Readonly<Record<string, TranslationTable>>;
}

/** From now on, say things in the pack's language when asked to (words.ts, translation.ts and the catalog read it). */
export function installPack(pack: LanguagePack): void {
  registerCatalog(pack.lang, pack.catalog);
  registerTranslations(pack.lang, pack.tables);
}
