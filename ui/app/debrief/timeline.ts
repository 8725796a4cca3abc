import { ROLES, type Actor, type BooleanFlag, type Effect, type FacilitatorAction, type GameEvent, type Outcome, type Role, type Side } from '../../../engine/index.ts';
import { FORCE_WORDS, INDICATOR_WORDS } from '../packets/inWords.ts';
import { decisionLabel, words } from '../narrate.ts';
import type { Session } from '../session.ts';
import { OUTCOME_TITLE } from './outcomes.ts';
import { dayOfTurn } from './states.ts';

// The game turn by turn, as data: what each role decided and who decided it, what the facilitator
// did and why, the news, the events a class remembers, and how it ended. The view and the exports
// both render this; nothing here touches the DOM.

export interface DecisionEntry {
  role: Role;
  decision: string;
  /** The option's label from the teaching material, or "Holds" for hold. */
  label: string;
  by: Actor;
  /** "team", "cautious bot" or "hawkish bot". */
  who: string;
  hold: boolean;
}

export interface FacilitatorEntry {
  /** What the facilitator did, in plain words. */
  what: string;
  reason: string;
}

export type KeyEventKind = 'attack' | 'diet' | 'energy' | 'port' | 'consultation' | 'evacuation' | 'losses' | 'war';

export interface KeyEvent {
  kind: KeyEventKind;
  text: string;
}

export interface TimelineTurn {
  /** Counted from 0, as the engine counts; shown as turn + 1. */
  turn: number;
  /** The day the turn begins on. */
  day: number;
  decisions: DecisionEntry[];
  facilitator: FacilitatorEntry[];
  /** Headlines of the deck's injects that came up this turn (the facilitator's are under `facilitator`). */
  injects: string[];
  events: KeyEvent[];
}

export interface GameEnd {
  outcome: Outcome;
  title: string;
  reason: string;
  /** The turn it ended in (from 0), and the day after it. */
  turn: number;
  day: number;
}

export interface Timeline {
  turns: TimelineTurn[];
  end: GameEnd | null;
  /** Who played each role, where one team or one bot played it all game; otherwise null (who is then shown per decision). */
  seats: Record<Role, Actor | null>;
}

export const whoText = (by: Actor): string => (by === 'human' ? 'team' : `${by.slice(4)} bot`);

const FLAG_TEXT: Record<BooleanFlag, string> = {
  usForcesAttacked: 'US forces attacked',
  japanAttacked: 'Armed attack on Japan',
  taiwanAttacked: 'Beijing uses force against Taiwan',
  invasionLaunched: 'Invasion launched',
  nuclearUse: 'Nuclear use',
  generalWar: 'General war',
};

const FLAG_KIND: Partial<Record<BooleanFlag, KeyEventKind>> = { nuclearUse: 'war', generalWar: 'war' };

const SIDE_SHORT: Record<Side, string> = { prc: 'China', us: 'US', japan: 'Japan', taiwan: 'Taiwan' };

/** What a Diet vote was on, from the state the vote answered (the engine's roll names it). */
const VOTE_ON: Record<string, string> = {
  supportPlanPending: 'the support plan',
  defenceOperationPending: 'the defence operation',
  exPostApprovalPending: 'the defence operation already ordered (approval after the fact)',
};

const num = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 1 });

const numberName = (k: string) => INDICATOR_WORDS[k] ?? FORCE_WORDS[k] ?? words(k);

function effectText(e: Effect): string {
  if ('indicator' in e) return `${numberName(e.indicator)} ${e.add >= 0 ? '+' : ''}${num(e.add)}`;
  if ('force' in e) return `${numberName(e.force)} ${e.add >= 0 ? '+' : ''}${num(e.add)}`;
  return FLAG_TEXT[e.raiseFlag as BooleanFlag] ?? words(e.raiseFlag);
}

/** The facilitator's action in plain words; the inject's headline or the parameter's old value where the events give them. */
export function describeAction(a: FacilitatorAction, headline?: string, was?: number): string {
  switch (a.kind) {
    case 'inject': return `Played an inject from the deck: ${headline ?? a.injectId}`;
    case 'customInject': return `Wrote an inject: ${a.headline}${a.effects.length ? ` (${a.effects.map(effectText).join('; ')})` : ''}`;
    case 'setIndicator': return `Set ${numberName(a.indicator)} to ${num(a.value)}`;
    case 'setForce': return `Set ${numberName(a.force)} to ${num(a.value)}`;
    case 'raiseFlag': return `Declared a fact: ${FLAG_TEXT[a.flag as BooleanFlag] ?? words(a.flag)}`;
    case 'setParameter': return `Changed the rule parameter ${a.path} to ${num(a.value)}${was === undefined ? '' : ` (was ${num(was)})`}`;
  }
}

