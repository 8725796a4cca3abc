import { h } from '../dom.ts';
import { debriefQuestions, REFLECTION, REFLECTION_TITLE } from './questions.ts';
import { debriefSection } from './sectionFrame.ts';

/** Section 7: the scenario's debrief questions, and the written reflection that follows. */
export function questionsSection(scenarioId: string): HTMLElement {
  const questions = debriefQuestions(scenarioId);
  return debriefSection('debrief-questions', 7, 'Questions for the class', null,
    questions.length ? h('ol', { class: 'kd-questions' }, questions.map((q) => h('li', {}, q))) : h('p', { class: 'kd-quiet' }, 'This scenario has no debrief questions.'),
    h('aside', { class: 'kd-reflection' }, h('h3', {}, REFLECTION_TITLE), h('p', {}, REFLECTION)));
}
