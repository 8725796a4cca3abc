import { ROLES, type Actor, type BooleanFlag, type GameEvent, type Outcome, type Role, type Scenario, type Side } from '../../../engine/index.ts';
import {
  checkpointText, endingText, facilitatorActionText, flagRaisedText, injectHeadline, lossesText, machineEventText, rollText,
} from '../../../scenarios/words/narrate.ts';
import { actorName, decisionLabel, flagTitle, sentence, sideShort, t } from '../../../scenarios/words/words.ts';
import type { Session } from '../session.ts';
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

export type KeyEventKind = 'attack' | 'diet' | 'energy' | 'port' | 'consultation' | 'evacuation' | 'losses' | 'war' | 'checkpoint';

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

export const whoText = (by: Actor): string => actorName(by);

const FLAG_KIND: Partial<Record<BooleanFlag, KeyEventKind>> = { nuclearUse: 'war', generalWar: 'war' };

/** A Diet vote and its odds, from the roll before it. */
function dietVote(events: readonly GameEvent[], i: number, e: Extract<GameEvent, { type: 'machineEvent' }>, scenario: Scenario): string {
  for (let j = i - 1; j >= 0; j--) {
    const r = events[j]!;
    if (r.type === 'roll' && r.chance === 'dietVote') return `${machineEventText(e, r.vote)} ${rollText(r, scenario)}`;
  }
  return machineEventText(e);
}

/** One turn's events sorted into the timeline's parts. */
export function turnEntries(events: readonly GameEvent[], scenario: Scenario): Pick<TimelineTurn, 'decisions' | 'facilitator' | 'injects' | 'events'> {
  const decisions: DecisionEntry[] = [];
  const facilitator: FacilitatorEntry[] = [];
  const injects: string[] = [];
  const key: KeyEvent[] = [];
  const losses = new Map<Side, { ships: number; aircraft: number; casualties: number }>();
  events.forEach((e, i) => {
    switch (e.type) {
      case 'decisionTaken': {
        const hold = e.decision === 'hold';
        decisions.push({ role: e.role, decision: e.decision, label: hold ? sentence(t('event.hold')).replace(/\.$/, '') : decisionLabel(e.role, e.decision), by: e.by, who: whoText(e.by), hold });
        break;
      }
      case 'facilitatorAction': {
        const next = events[i + 1];
        const was = e.action.kind === 'setParameter' && next?.type === 'parameterChanged' ? next.was : undefined;
        facilitator.push({ what: facilitatorActionText(e.action, scenario, was), reason: e.reason });
        break;
      }
      case 'injectPlayed':
        // The facilitator's injects are listed with its actions; the deck's come up by chance.
        if (events[i - 1]?.type !== 'facilitatorAction') injects.push(injectHeadline(scenario, e.id, e.headline));
        break;
      case 'flagRaised':
        // A fact an inject brought is already told by the inject's headline: say only what it opened.
        key.push({ kind: FLAG_KIND[e.flag] ?? 'attack', text: e.cause === 'inject' ? flagTitle(e.flag) : flagRaisedText(e, scenario) });
        break;
      case 'machineEvent':
        if (e.event === 'dietApproves' || e.event === 'dietRefuses') key.push({ kind: 'diet', text: dietVote(events, i, e, scenario) });
        else if (e.event === 'priorConsultationRequested') key.push({ kind: 'consultation', text: machineEventText(e) });
        else if (e.event === 'evacuationCompleted') key.push({ kind: 'evacuation', text: machineEventText(e) });
        break;
      case 'lngExhausted':
        key.push({ kind: 'energy', text: t('event.lngExhausted', { day: e.day }) });
        break;
      case 'interdictionBegan':
        key.push({ kind: 'energy', text: t('event.interdictionBegan', { day: e.day }) });
        break;
      case 'portSeized':
        key.push({ kind: 'port', text: t('event.portSeized', { port: e.port }) });
        break;
      case 'checkpointReached':
        key.push({ kind: 'checkpoint', text: checkpointText(e) });
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
    .map(([side, l]) => `${sideShort(side)} ${lossesText(l.ships, l.aircraft, l.casualties)}`);
  if (lost.length) key.push({ kind: 'losses', text: t('scorecard.figure', { name: t('cli.losses'), value: lost.join(t('packet.itemSep')) }) });
  decisions.sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
  return { decisions, facilitator, injects, events: key };
}

/** The whole game as a timeline. */
export function timelineOf(s: Session): Timeline {
  let end: GameEnd | null = null;
  const turns = s.turns.map((t) => {
    for (const e of t.events) {
      if (e.type === 'gameEnded') end = { outcome: e.outcome, ...endingText(s.scenario, { outcome: e.outcome, ending: e.ending }), turn: t.turn, day: dayOfTurn(s, t.turn + 1) };
    }
    return { turn: t.turn, day: dayOfTurn(s, t.turn), ...turnEntries(t.events, s.scenario) };
  });
  const seats = Object.fromEntries(ROLES.map((r) => {
    const by = new Set(turns.flatMap((t) => t.decisions.filter((d) => d.role === r).map((d) => d.by)));
    return [r, by.size === 1 ? [...by][0]! : by.size === 0 ? s.setup.seats[r] : null];
  })) as Record<Role, Actor | null>;
  return { turns, end, seats };
}
