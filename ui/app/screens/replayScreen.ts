import { ROLES, stateHash } from '../../../engine/index.ts';
import { endingTitle, roleName, t, turnsText } from '../../../scenarios/words/words.ts';
import { forTeachers } from '../components/forTeachers.ts';
import { indicatorsPanel } from '../components/indicators.ts';
import { turnReport } from '../components/turnReport.ts';
import { h } from '../dom.ts';
import type { Session } from '../session.ts';
import type { ShellContext } from '../shellContext.ts';
import type { Screen } from './screen.ts';

export type ReplayContext = Pick<ShellContext, 'gameInProgress' | 'redraw' | 'branch' | 'openDebrief' | 'resumeGame'>;

/** Step through a recorded game turn by turn with the map following, and branch from any turn. Opens at the end. */
export function replayScreen(ctx: ReplayContext, s: Session): Screen {
  const n = s.turns.length;
  let k = n;
  const step = (to: number) => {
    k = Math.max(0, Math.min(to, n));
    ctx.redraw();
  };
  return {
    render() {
      const state = s.states[k]!;
      const record = k > 0 ? s.turns[k - 1] : undefined;
      const slider = h('input', { type: 'range', id: 'timeline', min: 0, max: n, step: 1, value: k, 'aria-label': t('scorecard.turn'),
        onchange: (e: Event) => {
          step(Number((e.target as HTMLInputElement).value));
          document.getElementById('timeline')?.focus();
        } });
      const outcome = k === n && s.state.outcome ? endingTitle(s.state.outcome, s.state.ending) : '';
      const canBranch = k < n || !s.state.outcome;
      const content = h('div', { class: 'screen replay' },
        h('h2', {}, t('ui.replay.title')),
        h('p', { class: 'turn-meta' }, t('ui.replay.meta', { title: s.scenario.title, seed: s.setup.seed, turns: turnsText(n), outcome, ended: outcome !== '' })),
        h('div', { class: 'timeline' },
          h('button', { type: 'button', disabled: k === 0, onclick: () => step(k - 1) }, h('span', { 'aria-hidden': 'true' }, '◀ '), t('ui.replay.previousTurn')),
          slider,
          h('button', { type: 'button', disabled: k === n, onclick: () => step(k + 1) }, t('ui.replay.nextTurn'), h('span', { 'aria-hidden': 'true' }, ' ▶'))),
        h('p', { class: 'timeline-position', 'aria-live': 'polite' }, k === 0 ? t('ui.replay.start') : t('ui.replay.after', { turn: k, day: state.day })),
        record ? turnReport(record, s.scenario, state) : null,
        h('section', { class: 'branch' },
          h('h3', {}, t('ui.replay.branch')),
          h('p', { class: 'hint' }, canBranch
            ? t('ui.branchHint', { kept: k })
            : t('ui.replay.endedHere')),
          canBranch ? h('div', { class: 'inline' }, ROLES.map((r) => h('button', { type: 'button', onclick: () => ctx.branch(s, k, r) }, t('ui.takeOver', { role: roleName(r) })))) : null),
        h('button', { type: 'button', onclick: () => ctx.openDebrief(s) }, t('ui.replay.debrief')),
        h('details', {}, h('summary', {}, t('ui.replay.whereThingsStand')), indicatorsPanel(state, s.scenario)),
        ctx.gameInProgress() ? h('button', { type: 'button', onclick: () => ctx.resumeGame() }, t('ui.replay.backToGame')) : null,
        forTeachers(stateHash(state)),
      );
      return { content, map: { state, scenario: s.scenario } };
    },
    leave() {},
  };
}
