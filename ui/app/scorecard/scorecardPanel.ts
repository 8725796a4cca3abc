import { citedText } from '../citation.ts';
import { h } from '../dom.ts';
import { sentenceGap, t } from '../../../scenarios/words/words.ts';
import type { RoleScoreText } from './scorecardText.ts';

const grade = (o: RoleScoreText['objectives'][number]) => h('span', { class: `grade grade-${o.grade}` }, o.gradeText);

/** One side's card in full: its score, then each objective with its grade, what it is judged by and the figures behind it. */
function roleTable(r: RoleScoreText): HTMLElement {
  return h('div', { class: `scorecard-role scorecard-${r.role}` },
    h('h4', {}, r.heading),
    h('table', { class: 'scorecard-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('scorecard.objective')), h('th', { scope: 'col' }, t('scorecard.graded')), h('th', { scope: 'col' }, t('scorecard.behind')))),
      h('tbody', {}, r.objectives.map((o) => h('tr', {},
        h('td', {},
          h('p', { class: 'scorecard-objective' }, citedText(o.text)),
          h('p', { class: 'scorecard-tests' }, o.tests.join(sentenceGap())),
          h('p', { class: 'scorecard-source' }, `${t('scorecard.thresholds')}${sentenceGap()}`, citedText(o.source))),
        h('td', {}, grade(o)),
        h('td', {}, h('ul', { class: 'scorecard-figures' }, o.figures.map((f) => h('li', {}, f)))))))));
}

/** One side's card folded to its score and grades, for a narrow panel: each objective's grade and figures a click away. */
function roleSummary(r: RoleScoreText): HTMLElement {
  return h('details', { class: `scorecard-role scorecard-${r.role}` },
    h('summary', {}, h('h4', {}, r.heading), ' ', h('span', { class: 'scorecard-grades' }, r.objectives.map(grade))),
    h('ol', { class: 'scorecard-list' }, r.objectives.map((o) => h('li', {},
      grade(o), ' ', citedText(o.text),
      h('ul', { class: 'scorecard-figures' }, o.figures.map((f) => h('li', {}, f)))))));
}

/** The four sides' scorecards: in full for the debrief, folded for the end screen's panel. */
export function scorecardCards(roles: readonly RoleScoreText[], folded = false): HTMLElement {
  return h('div', { class: 'scorecard-cards' }, roles.map(folded ? roleSummary : roleTable));
}
