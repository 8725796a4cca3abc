import type { Role } from '../../../engine/index.ts';
import type { App } from '../app.ts';
import { decisionPanel } from '../components/decisionPanel.ts';
import { indicatorsPanel } from '../components/indicators.ts';
import { turnReport } from '../components/turnReport.ts';
import { h } from '../dom.ts';
import { humanRoles, type Session } from '../session.ts';

/** A turn: where things stand, the decision for each role a person plays, and what happened last turn. */
export function playScreen(app: App, s: Session): HTMLElement {
  const last = s.turns[s.turns.length - 1];
  app.showOnMap(s.state, s.scenario, last?.events);
  const people = humanRoles(s);
  const chosen: Partial<Record<Role, string>> = {};
  const panels = people.map((role) => {
    chosen[role] = 'hold';
    return decisionPanel(s.state, s.scenario, role, 'hold', (d) => { chosen[role] = d; });
  });
  const endTurn = h('button', { type: 'button', class: 'primary', onclick: () => app.playTurn(chosen) },
    people.length ? 'End turn' : 'Next turn (bots decide)');
  return h('div', { class: 'screen play' },
    h('h2', {}, `Turn ${s.state.turn + 1} of up to ${s.scenario.horizonTurns}`),
    h('p', { class: 'turn-meta' }, `Day ${s.state.day} · ${s.scenario.turnDays}-day turns · seed "${s.setup.seed}"`),
    last ? turnReport(last) : h('p', { class: 'hint' }, 'The first turn: the situation is as your briefing describes it.'),
    panels,
    endTurn,
    h('details', { class: 'indicators-details', open: true }, h('summary', {}, 'Where things stand'), indicatorsPanel(s.state, s.scenario)),
    h('button', { type: 'button', onclick: () => app.viewCurrentGameAsReplay() }, 'Step back through this game'),
  );
}
