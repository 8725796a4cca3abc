// A turn's events told in words: what was decided, what chance decided, what happened, what moved.
// Shared by the app's turn report, the CLI and the debrief, so every screen says the same thing.
import type { CheckpointTrend, Effect, FacilitatorAction, GameEvent, NumericIndicator, Outcome, Proposal, Role, Scenario, Talks } from '../../engine/index.ts';
import {
  actorName, causeText, decisionLabel, endingTitle, endsSentence, flagFact, flagTitle, has, indicatorName, indicatorValue, listText,
  parameterName, parameterOrNumberName, roleName, sentence, sideName, t,
} from './words.ts';

/** The text of a scenario's inject by id; the facilitator's own headline where it wrote one. */
export function injectHeadline(scenario: Scenario, id: string, written?: string): string {
  if (written !== undefined) return written;
  return scenario.injects.find((i) => i.id === id)?.headline ?? id;
}

/** Why the game ended, from the scenario's ending of that id. */
export function endingReason(scenario: Scenario, ending: string | null): string {
  if (!ending) return '';
  const hit = [...scenario.endConditions, ...scenario.horizonOutcomes].find((c) => c.id === ending);
  return hit?.reason ?? t('ending.horizon.reason');
}

/**
 * A roll's position and threshold as people read them: out of 100, with just enough decimals that the
 * shown roll is under the shown chance exactly when the roll succeeded (so never "rolled 35, under 35
 * succeeds" for a failure), and never a roll of 0 or 100.
 */
export function rollFigures(probability: number, roll: number): { chance: string; roll: string } {
  const pct = probability * 100;
  const r = roll * 100;
  const fmt = (x: number, d: number) => x.toFixed(d).replace(/\.?0+$/, '');
  let d = 0;
  // Truncate the roll (never round it up past the threshold) to the fewest decimals that keep the order.
  const cut = (k: number) => Math.floor(r * 10 ** k) / 10 ** k;
  while (d < 4 && ((cut(d) < pct) !== (r < pct) || cut(d) <= 0)) d++;
  return { chance: `${fmt(pct, 2)}%`, roll: fmt(Math.max(cut(d), 0.01), d) };
}

/** What a roll decided, in words. */
export function chanceWhat(e: Extract<GameEvent, { type: 'roll' }>, scenario: Scenario): string {
  if (e.chance === 'dietVote') return t(`chance.dietVote.${e.vote ?? 'defenceOperationPending'}`);
  if (e.chance === 'inject') return t('chance.inject', { headline: injectHeadline(scenario, e.inject ?? '') });
  return t(`chance.${e.chance}`);
}

export function rollText(e: Extract<GameEvent, { type: 'roll' }>, scenario: Scenario): string {
  const f = rollFigures(e.probability, e.roll);
  const what = chanceWhat(e, scenario);
  // An inject's headline may end in its own ? or ！ (華府會跟上東京對隔離的立場嗎？): no colon after it, a new sentence instead.
  return t('chance.narration', { what, ended: endsSentence(what), chance: f.chance, roll: f.roll, success: e.success });
}

/** An effect of a written inject, e.g. "LNG in storage +3". */
export function effectText(e: Effect): string {
  const signed = (n: number) => `${n >= 0 ? '+' : '\u2212'}${Math.abs(n).toLocaleString()}`;
  if ('indicator' in e) return `${indicatorName(e.indicator)} ${signed(e.add)}`;
  if ('force' in e) return `${parameterOrNumberName(e.force)} ${signed(e.add)}`;
  return sentence(flagFact(e.raiseFlag)).replace(/[.。]$/, '');
}

