import { createReplay, type Replay } from '../replay.ts';
import type { ClassSession } from './session.ts';
import type { TalkRecord } from './talkRecord.ts';

/** What the teams said, as the replay keeps it: by turn, without the class's times and ids. */
export function talkRecord(s: ClassSession): TalkRecord {
  const { statements, messages, proposals } = s.record.talk;
  return {
    statements: statements.map(({ turn, from, text }) => ({ turn, from, text })),
    messages: messages.map(({ turn, from, to, text }) => ({ turn, from, to, text })),
    proposals: proposals.map(({ turn, from, to, terms, note, status, answeredTurn }) => ({ turn, from, to, terms, note, status, ...(answeredTurn === undefined ? {} : { answeredTurn }) })),
  };
}

/** The class's game as a replay, with what the teams said; a class with nothing said has no `talk`. */
export function classReplay(s: ClassSession): Replay {
  const talk = talkRecord(s);
  const said = talk.statements.length + talk.messages.length + talk.proposals.length > 0;
  return { ...createReplay(s.scenario, s.record.setup.seed, s.record.turns, s.state), ...(said ? { talk } : {}) };
}
