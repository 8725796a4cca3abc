import { OUTCOME_TITLE } from '../../../ui/app/debrief/outcomes.ts';

/** Any heading the end screen shows for an outcome, from the app's own titles. */
export const OUTCOME_HEADINGS = new RegExp(Object.values(OUTCOME_TITLE).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** Seat choices, by the labels on the setup screen, for a game the bots play alone. */
export const ALL_BOTS = { Beijing: 'Bot: hawkish', Taipei: 'Bot: cautious', Tokyo: 'Bot: cautious', Washington: 'Bot: hawkish' };
