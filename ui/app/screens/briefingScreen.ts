import { createGame, ROLES } from '../../../engine/index.ts';
import { loadScenario, scenarioFile } from '../../../scenarios/catalog.ts';
import { daysText, listText, roleName, t, turnsText } from '../../../scenarios/words/words.ts';
import { citedText } from '../citation.ts';
import { roleBriefing } from '../components/briefing.ts';
import { h } from '../dom.ts';
import type { ShellContext } from '../shellContext.ts';
import type { Screen } from './screen.ts';

export type BriefingContext = Pick<ShellContext, 'draft' | 'open' | 'startGame'>;

/** The decision point, the learning objectives, and the briefing of each role a person plays. */
export function briefingScreen(ctx: BriefingContext): Screen {
  return {
    render() {
      const d = ctx.draft();
      const file = d ? scenarioFile(d.scenarioId) : undefined;
      const scenario = d ? loadScenario(d.scenarioId, d.variant) : 'no game chosen';
      if (!d || !file || typeof scenario === 'string') return { content: h('p', {}, t('ui.briefing.chooseFirst')), map: null };
      const people = ROLES.filter((r) => d.seats[r] === 'human');
      // Several teams read this screen together: only what is public is on it. Each team's brief
      // (objectives, red lines) is on its own packet, and on its screen when it holds the device.
      const shared = people.length > 1;
      const shown = shared ? [] : people.length ? people : ROLES;
      const variant = file.variants.find((v) => v.id === d.variant);
      const content = h('div', { class: 'screen briefing' },
        h('h2', {}, file.title),
        h('p', { class: 'variant-note' }, t('ui.briefing.variant', { title: variant?.title ?? d.variant }), ' ', citedText(variant?.description ?? '')),
        h('h3', {}, t('ui.briefing.decisionPoint')),
        h('p', {}, citedText(file.decisionPoint)),
        h('h3', {}, t('ui.briefing.teaches')),
        h('ul', {}, file.learningObjectives.map((x) => h('li', {}, citedText(x)))),
        people.length ? null : h('p', { class: 'hint' }, t('ui.briefing.allBots')),
        shared ? [h('p', { class: 'hint' }, t('ui.briefing.teams', { teams: listText(people.map((r) => roleName(r))) }), ' ', t('classroom.oneDevice.privateBriefs'))] : null,
        shown.map((r) => roleBriefing(file, r)),
        h('details', { class: 'model-note' },
          h('summary', {}, t('ui.briefing.modelSummary')),
          h('p', {}, t('ui.modelNote', { turnDays: daysText(file.turnDays), horizon: turnsText(scenario.horizonTurns) })),
          h('h4', {}, t('ui.briefing.sources')),
          h('ul', {}, file.sources.studies.map((x) => h('li', {}, citedText(x))),
            file.sources.seeds.length ? h('li', {}, t('ui.seedArticles', { count: file.sources.seeds.length })) : null)),
        h('div', { class: 'inline' },
          h('button', { type: 'button', onclick: () => ctx.open('setup') }, t('ui.briefing.back')),
          h('button', { type: 'button', class: 'primary', onclick: () => ctx.startGame(d) }, t('ui.briefing.start')),
          h('a', { href: `?print=${encodeURIComponent(d.scenarioId)}&variant=${encodeURIComponent(d.variant)}`, target: '_blank', rel: 'noopener' }, t('ui.setup.printPackets'))),
      );
      return { content, map: { state: createGame(scenario, d.seed), scenario } };
    },
    leave() {},
  };
}
