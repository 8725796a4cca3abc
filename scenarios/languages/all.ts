// Every language at once, for Node (the command line and the tests): imported for its effect, it installs
// each pack, so `--lang ja` and `t(key, {}, 'zh-TW')` work at once. The browser loads packs one by one (./load.ts).
import type { Lang } from '../words/words.ts';
import { pack as ja } from './ja.ts';
import { installPack, type LanguagePack } from './pack.ts';
import { pack as zhTW } from './zh-TW.ts';

/** Adding a language to LANGUAGES without its pack here is a type error. */
const PACKS: Record<Exclude<Lang, 'en'>, LanguagePack> = { ja, 'zh-TW': zhTW };
for (const p of Object.values(PACKS)) installPack(p);
