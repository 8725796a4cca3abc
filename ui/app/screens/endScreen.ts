import { stateHash } from '../../../engine/index.ts';
import type { App } from '../app.ts';
import { endingText } from '../../../scenarios/words/narrate.ts';
import { daysText, t, turnsText } from '../../../scenarios/words/words.ts';
import { indicatorsPanel } from '../components/indicators.ts';
import { turnReport } from '../components/turnReport.ts';
import { forTeachers } from '../components/forTeachers.ts';
import { h } from '../dom.ts';
import type { Session } from '../session.ts';


/** The outcome and why, where things stand, and the ways on: replay, export, share, a new game. */
export function endScreen(app: App, s: Session): HTMLElement {
  const last = s.turns[s.turns.length - 1];
  app.showOnMap(s.state, s.scenario, last?.events);
  const end = endingText(s.scenario, s.state);
  return h('div', { class: 'screen end' },
    h('h2', {}, end.title),
    h('p', { class: 'outcome-reason' }, end.reason),
    h('p', { class: 'turn-meta' }, t('ui.afterTurns', { turns: turnsText(s.state.turn), days: daysText(s.state.day) })),
    h('div', { class: 'inline' },
      h('button', { type: 'button', class: 'primary', onclick: () => void app.showDebrief(s) }, 'Debrief'),
      h('button', { type: 'button', onclick: () => app.viewCurrentGameAsReplay() }, 'Step through the replay'),
      h('button', { type: 'button', onclick: () => app.exportReplay() }, 'Export replay'),
      h('button', { type: 'button', onclick: () => app.showShareLink() }, 'Share link'),
      h('button', { type: 'button', onclick: () => app.show('setup') }, 'New game')),
    last ? turnReport(last, s.scenario, false) : null,
    indicatorsPanel(s.state, s.scenario),
    forTeachers(stateHash(s.state)),
  );
}
