import { ROLES } from '../../../engine/index.ts';
import type { ScenarioFile } from '../../../scenarios/schema.ts';
import { h } from '../dom.ts';
import { daysText, roleName, t, turnsText } from '../../../scenarios/words/words.ts';
import { legalInWords } from './inWords.ts';
import type { PacketContext } from './packetContext.ts';

/**
 * The cover every team reads: the decision point, what the game teaches, and how the session runs,
 * modelled on classroom simulations (CFR Model Diplomacy and ICONS: domain-facts §3.4, §3.5, §3.8).
 */
export function coverSection(ctx: PacketContext): HTMLElement {
  const { file, variant, scenario } = ctx;
  return h('section', { class: 'packet-section packet-cover', id: 'packet-cover', 'data-section': 'cover', 'aria-labelledby': 'packet-cover-title' },
    h('p', { class: 'packet-kicker' }, 'Kuroshio · a teaching wargame of a Taiwan Strait crisis · briefing packets'),
    h('h2', { id: 'packet-cover-title', class: 'packet-title' }, file.title),
    h('dl', { class: 'packet-facts' },
      fact('Variant', `${variant.title}: ${variant.description}`),
      fact('Year', String(file.year)),
      fact('Turns', t('ui.turnsEach', { days: daysText(file.turnDays), turns: turnsText(scenario.horizonTurns) })),
      fact('Teams', ROLES.map((r) => `${roleName(r)} (${t(`rolePlays.${r}`)})`).join('; '))),
    h('h3', {}, 'The decision point'),
    h('p', {}, file.decisionPoint),
    h('h3', {}, 'What this game teaches'),
    h('ol', { class: 'packet-list' }, file.learningObjectives.map((x) => h('li', {}, x))),
    h('h3', {}, 'The rules in this game'),
    h('ul', { class: 'packet-list' }, legalInWords(scenario.legal, scenario.turnDays).map((x) => h('li', {}, x))),
    h('h3', {}, 'How the session runs'),
    sessionSteps(file, scenario.horizonTurns),
    h('p', { class: 'packet-note' },
      'Kuroshio is a teaching model, not a forecast. Its numbers come from public studies where they exist, each with a source tag ',
      '(such as MOFA-LPS, with a section mark such as §4.2, pointing to the project\'s fact sheet of public sources), and are marked ',
      'as scenario assumptions where they do not. The bots that play absent teams are simple seeded rules of thumb, not predictions of any government.'),
  );
}

function fact(term: string, detail: string): HTMLElement[] {
  return [h('dt', {}, term), h('dd', {}, detail)];
}

function sessionSteps(file: ScenarioFile, horizonTurns: number): HTMLElement {
  const step = (title: string, ...text: string[]) => h('li', {}, h('strong', {}, title), ' ', text.join(' '));
  return h('ol', { class: 'packet-steps' },
    step('Briefing and position memo.',
      'Each team reads this cover and its own packet, and only its own: the other capitals\' packets are their private briefings.',
      'Before play, the team writes a one-page position memo on the page provided: what it wants, its first move and the authority for it,',
      'and the lines it will not cross.'),
    step('Play, with a facilitator.',
      t('ui.gameRunsInTurns', { days: daysText(file.turnDays), turns: turnsText(horizonTurns) }),
      'Each turn every team chooses one option in secret; the choices are resolved together, dice decide what chance decides, and the screen reports what happened.',
      'Options open and close as the situation and the law change: the screen offers only those open now, and your packet lists them all with when they open.',
      'The facilitator runs the game like a simulation control cell: reads out news from the event deck, may add news of their own, pause the game,',
      'or overrule a result with a stated reason, which is recorded.'),
    step('Debrief.',
      'The facilitator shows the timeline of decisions and events, the legal thresholds crossed and when, and how the numbers moved.',
      'The same decisions replayed over many seeds show how much of the outcome was choice and how much was chance. The class discusses the debrief questions.'),
    step('Written reflection.',
      'Afterwards each student writes a short policy review memo in their own voice, not their role\'s:',
      'which decision in the game would you change, on what evidence, and at what cost?'),
  );
}
