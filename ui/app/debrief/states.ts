import { dayText as day } from '../../../scenarios/words/words.ts';
import type { Session } from '../session.ts';

/** The day a turn (counted from 0) begins on. */
export const dayOfTurn = (s: Session, turn: number): number => turn * s.scenario.turnDays;

/** "day 14", or "day 3.5" for half-week turns. */
export const dayText = (d: number): string => day(d);
