import { createGame, ROLES } from '../../../engine/index.ts';
import { loadScenario, scenarioFile } from '../../../scenarios/catalog.ts';
import { daysText, roleName, t, turnsText } from '../../../scenarios/words/words.ts';
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
      if (!d || !file || typeof scenario === 'string') return { content: h('p', {}, 'Choose a scenario first.'), map: null };
      const people = ROLES.filter((r) => d.seats[r] === 'human');
      // Several teams read this screen together: only what is public is on it. Each team's brief
      // (objectives, red lines) is on its own packet, and on its screen when it holds the device.
      const shared = people.length > 1;
      const shown = shared ? [] : people.length ? people : ROLES;
      const variant = file.variants.find((v) => v.id === d.variant);
      const content = h('div', { class: 'screen briefing' },
        h('h2', {}, file.title),
        h('p', { class: 'variant-note' }, `Variant: ${variant?.title ?? d.variant}. `, citedText(variant?.description ?? '')),
        h('h3', {}, 'The decision point'),
        h('p', {}, citedText(file.decisionPoint)),
        h('h3', {}, 'What this game teaches'),
        h('ul', {}, file.learningObjectives.map((x) => h('li', {}, citedText(x)))),
        people.length ? null : h('p', { class: 'hint' }, 'Every role is played by a bot: you will watch the game unfold turn by turn.'),
        shared ? [h('p', { class: 'hint' }, `Teams: ${people.map((r) => roleName(r)).join(', ')}. `, t('classroom.oneDevice.privateBriefs'))] : null,
        shown.map((r) => roleBriefing(file, r)),
        h('details', { class: 'model-note' },
          h('summary', {}, 'This is a model: what it assumes'),
          h('p', {}, t('ui.modelNote', { turnDays: daysText(file.turnDays), horizon: turnsText(scenario.horizonTurns) })),
          h('h4', {}, 'Sources'),
          h('ul', {}, file.sources.studies.map((x) => h('li', {}, citedText(x))),
            file.sources.seeds.length ? h('li', {}, t('ui.seedArticles', { count: file.sources.seeds.length })) : null)),
        h('div', { class: 'inline' },
          h('button', { type: 'button', onclick: () => ctx.open('setup') }, 'Back'),
          h('button', { type: 'button', class: 'primary', onclick: () => ctx.startGame(d) }, 'Start the game'),
          h('a', { href: `?print=${encodeURIComponent(d.scenarioId)}&variant=${encodeURIComponent(d.variant)}`, target: '_blank', rel: 'noopener' }, 'Print briefing packets')),
      );
      return { content, map: { state: createGame(scenario, d.seed), scenario } };
    },
    leave() {},
  };
}
