import { ROLES, stateHash } from '../../../engine/index.ts';
import type { App } from '../app.ts';
import { indicatorsPanel } from '../components/indicators.ts';
import { turnReport } from '../components/turnReport.ts';
import { h } from '../dom.ts';
import { roleName, turnsText } from '../../../scenarios/words/words.ts';
import type { Session } from '../session.ts';
import { endingTitle } from '../../../scenarios/words/words.ts';
import { forTeachers } from '../components/forTeachers.ts';

/** Step through a recorded game turn by turn with the map following, and branch from any turn. */
export function replayScreen(app: App, s: Session, k: number): HTMLElement {
  const n = s.turns.length;
  const state = s.states[k]!;
  const record = k > 0 ? s.turns[k - 1] : undefined;
  app.showOnMap(state, s.scenario, record?.events);
  const slider = h('input', { type: 'range', id: 'timeline', min: 0, max: n, step: 1, value: k, 'aria-label': 'Turn',
    onchange: (e: Event) => {
      app.viewTurn(Number((e.target as HTMLInputElement).value));
      document.getElementById('timeline')?.focus();
    } });
  const outcome = k === n && s.state.outcome ? ` · ${endingTitle(s.state.outcome, s.state.ending)}` : '';
  return h('div', { class: 'screen replay' },
    h('h2', {}, 'Replay'),
    h('p', { class: 'turn-meta' }, `${s.scenario.title} · seed "${s.setup.seed}" · ${turnsText(n)}${outcome}`),
    h('div', { class: 'timeline' },
      h('button', { type: 'button', 'aria-label': 'Previous turn', disabled: k === 0, onclick: () => app.viewTurn(k - 1) }, '◀ Previous'),
      slider,
      h('button', { type: 'button', 'aria-label': 'Next turn', disabled: k === n, onclick: () => app.viewTurn(k + 1) }, 'Next ▶')),
    h('p', { class: 'timeline-position', 'aria-live': 'polite' }, k === 0 ? 'The start, before turn 1' : `After turn ${k} (day ${state.day})`),
    record ? turnReport(record, s.scenario) : null,
    h('section', { class: 'branch' },
      h('h3', {}, `Branch from here`),
      h('p', { class: 'hint' }, k < n || !s.state.outcome
        ? `Start a new game from this point, taking over one role; turns 1 to ${k} stay as they were, and the rest is up to you. Your game in progress will be replaced: export its replay first to keep it.`
        : 'The game ended here: step back to branch from an earlier turn.'),
      k < n || !s.state.outcome
        ? h('div', { class: 'inline' }, ROLES.map((r) => h('button', { type: 'button', onclick: () => app.branch(k, r) }, `Take over ${roleName(r)}`)))
        : null),
    h('button', { type: 'button', onclick: () => void app.showDebrief(s) }, 'Debrief this game'),
    h('details', {}, h('summary', {}, 'Where things stand at this turn'), indicatorsPanel(state, s.scenario)),
    app.session ? h('button', { type: 'button', onclick: () => app.show(app.session!.state.outcome ? 'end' : 'play') }, 'Back to your game') : null,
    forTeachers(stateHash(state)),
  );
}
