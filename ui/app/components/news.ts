import type { GameEvent, Role, Scenario } from '../../../engine/index.ts';
import type { Statement } from '../../../engine/classroom/index.ts';
import { injectHeadline, narrateTurn } from '../../../scenarios/words/narrate.ts';
import { roleName, t } from '../../../scenarios/words/words.ts';
import { h } from '../dom.ts';

/**
 * This turn's news, as every screen shows it the moment it is played: the headline of each inject
 * (with the deck's text), what the facilitator's commands changed, and the teams' public statements.
 * Text a person wrote (a headline, a statement) is set as text, never parsed. Null when there is none.
 */
export function newsPanel(news: readonly GameEvent[], scenario: Scenario, statements: readonly Pick<Statement, 'from' | 'text'>[] = [], id = 'news'): HTMLElement | null {
  const injects = news.filter((e): e is Extract<GameEvent, { type: 'injectPlayed' }> => e.type === 'injectPlayed');
  const changes = narrateTurn(news, scenario).changes;
  if (!injects.length && !changes.length && !statements.length) return null;
  return h('section', { class: 'news', 'aria-labelledby': `${id}-title` },
    h('h3', { id: `${id}-title` }, t('classroom.news.title')),
    injects.length
      ? h('ul', { class: 'news-items' }, injects.map((e) => {
          const deck = e.headline === undefined ? scenario.injects.find((i) => i.id === e.id) : undefined;
          return h('li', { class: 'news-item' }, h('strong', { class: 'news-headline' }, injectHeadline(scenario, e.id, e.headline)), deck ? h('p', { class: 'news-text' }, deck.text) : null);
        }))
      : null,
    changes.length ? h('p', { class: 'news-changes' }, `${t('classroom.news.changed')} `, changes.join(' · ')) : null,
    statements.length
      ? [h('h4', {}, t('classroom.news.statements')),
          h('ul', { class: 'statements' }, statements.map((s) => h('li', { class: 'statement' }, h('strong', {}, `${roleName(s.from as Role)}: `), h('q', {}, s.text))))]
      : null);
}
