// The zh-TW language pack: the catalog of words and the translations of the shipped files, one chunk of the
// browser's build that only a reader of zh-TW loads (./load.ts); Node installs every pack at once (./all.ts).
import catalog from '../words/zh-TW.json';
import blockade from '../translations/blockade.zh-TW.json';
import defaults from '../translations/defaults.zh-TW.json';
import invasion from '../translations/invasion.zh-TW.json';
import quarantine from '../translations/quarantine.zh-TW.json';
import southwestIslands from '../translations/southwest-islands.zh-TW.json';
import theatre from '../translations/theatre.zh-TW.json';
import type { LanguagePack } from './pack.ts';

export const pack: LanguagePack = {
  lang: 'zh-TW',
  catalog,
  tables: { blockade, defaults, invasion, quarantine, 'southwest-islands': southwestIslands, theatre },
};