/** The facilitator's action in words; the inject's headline or the parameter's old value where known. */
export function facilitatorActionText(a: FacilitatorAction, scenario: Scenario, was?: number): string {
  switch (a.kind) {
    case 'inject': return t('event.facilitator.inject', { headline: injectHeadline(scenario, a.injectId) });
    case 'customInject':
      return a.effects.length
        ? t('event.facilitator.customInjectWithEffects', { headline: a.headline, effects: a.effects.map(effectText).join('; ') })
        : t('event.facilitator.customInject', { headline: a.headline });
    case 'setIndicator': return t('event.facilitator.setIndicator', { name: indicatorName(a.indicator), value: a.value });
    case 'setForce': return t('event.facilitator.setForce', { name: parameterOrNumberName(a.force), value: a.value });
    case 'raiseFlag': return t('event.facilitator.raiseFlag', { fact: flagTitle(a.flag) });
    case 'setParameter':
      return was === undefined
        ? t('event.facilitator.setParameter', { name: parameterName(a.path), value: a.value })
        : t('event.facilitator.setParameterWas', { name: parameterName(a.path), value: a.value, was });
  }
}

/** Losses as "3 ships, 20 aircraft and 800 casualties". */
export function lossesText(ships: number, aircraft: number, casualties: number): string {
  const parts: string[] = [];
  if (ships) parts.push(t('event.ships', { n: ships }));
  if (aircraft) parts.push(t('event.aircraft', { n: aircraft }));
  if (casualties) parts.push(t('event.casualtyCount', { n: casualties }));
  return parts.length ? listText(parts, 'and') : t('event.nothing');
}

/** A fact becoming true, and why. */
export function flagRaisedText(e: Extract<GameEvent, { type: 'flagRaised' }>, scenario: Scenario): string {
  const fact = sentence(flagFact(e.flag)).replace(/[.。]$/, '');
  if (e.cause === 'facilitator') return t('event.flagRaisedBy.facilitator', { fact });
  if (e.cause === 'inject') return t('event.flagRaisedBy.inject', { fact, headline: injectHeadline(scenario, e.inject ?? '') });
  const own = `flagRaised.${e.flag}.${e.cause}`;
  return sentence(has(own, 'en') ? t(own) : t('event.flagRaised', { fact, cause: causeText(e.cause) }));
}

/** An engine event sent to a machine (a vote, a request arriving), in words; `vote` is what a Diet vote was on. */
export function machineEventText(e: Extract<GameEvent, { type: 'machineEvent' }>, vote?: string): string {
  if (e.event === 'dietApproves' || e.event === 'dietRefuses') return sentence(t(`machineEvent.${e.role}.${e.event}.${vote ?? 'defenceOperationPending'}`));
  return sentence(t(`machineEvent.${e.role}.${e.event}`));
}

/** A side that gives terms in a settlement. */
export type TermGiver = Scenario['terms'][number]['by'];
/** The sides that give terms, in the order their terms are shown. */
export const TERM_GIVERS: readonly TermGiver[] = ['beijing', 'taipei'];

/**
 * A settlement's terms grouped by the side that gives them, each in the scenario's own words and
 * order; a side that gives none is left out. (Every door refuses a term the scenario does not list,
 * so every id here has its words.)
 */
export function termsBySide(scenario: Pick<Scenario, 'terms'>, ids: readonly string[]): { by: TermGiver; terms: string[] }[] {
  return TERM_GIVERS
    .map((by) => ({ by, terms: scenario.terms.filter((x) => x.by === by && ids.includes(x.id)).map((x) => x.text) }))
    .filter((g) => g.terms.length > 0);
}

/** Terms on the table (or agreed) in lines: what each side gives, then the proposer's note if it wrote one. */
export function proposalLines(scenario: Pick<Scenario, 'terms'>, p: Proposal & { by: Role }): string[] {
  return [
    ...termsBySide(scenario, p.terms).map((g) => t('event.talks.gives', { role: roleName(g.by), terms: g.terms.join(' ') })),
    ...(p.note ? [t('event.talks.noteLine', { role: roleName(p.by), note: p.note })] : []),
  ];
}

/** The role that accepts an offer made by `by`: the other side of the talks. */
export const otherSide = (by: Role): TermGiver => (by === 'beijing' ? 'taipei' : 'beijing');

