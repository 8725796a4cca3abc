// The browser's way to a language: its pack is a chunk of its own, fetched when a reader first needs it
// (an English reader never does). The service worker precaches every chunk, so a language switched to
// offline loads as well.
import { catalogLoaded, type Lang } from '../words/words.ts';
import { installPack, type LanguagePack } from './pack.ts';

/** Each pack's chunk. Adding a language to LANGUAGES without a line here is a type error. */
const PACKS: Record<Exclude<Lang, 'en'>, () => Promise<{ pack: LanguagePack }>> = {
  ja: () => import('./ja.ts'),
  'zh-TW': () => import('./zh-TW.ts'),
};

/** Load a language's pack (nothing to do for English, or for a pack already here); rejects if its chunk cannot be fetched. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'en' || catalogLoaded(lang)) return;
  installPack((await PACKS[lang]()).pack);
}
