import { citedText } from '../citation.ts';
import { h } from '../dom.ts';
import { t } from '../../../scenarios/words/words.ts';
import type { RoleScoreText } from './scorecardText.ts';

/** One side's card: its score, then each objective with its grade, what it is judged by and the figures behind it. */
function roleCard(r: RoleScoreText): HTMLElement {
  return h('div', { class: `scorecard-role scorecard-${r.role}` },
    h('h4', {}, r.heading),
    h('table', { class: 'scorecard-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('scorecard.objective')), h('th', { scope: 'col' }, t('scorecard.graded')), h('th', { scope: 'col' }, t('scorecard.behind')))),
      h('tbody', {}, r.objectives.map((o) => h('tr', {},
        h('td', {},
          h('p', { class: 'scorecard-objective' }, citedText(o.text)),
          h('p', { class: 'scorecard-tests' }, o.tests.join(' ')),
          h('p', { class: 'scorecard-source' }, `${t('scorecard.thresholds')} `, citedText(o.source))),
        h('td', {}, h('span', { class: `grade grade-${o.grade}` }, o.gradeText)),
        h('td', {}, h('ul', { class: 'scorecard-figures' }, o.figures.map((f) => h('li', {}, f)))))))));
}

/** The four sides' scorecards, for the end screen and the debrief. */
export function scorecardCards(roles: readonly RoleScoreText[]): HTMLElement {
  return h('div', { class: 'scorecard-cards' }, roles.map(roleCard));
}
