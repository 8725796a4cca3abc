import type { Scenario, TurnRecord } from '../../../engine/index.ts';
import { h } from '../dom.ts';
import { narrateTurn } from '../../../scenarios/words/narrate.ts';

/** The adjudication report for a turn, in plain words, with the odds and rolls behind it. */
export function turnReport(t: TurnRecord, scenario: Scenario, open = true): HTMLElement {
  const story = narrateTurn(t.events, scenario);
  const section = (title: string, lines: string[]) =>
    lines.length ? h('section', {}, h('h4', {}, title), h('ul', {}, lines.map((l) => h('li', {}, l)))) : null;
  return h('details', { class: 'turn-report', open },
    h('summary', {}, `What happened in turn ${t.turn + 1}`),
    section('Decisions', story.decisions),
    section('Chance', story.chances),
    section('Events', story.happenings),
    section('Where things stand', story.changes),
  );
}
