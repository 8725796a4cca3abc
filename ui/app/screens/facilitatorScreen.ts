import { roleName, t } from '../../../scenarios/words/words.ts';
import { consoleForms, storedDrafts, type ConsoleForms } from '../components/consoleForms.ts';
import { talksPanel } from '../components/talks.ts';
import { h } from '../dom.ts';
import { consoleView, decisionText } from '../localClass.ts';
import type { ShellContext } from '../shellContext.ts';
import type { Screen, View } from './screen.ts';

export type FacilitatorContext = Pick<ShellContext, 'game' | 'turn' | 'classroom' | 'notify' | 'facilitate' | 'withdrawPending' | 'setPaused' | 'setProjector' | 'setTimer' | 'resumeGame' | 'openDebrief' | 'openProjectorWindow'>;

/** Where the console's half-typed fields are kept, so that a reload keeps them. */
const DRAFTS_KEY = 'kuroshio.facilitatorDrafts';
const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/**
 * The white cell's console: pause and resume, a turn timer, the projector view (here or in another
 * window), injects from the deck or written on the spot, overrides with a reason, and parameter
 * changes. All but pause, timer and projector are commands recorded in the replay. The forms are the
 * networked console's (consoleForms.ts), made once per visit, so what is typed stays while the
 * class changes, and is kept as a draft across a reload.
 */
export function facilitatorScreen(ctx: FacilitatorContext): Screen {
  let forms: ConsoleForms | null = null;
  return {
    render: () => {
      forms ??= consoleForms(ctx.game().scenario, {
        facilitate: (action, reason) => ctx.facilitate(action, reason),
        withdrawPending: (i) => ctx.withdrawPending(i),
        setTimer: (m, hold) => ctx.setTimer(m, hold),
        notify: (m, k) => ctx.notify(m, k),
      }, storedDrafts(DRAFTS_KEY, storage));
      return render(ctx, forms);
    },
    leave: () => {},
  };
}

function render(ctx: FacilitatorContext, forms: ConsoleForms): View {
  const s = ctx.game();
  const cls = ctx.turn();
  const view = consoleView(cls, Date.now());
  forms.update(view);
  const locked = view.teams.filter((r) => view.locked[r]);
  const content = h('div', { class: 'screen facilitator' },
    h('h2', {}, t('ui.facilitator.title')),
    h('p', { class: 'hint' }, t('ui.facilitator.intro', { turn: s.state.turn + 1 })),
    h('div', { class: 'inline' },
      h('button', { type: 'button', class: 'primary', onclick: () => ctx.setPaused(!ctx.classroom.paused) }, ctx.classroom.paused ? t('ui.facilitator.resume') : t('ui.facilitator.pause')),
      h('button', { type: 'button', onclick: () => ctx.setProjector(true) }, t('ui.facilitator.projector')),
      h('button', { type: 'button', onclick: () => ctx.openProjectorWindow() }, t('classroom.oneDevice.openProjector')),
      h('button', { type: 'button', onclick: () => ctx.resumeGame() }, t('ui.facilitator.back')),
      h('button', { type: 'button', onclick: () => ctx.openDebrief(s) }, t('ui.end.debrief'))),
    locked.length
      ? h('section', { class: 'locked-choices' }, h('h3', {}, t('classroom.oneDevice.lockedChoices')),
          h('ul', {}, locked.map((r) => h('li', {}, t('ui.facilitator.lockedChoice', { role: roleName(r), decision: decisionText(r, view.locked[r]!.decision) })))))
      : null,
    talksPanel(view.state, s.scenario, 'facilitator-talks'),
    forms.timer,
    forms.pending,
    forms.tools,
  );
  return { content, map: { state: view.state, scenario: s.scenario } };
}
