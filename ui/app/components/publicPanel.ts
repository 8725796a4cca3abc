import type { Role, Scenario } from '../../../engine/index.ts';
import type { PublicView } from '../../../engine/classroom/index.ts';
import { endingText } from '../../../scenarios/words/narrate.ts';
import { roleName, t } from '../../../scenarios/words/words.ts';
import { h } from '../dom.ts';
import { countdown, type Countdown } from './countdown.ts';
import { indicatorsPanel } from './indicators.ts';
import { newsPanel } from './news.ts';
import { talksPanel } from './talks.ts';
import { turnReport } from './turnReport.ts';

export interface PublicPanel {
  element: HTMLElement;
  /** Stop the countdown (the panel is replaced or left). */
  stop(): void;
}

/** Which teams have locked in this turn (never what they chose). */
export function lockedInList(teams: readonly Role[], lockedIn: readonly Role[]): HTMLElement {
  return h('ul', { class: 'team-status', 'aria-label': t('classroom.public.whoDecided') }, teams.map((r) =>
    // A team that has decided is said in bold as well as in words, the whole line: "Tokyo: decided" (東京：決定済み).
    h('li', { class: lockedIn.includes(r) ? 'decided' : 'deciding' }, lockedIn.includes(r) ? h('strong', {}, t('ui.team.decided', { role: roleName(r) })) : t('ui.team.deciding', { role: roleName(r) }))));
}

/**
 * What everyone may see of a class, as the projector shows it (and the top of every team's screen):
 * the turn, the timer, who has decided, this turn's news and statements, the offer on the table, the
 * last turn's report and where things stand. Built from a PublicView only: nothing private can be in it.
 * `receivedAt` is when this device got the view, on its own clock, for the countdown.
 */
export function publicPanel(view: PublicView, scenario: Scenario, receivedAt: number, options: { indicators?: boolean; id?: string } = {}): PublicPanel {
  const id = options.id ?? 'public';
  const timer: Countdown | null = view.timer && !view.outcome ? countdown(view.timer, view.timer.leftMs, receivedAt, view.paused) : null;
  const statements = view.statements.filter((s) => s.turn === view.turn);
  const end = view.outcome ? endingText(scenario, view.state) : null;
  const element = h('div', { class: 'public-panel' },
    end
      ? [h('h2', {}, end.title), h('p', { class: 'outcome-reason' }, end.reason)]
      : [h('h2', {}, t('classroom.public.turn', { turn: view.turn + 1, horizon: scenario.horizonTurns })),
          h('p', { class: 'turn-meta' }, t('classroom.public.meta', { day: view.state.day, days: scenario.turnDays })),
          view.paused ? h('p', { class: 'paused-note', role: 'status' }, t('classroom.public.paused')) : null,
          timer?.element,
          lockedInList(view.teams, view.lockedIn)],
    newsPanel(view.news, scenario, statements, `${id}-news`),
    talksPanel(view.state, scenario, `${id}-talks`),
    view.lastTurn ? turnReport(view.lastTurn, scenario, view.state, !view.news.length) : h('p', { class: 'hint' }, t('classroom.public.firstTurn')),
    options.indicators === false ? null : h('details', { class: 'indicators-details', open: true }, h('summary', {}, t('ui.play.whereThingsStand')), indicatorsPanel(view.state, scenario)));
  return { element, stop: () => timer?.stop() };
}
