import { stateHash } from '../../../engine/index.ts';
import { checkpointText, endingText } from '../../../scenarios/words/narrate.ts';
import { daysText, t, turnsText } from '../../../scenarios/words/words.ts';
import { forTeachers } from '../components/forTeachers.ts';
import { indicatorsPanel } from '../components/indicators.ts';
import { turnReport } from '../components/turnReport.ts';
import { h } from '../dom.ts';
import { scorecardCards } from '../scorecard/scorecardPanel.ts';
import { scorecardText, type ScorecardText } from '../scorecard/scorecardText.ts';
import type { ShellContext } from '../shellContext.ts';
import type { Screen } from './screen.ts';

export type EndContext = Pick<ShellContext, 'game' | 'open' | 'openDebrief' | 'viewGameAsReplay' | 'exportReplay' | 'shareLink'>;

/** How each side did against its objectives: the end says more than how the game ended. */
const scorecardSection = (card: ScorecardText) =>
  h('section', { class: 'scorecard', 'aria-labelledby': 'scorecard-title' },
    h('h3', { id: 'scorecard-title' }, card.title),
    h('p', { class: 'hint' }, card.intro),
    scorecardCards(card.roles, true));

/** The outcome and why, how each side did, where things stand, and the ways on: replay, export, share, a new game. */
export function endScreen(ctx: EndContext): Screen {
  return {
    render() {
      const s = ctx.game();
      const last = s.turns[s.turns.length - 1];
      const end = endingText(s.scenario, s.state);
      const content = h('div', { class: 'screen end' },
        h('h2', {}, end.title),
        h('p', { class: 'outcome-reason' }, end.reason),
        s.state.checkpoint ? h('p', { class: 'outcome-checkpoint' }, checkpointText(s.state.checkpoint)) : null,
        h('p', { class: 'turn-meta' }, t('ui.afterTurns', { turns: turnsText(s.state.turn), days: daysText(s.state.day) })),
        h('div', { class: 'inline' },
          h('button', { type: 'button', class: 'primary', onclick: () => ctx.openDebrief(s) }, t('ui.end.debrief')),
          h('button', { type: 'button', onclick: () => ctx.viewGameAsReplay() }, t('ui.end.stepThrough')),
          h('button', { type: 'button', onclick: () => ctx.exportReplay(s) }, t('ui.top.exportReplay')),
          h('button', { type: 'button', onclick: () => ctx.shareLink(s) }, t('ui.top.shareLink')),
          h('button', { type: 'button', onclick: () => ctx.open('setup') }, t('ui.top.newGame'))),
        scorecardSection(scorecardText(s.scenario, s.state)),
        last ? turnReport(last, s.scenario, s.state, false) : null,
        indicatorsPanel(s.state, s.scenario),
        forTeachers(stateHash(s.state)),
      );
      return { content, map: { state: s.state, scenario: s.scenario } };
    },
    leave() {},
  };
}