export interface TurnStory {
  decisions: string[];
  /** Terms put on the table this turn, and a settlement agreed: who offered, who gives what, the note. */
  talks: string[];
  chances: string[];
  happenings: string[];
  changes: string[];
}

/**
 * A turn's events in plain words. Indicators that moved are listed once, at their value after the turn.
 * `after`, the state after the turn, says what a settlement agreed in it holds: accepting names no
 * terms of its own, it takes the offer on the table.
 */
export function narrateTurn(events: readonly GameEvent[], scenario: Scenario, after?: { talks: Talks }): TurnStory {
  const story: TurnStory = { decisions: [], talks: [], chances: [], happenings: [], changes: [] };
  const moved = new Map<NumericIndicator, number>();
  let vote: string | undefined;
  for (const e of events) {
    switch (e.type) {
      case 'decisionTaken': {
        const what = e.decision === 'hold' ? t('event.hold') : decisionLabel(e.role, e.decision);
        story.decisions.push(t('event.decision', { role: roleName(e.role), decision: what, by: e.by, actor: actorName(e.by) }));
        if (e.proposal) story.talks.push(t('event.talks.proposed', { role: roleName(e.role) }), ...proposalLines(scenario, { ...e.proposal, by: e.role }));
        const agreed = after?.talks.agreed;
        if (agreed && (e.decision === 'acceptSettlement' || e.decision === 'agreeSettlement')) {
          story.talks.push(t('event.talks.settled', { role: roleName(agreed.by), turn: agreed.turn + 1, accepter: roleName(e.role) }), ...proposalLines(scenario, agreed));
        }
        break;
      }
      case 'roll':
        if (e.chance === 'dietVote') vote = e.vote;
        story.chances.push(rollText(e, scenario));
        break;
      case 'machineEvent':
        story.happenings.push(machineEventText(e, vote));
        break;
      case 'flagRaised':
        story.happenings.push(flagRaisedText(e, scenario));
        break;
      case 'lossesInflicted':
        if (e.ships || e.aircraft || e.casualties) {
          story.happenings.push(sentence(t('event.losses', { side: sentence(sideName(e.side)).replace(/[.。]$/, ''), what: lossesText(e.ships, e.aircraft, e.casualties), cause: causeText(e.cause) })));
        }
        break;
      case 'portSeized':
        story.happenings.push(t('event.portSeized', { port: e.port }));
        break;
      case 'checkpointReached':
        story.happenings.push(checkpointText(e));
        break;
      case 'lngExhausted':
        story.happenings.push(t('event.lngExhausted', { day: e.day }));
        break;
      case 'interdictionBegan':
        story.happenings.push(t('event.interdictionBegan', { day: e.day }));
        break;
      case 'injectPlayed':
        story.happenings.push(t('event.news', { headline: injectHeadline(scenario, e.id, e.headline) }));
        break;
      case 'gameEnded':
        story.happenings.push(t('event.gameEnded', { reason: endingReason(scenario, e.ending) }));
        break;
      case 'indicatorsChanged':
        for (const [k, v] of Object.entries(e.changes) as [NumericIndicator, number][]) if (has(`indicator.${k}.value`, 'en')) moved.set(k, v);
        break;
      default:
        break;
    }
  }
  for (const [k, v] of moved) story.changes.push(t('scorecard.figure', { name: indicatorName(k), value: indicatorValue(k, v) }));
  return story;
}

/** The checkpoint, in words: where the invasion stood when the published games would have stopped, and that what follows is extrapolation. */
export const checkpointText = (c: { day: number; trend: CheckpointTrend }) => t(`event.checkpoint.${c.trend}`, { day: c.day });

/** How a game ended, as a heading and a reason ("The quarantine is broken", "Shipping to Taiwan recovered ..."). */
export function endingText(scenario: Scenario, state: { outcome: Outcome | null; ending: string | null }): { title: string; reason: string } {
  return { title: endingTitle(state.outcome, state.ending), reason: endingReason(scenario, state.ending) };
}