/** A Diet vote's text from its roll: "Diet approves (supportPlanPending)" with its chance. */
function dietVote(events: readonly GameEvent[], i: number, approves: boolean): string {
  let on = '';
  let odds = '';
  for (let j = i - 1; j >= 0; j--) {
    const e = events[j]!;
    if (e.type === 'roll' && /^Diet approves/.test(e.what)) {
      const pending = /\((\w+)\)/.exec(e.what)?.[1];
      on = pending ? (VOTE_ON[pending] ?? words(pending)) : '';
      odds = ` (${Math.round(e.probability * 100)}% chance of approval; the roll was ${Math.round(e.roll * 100)})`;
      break;
    }
  }
  return `The Diet ${approves ? 'approves' : 'refuses'}${on ? ` ${on}` : ''}${odds}`;
}

/** One turn's events sorted into the timeline's parts. */
export function turnEntries(events: readonly GameEvent[]): Pick<TimelineTurn, 'decisions' | 'facilitator' | 'injects' | 'events'> {
  const decisions: DecisionEntry[] = [];
  const facilitator: FacilitatorEntry[] = [];
  const injects: string[] = [];
  const key: KeyEvent[] = [];
  const losses = new Map<Side, { ships: number; aircraft: number; casualties: number }>();
  let awaitingHeadline: FacilitatorEntry | null = null;
  events.forEach((e, i) => {
    switch (e.type) {
      case 'decisionTaken': {
        const hold = e.decision === 'hold';
        decisions.push({ role: e.role, decision: e.decision, label: hold ? 'Holds' : decisionLabel(e.role, e.decision), by: e.by, who: whoText(e.by), hold });
        break;
      }
      case 'facilitatorAction': {
        facilitator.push({ what: describeAction(e.action), reason: e.reason });
        awaitingHeadline = e.action.kind === 'inject' || e.action.kind === 'customInject' ? facilitator[facilitator.length - 1]! : null;
        if (e.action.kind === 'setParameter') {
          const next = events[i + 1];
          if (next?.type === 'parameterChanged') facilitator[facilitator.length - 1]!.what = describeAction(e.action, undefined, next.was);
        }
        break;
      }
      case 'injectPlayed': {
        const prev = events[i - 1];
        if (awaitingHeadline && prev?.type === 'facilitatorAction') {
          if (prev.action.kind === 'inject') awaitingHeadline.what = describeAction(prev.action, e.headline);
          awaitingHeadline = null;
        } else {
          injects.push(e.headline);
        }
        break;
      }
      case 'flagRaised': {
        const same = e.why.toLowerCase() === FLAG_TEXT[e.flag].toLowerCase();
        key.push({ kind: FLAG_KIND[e.flag] ?? 'attack', text: same ? FLAG_TEXT[e.flag] : `${FLAG_TEXT[e.flag]}: ${e.why}` });
        break;
      }
      case 'machineEvent':
        if (e.event === 'dietApproves' || e.event === 'dietRefuses') key.push({ kind: 'diet', text: dietVote(events, i, e.event === 'dietApproves') });
        else if (e.event === 'priorConsultationRequested') key.push({ kind: 'consultation', text: e.why });
        else if (e.event === 'evacuationCompleted') key.push({ kind: 'evacuation', text: e.why });
        break;
      case 'lngExhausted':
        key.push({ kind: 'energy', text: `Taiwan's LNG runs out on day ${num(e.day)}` });
        break;
      case 'interdictionBegan':
        key.push({ kind: 'energy', text: `Energy shipping to Taiwan is cut from day ${num(e.day)}` });
        break;
      case 'portSeized':
        key.push({ kind: 'port', text: `The PLA seizes a working port at ${e.port}` });
        break;
      case 'lossesInflicted': {
        const l = losses.get(e.side) ?? { ships: 0, aircraft: 0, casualties: 0 };
        l.ships += e.ships;
        l.aircraft += e.aircraft;
        l.casualties += e.casualties;
        losses.set(e.side, l);
        break;
      }
      default:
        break;
    }
  });
  const lost = [...losses].filter(([, l]) => l.ships || l.aircraft || l.casualties)
    .map(([side, l]) => `${SIDE_SHORT[side]} ${[l.ships ? `${num(l.ships)} ships` : '', l.aircraft ? `${num(l.aircraft)} aircraft` : '', l.casualties ? `${num(l.casualties)} casualties` : ''].filter(Boolean).join(', ')}`);
  if (lost.length) key.push({ kind: 'losses', text: `Losses: ${lost.join('; ')}` });
  decisions.sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
  return { decisions, facilitator, injects, events: key };
}

/** The whole game as a timeline. */
export function timelineOf(s: Session): Timeline {
  let end: GameEnd | null = null;
  const turns = s.turns.map((t) => {
    for (const e of t.events) {
      if (e.type === 'gameEnded') end = { outcome: e.outcome, title: OUTCOME_TITLE[e.outcome], reason: e.reason, turn: t.turn, day: dayOfTurn(s, t.turn + 1) };
    }
    return { turn: t.turn, day: dayOfTurn(s, t.turn), ...turnEntries(t.events) };
  });
  const seats = Object.fromEntries(ROLES.map((r) => {
    const by = new Set(turns.flatMap((t) => t.decisions.filter((d) => d.role === r).map((d) => d.by)));
    return [r, by.size === 1 ? [...by][0]! : by.size === 0 ? s.setup.seats[r] : null];
  })) as Record<Role, Actor | null>;
  return { turns, end, seats };
}
