import { createGame, ROLES } from '../../../engine/index.ts';
import { loadScenario, scenarioFile } from '../../../scenarios/catalog.ts';
import type { App } from '../app.ts';
import { roleBriefing } from '../components/briefing.ts';
import { h } from '../dom.ts';

/** The decision point, the learning objectives, and the briefing of each role a person plays. */
export function briefingScreen(app: App): HTMLElement {
  const d = app.draft;
  const file = d ? scenarioFile(d.scenarioId) : undefined;
  const scenario = d ? loadScenario(d.scenarioId, d.variant) : 'no game chosen';
  if (!d || !file || typeof scenario === 'string') return h('p', {}, 'Choose a scenario first.');
  app.showOnMap(createGame(scenario, d.seed), scenario);
  const people = ROLES.filter((r) => d.seats[r] === 'human');
  const shown = people.length ? people : ROLES;
  const variant = file.variants.find((v) => v.id === d.variant);
  return h('div', { class: 'screen briefing' },
    h('h2', {}, file.title),
    h('p', { class: 'variant-note' }, `Variant: ${variant?.title ?? d.variant}. ${variant?.description ?? ''}`),
    h('h3', {}, 'The decision point'),
    h('p', {}, file.decisionPoint),
    h('h3', {}, 'What this game teaches'),
    h('ul', {}, file.learningObjectives.map((x) => h('li', {}, x))),
    people.length ? null : h('p', { class: 'hint' }, 'Every role is played by a bot: you will watch the game unfold turn by turn.'),
    shown.map((r) => roleBriefing(file, r)),
    h('details', { class: 'model-note' },
      h('summary', {}, 'This is a model: what it assumes'),
      h('p', {}, `Kuroshio is a teaching model, not a forecast. Turns are ${file.turnDays} days; the game ends at the first end condition that holds or after ${scenario.horizonTurns} turns. Numbers come from public studies where they exist (each with its source tag) and are stated as assumptions where they do not. Bots are simple, seeded rules of thumb, not predictions of any government.`),
      h('h4', {}, 'Sources'),
      h('ul', {}, file.sources.studies.map((x) => h('li', {}, x)), file.sources.seeds.map((x) => h('li', {}, `Seed article ${x}`)))),
    h('div', { class: 'inline' },
      h('button', { type: 'button', onclick: () => app.show('setup') }, 'Back'),
      h('button', { type: 'button', class: 'primary', onclick: () => app.startGame(d) }, 'Start the game'),
      h('a', { href: `?print=${encodeURIComponent(d.scenarioId)}&variant=${encodeURIComponent(d.variant)}`, target: '_blank', rel: 'noopener' }, 'Print briefing packets')),
  );
}
