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
    h('p', { class: 'packet-kicker' }, t('ui.packets.coverKicker')),
    h('h2', { id: 'packet-cover-title', class: 'packet-title' }, file.title),
    h('dl', { class: 'packet-facts' },
      fact(t('ui.setup.variant'), t('ui.packets.variantLine', { title: variant.title, description: variant.description })),
      fact(t('ui.packets.year'), String(file.year)),
      fact(t('ui.packets.turns'), t('ui.turnsEach', { days: daysText(file.turnDays), turns: turnsText(scenario.horizonTurns) })),
      fact(t('ui.packets.teams'), ROLES.map((r) => t('ui.export.roleWho', { role: roleName(r), who: t(`rolePlays.${r}`) })).join(t('ui.packets.semicolon')))),
    h('h3', {}, t('ui.briefing.decisionPoint')),
    h('p', {}, file.decisionPoint),
    h('h3', {}, t('ui.briefing.teaches')),
    h('ol', { class: 'packet-list' }, file.learningObjectives.map((x) => h('li', {}, x))),
    h('h3', {}, t('ui.packets.rules')),
    h('ul', { class: 'packet-list' }, legalInWords(scenario.legal, scenario.turnDays).map((x) => h('li', {}, x))),
    h('h3', {}, t('ui.packets.session')),
    sessionSteps(file, scenario.horizonTurns),
    h('p', { class: 'packet-note' }, t('ui.packets.modelNote')),
  );
}

function fact(term: string, detail: string): HTMLElement[] {
  return [h('dt', {}, term), h('dd', {}, detail)];
}

function sessionSteps(file: ScenarioFile, horizonTurns: number): HTMLElement {
  const step = (title: string, text: string) => h('li', {}, h('strong', {}, title), ' ', text);
  return h('ol', { class: 'packet-steps' },
    step(t('ui.packets.step1Title'), t('ui.packets.step1')),
    step(t('ui.packets.step2Title'), t('ui.packets.step2', { runs: t('ui.gameRunsInTurns', { days: daysText(file.turnDays), turns: turnsText(horizonTurns) }) })),
    step(t('ui.packets.step3Title'), t('ui.packets.step3')),
    step(t('ui.packets.step4Title'), t('ui.packets.step4')),
  );
}
