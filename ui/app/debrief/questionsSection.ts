import { h } from '../dom.ts';
import { t } from '../../../scenarios/words/words.ts';
import { debriefQuestions, reflection, reflectionTitle } from './questions.ts';
import { debriefSection } from './sectionFrame.ts';

/** Section 7: the scenario's debrief questions, and the written reflection that follows. */
export function questionsSection(scenarioId: string): HTMLElement {
  const questions = debriefQuestions(scenarioId);
  return debriefSection('debrief-questions', 8, t('ui.debrief.questionsTitle'), null,
    questions.length ? h('ol', { class: 'kd-questions' }, questions.map((q) => h('li', {}, q))) : h('p', { class: 'kd-quiet' }, t('ui.debrief.noQuestions')),
    h('aside', { class: 'kd-reflection' }, h('h3', {}, reflectionTitle()), h('p', {}, reflection())));
}
