// The lines of the map's hover cards that name a side, a kind or a source: from the words module,
// the source as its title rather than its tag.
import { t } from '../../scenarios/words/words.ts';
import { citationText } from '../app/citation.ts';
import type { SideName } from './palette.ts';

export const sideWords = (side: SideName): string => t(`ui.mapSide.${side}`);
export const sideLine = (side: SideName): string => t('ui.map.side', { side: sideWords(side) });
export const kindLine = (kind: string): string => t('ui.map.kind', { kind });
export const sourceLine = (source: string): string => t('ui.map.source', { source: citationText(source) });
