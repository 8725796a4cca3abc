import { printable, ROLES, scorecard, SIDES, type GameState, type Scenario, type TurnRecord } from '../engine/index.ts';
import { endingReason, narrateTurn } from '../scenarios/words/narrate.ts';
import { daysText, endingTitle, indicatorName, indicatorValue, lossesLine, roleName, stateName, t, turnsText } from '../scenarios/words/words.ts';

/** A turn for the terminal: the decisions, what happened, and the numbers after it. */
export function describeTurn(t0: TurnRecord, after: GameState, scenario: Scenario): string {
  const story = narrateTurn(t0.events, scenario, after);
  const decided = t0.commands.filter((c) => c.decision !== 'hold').length;
  const i = after.indicators;
  const figures = (['shippingPct', 'lngDays', 'coalDays', 'oilDays', 'electricityPct', 'escalation'] as const)
    .map((k) => t('cli.figure', { name: indicatorName(k), value: indicatorValue(k, i[k]) }));
  if (i.taiwanTerritoryHeldPct > 0) figures.push(t('cli.figure', { name: indicatorName('taiwanTerritoryHeldPct'), value: indicatorValue('taiwanTerritoryHeldPct', i.taiwanTerritoryHeldPct) }));
  figures.push(t('scorecard.figure', { name: t('cli.tokyoDetermination'), value: stateName('tokyo', 'determination', after.tracks.tokyo.determination) }));
  return [
    t('cli.turnHeading', { turn: t0.turn + 1, day: after.day }),
    ...(decided ? story.decisions.filter((d) => !d.includes(t('event.hold'))) : [t('cli.allHold')]).map((d) => `    ${d}`),
    // Terms on the table and a settlement agreed, with the proposer's note: shown visibly, never raw.
    ...story.talks.map((l) => `      ${printable(l, 700)}`),
    // Headlines and reasons come from the replay's facilitator commands: shown visibly, never raw.
    ...story.happenings.map((h) => `    - ${printable(h, 300)}`),
    `    ${figures.join(t('ui.packets.semicolon'))}`,
  ].join('\n');
}

/** How the game ended, and the losses on every side. */
export function describeOutcome(s: GameState, scenario: Scenario): string {
  const ending = s.outcome
    ? t('cli.ended', { title: endingTitle(s.outcome, s.ending), reason: endingReason(scenario, s.ending), turns: turnsText(s.turn), days: daysText(s.day) })
    : t('cli.unfinished', { turns: turnsText(s.turn), days: daysText(s.day) });
  const card = scorecard(scenario, s);
  const scores = ROLES.map((r) => t('scorecard.score', { role: roleName(r), score: card[r].score })).join(t('ui.listComma'));
  return [ending, t('scorecard.figure', { name: t('cli.losses'), value: SIDES.map((side) => lossesLine(side, s)).join(t('ui.packets.semicolon')) }), t('scorecard.figure', { name: t('scorecard.title'), value: scores })].join('\n');
}
