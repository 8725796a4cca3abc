import { stateHash } from '../../../engine/index.ts';
import type { App } from '../app.ts';
import { outcomeTitle } from '../debrief/outcomes.ts';
import { indicatorsPanel } from '../components/indicators.ts';
import { turnReport } from '../components/turnReport.ts';
import { h } from '../dom.ts';
import type { Session } from '../session.ts';


/** The outcome and why, where things stand, and the ways on: replay, export, share, a new game. */
export function endScreen(app: App, s: Session): HTMLElement {
  const last = s.turns[s.turns.length - 1];
  app.showOnMap(s.state, s.scenario, last?.events);
  return h('div', { class: 'screen end' },
    h('h2', {}, outcomeTitle(s.state.outcome)),
    h('p', { class: 'outcome-reason' }, s.state.outcomeReason ?? ''),
    h('p', { class: 'turn-meta' }, `After ${s.state.turn} turns (${s.state.day} days). Final state hash `, h('code', { class: 'state-hash' }, stateHash(s.state)), '.'),
    h('div', { class: 'inline' },
      h('button', { type: 'button', class: 'primary', onclick: () => void app.showDebrief(s) }, 'Debrief'),
      h('button', { type: 'button', onclick: () => app.viewCurrentGameAsReplay() }, 'Step through the replay'),
      h('button', { type: 'button', onclick: () => app.exportReplay() }, 'Export replay'),
      h('button', { type: 'button', onclick: () => app.showShareLink() }, 'Share link'),
      h('button', { type: 'button', onclick: () => app.show('setup') }, 'New game')),
    last ? turnReport(last, false) : null,
    indicatorsPanel(s.state, s.scenario),
  );
}
