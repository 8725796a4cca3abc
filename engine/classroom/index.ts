// The class: a game played by teams with a facilitator, as plain JSON and pure functions. The
// server holds classes with it, and so can the one-device app; time is always passed in.
export { newClassRecord, parseClassRecord, CLASS_FORMAT, CLASS_FORMAT_VERSION, type ClassRecord, type ClassSetup, type Lock, type Relock, type Timer, type Statement, type PrivateMessage, type TalkProposal, type Talk } from './record.ts';
export { startClass, restoreClass, teamsOf, type ClassSession, type ClassProblem, type ClassOptions } from './session.ts';
export { applyIntent, type ApplyOptions } from './applyIntent.ts';
export { expireTimer } from './facilitate.ts';
export { everyTeamLocked, type Change, type DecidedBots } from './resolve.ts';
export { viewOf, eventsFor, optionsOf, type ClassView, type PublicView, type TeamView, type FacilitatorView, type Option } from './views.ts';
export { classReplay, talkRecord } from './classReplay.ts';
export { teamIntentSchema, facilitatorIntentSchema, type Intent, type TeamIntent, type FacilitatorIntent } from './intents.ts';
export { talkSchema, MAX_TALK, MAX_TERMS, PROPOSAL_STATUSES, type TalkRecord, type ProposalStatus } from './talkRecord.ts';
export { MAX_STATEMENT, MAX_MESSAGE, type TextRefusal } from './text.ts';
export { MAX_OPEN_PROPOSALS } from './talk.ts';
export { remainingMs } from './clock.ts';
export type { Participant, Viewer, ClassRefusal, ClassEvent } from './types.ts';
export { clientMessageSchema, classIdSchema, keySchema, tokenSchema, CODE_ALPHABET, CLASS_ID_LENGTH, TEAM_KEY_LENGTH, SECRET_LENGTH, TOKEN_LENGTH, MAX_FRAME_BYTES, WS_PATH, WIRE_ERRORS, classLink, parseServerMessage, serverMessageSchema, type ClientMessage, type ServerMessage, type Presence, type WireError, type JoinKeys } from './protocol.ts';
export { gameStateSchema, gameEventSchema } from './stateSchema.ts';
export { checkViewLog } from './checkView.ts';
