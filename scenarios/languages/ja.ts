// The ja language pack: the catalog of words and the translations of the shipped files, one chunk of the
// browser's build that only a reader of ja loads (./load.ts); Node installs every pack at once (./all.ts).
import catalog from '../words/ja.json';
import blockade from '../translations/blockade.ja.json';
import defaults from '../translations/defaults.ja.json';
import invasion from '../translations/invasion.ja.json';
import quarantine from '../translations/quarantine.ja.json';
import southwestIslands from '../translations/southwest-islands.ja.json';
import theatre from '../translations/theatre.ja.json';
import type { LanguagePack } from './pack.ts';

export const pack: LanguagePack = {
  lang: 'ja',
  catalog,
  tables: { blockade, defaults, invasion, quarantine, 'southwest-islands': southwestIslands, theatre },
};
