import { OUTCOMES } from '../../../engine/index.ts';
import { defaults } from '../../../scenarios/catalog.ts';
import { endingTitle } from '../../../scenarios/words/words.ts';

/** Any heading the end screen shows for an ending, from the app's own words. */
const titles = [...defaults().endConditions, ...defaults().horizonOutcomes].map((c) => endingTitle(c.outcome, c.id));
export const OUTCOME_HEADINGS = new RegExp([...new Set([...titles, ...OUTCOMES.map((o) => endingTitle(o, null))])].map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** Seat choices, by the labels on the setup screen, for a game the bots play alone. */
export const ALL_BOTS = { Beijing: 'Bot: hawkish', Taipei: 'Bot: cautious', Tokyo: 'Bot: cautious', Washington: 'Bot: hawkish' };
