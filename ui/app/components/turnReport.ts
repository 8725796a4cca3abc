import type { GameState, Scenario, TurnRecord } from '../../../engine/index.ts';
import { h } from '../dom.ts';
import { narrateTurn } from '../../../scenarios/words/narrate.ts';
import { t as words } from '../../../scenarios/words/words.ts';

/**
 * The adjudication report for a turn, in plain words, with the odds and rolls behind it. `after` is
 * the state the turn left: a settlement agreed in it is told with the terms it holds.
 */
export function turnReport(t: Pick<TurnRecord, 'turn' | 'events'>, scenario: Scenario, after: Pick<GameState, 'talks'>, open = true): HTMLElement {
  const story = narrateTurn(t.events, scenario, after);
  const section = (title: string, lines: string[]) =>
    lines.length ? h('section', {}, h('h4', {}, title), h('ul', {}, lines.map((l) => h('li', {}, l)))) : null;
  return h('details', { class: 'turn-report', open },
    h('summary', {}, words('ui.report.title', { turn: t.turn + 1 })),
    section(words('ui.report.decisions'), story.decisions),
    section(words('ui.talks.report'), story.talks),
    section(words('ui.report.chance'), story.chances),
    section(words('ui.report.events'), story.happenings),
    section(words('ui.play.whereThingsStand'), story.changes),
  );
}
