import type { Openness } from '../machines/explain.ts';
import type { Actor, FacilitatorAction, GameEvent, Outcome, Refusal, Role } from '../types.ts';
import type { PrivateMessage, TalkProposal, Statement, Timer } from './record.ts';
import type { TextRefusal } from './text.ts';

/** Who acts in a class: a team (from any of its devices) or the facilitator. */
export type Participant = { kind: 'team'; role: Role } | { kind: 'facilitator' };
/** Who looks: a participant, or the projector, which shows what everyone may see. */
export type Viewer = Participant | { kind: 'projector' };

/** Why the class refused an intent, as a code with its data: the words module says it. Nothing changed. */
export type ClassRefusal =
  | { code: 'engine'; refusal: Refusal }
  | { code: 'gameOver'; outcome: Outcome }
  | { code: 'paused' }
  | { code: 'notAllowed'; intent: string }
  | { code: 'seatIsBot'; role: Role }
  | { code: 'notATeam'; role: Role }
  | { code: 'toSelf' }
  | { code: 'notADecision'; decision: string }
  | { code: 'closed'; role: Role; decision: string; why: Openness }
  | { code: 'notLocked' }
  | { code: 'statementMade'; turn: number }
  | { code: 'noSuchProposal'; proposal: number }
  | { code: 'notAddressedToYou'; proposal: number }
  | { code: 'notYourProposal'; proposal: number }
  | { code: 'proposalAnswered'; proposal: number; status: string }
  | { code: 'noTerms' }
  | { code: 'tooManyTerms'; max: number }
  | { code: 'badTerm'; term: string }
  | { code: 'repeatedTerm'; term: string }
  | { code: 'tooManyOpenProposals'; max: number }
  | { code: 'talkFull'; max: number }
  | { code: 'injectPlayed'; inject: string }
  | { code: 'noSuchPending'; index: number }
  | { code: 'alreadyPaused' }
  | { code: 'notPaused' }
  | { code: 'noTimer' }
  | { code: 'seatUnchanged'; role: Role; seat: Actor }
  | { code: 'noTeams' }
  | TextRefusal;

/**
 * What happened in the class, as codes: a view says the rest. Some are for some eyes only
 * (`eventsFor` keeps each viewer's share); a locked choice itself is never in an event.
 */
export type ClassEvent =
  | { type: 'locked'; role: Role }
  | { type: 'unlocked'; role: Role }
  /** A facilitator's action closed the team's locked choice: it must decide again. */
  | { type: 'mustDecideAgain'; role: Role; decision: string; why: Openness }
  /** The facilitator acted; `news` is what the teams see of it now (the game's events, without the reason). */
  | { type: 'facilitatorActed'; action: FacilitatorAction['kind']; news: GameEvent[] }
  | { type: 'pendingWithdrawn'; index: number }
  | { type: 'turnResolved'; turn: number; stateHash: string; outcome: Outcome | null }
  | { type: 'statementMade'; statement: Statement }
  | { type: 'messageSent'; message: PrivateMessage }
  | { type: 'proposalMade'; proposal: TalkProposal }
  | { type: 'proposalAnswered'; proposal: TalkProposal }
  | { type: 'paused' }
  | { type: 'resumed' }
  | { type: 'timerSet'; timer: Timer }
  | { type: 'timerCleared' }
  | { type: 'timeUp'; holdAtZero: boolean }
  | { type: 'seatChanged'; role: Role; seat: Actor };
