import { ROLES } from '../../../engine/index.ts';
import { roleName, sentence, t, withStop } from '../../../scenarios/words/words.ts';
import { h } from '../dom.ts';
import { chanceInWords, conditionInWords, effectInWords, legalInWords, variantChangesInWords } from './inWords.ts';
import type { PacketContext } from './packetContext.ts';

/** The facilitator's sheet: the assumptions of this game and its variants, the roles within every team, the event deck, and the debrief. */
export function facilitatorSheet(ctx: PacketContext): HTMLElement {
  const { file, variant, scenario } = ctx;
  const others = file.variants.filter((v) => v.id !== variant.id);
  return h('section', { class: 'packet-section packet-facilitator', id: 'packet-facilitator', 'data-section': 'facilitator', 'aria-labelledby': 'packet-facilitator-title' },
    h('header', { class: 'packet-head' },
      h('p', { class: 'packet-kicker' }, t('ui.packets.kicker', { title: file.title, variant: variant.title, year: String(file.year) })),
      h('h2', { id: 'packet-facilitator-title', class: 'packet-role-title' }, t('ui.packets.facilitatorSheet')),
      h('p', { class: 'packet-for' }, t('ui.packets.facilitatorFor'))),
    h('h3', {}, t('ui.packets.thisGame', { title: variant.title })),
    h('p', {}, variant.description),
    h('h4', {}, t('ui.packets.variantRules')),
    h('ul', { class: 'packet-list' }, legalInWords(scenario.legal, scenario.turnDays).map((x) => h('li', {}, x))),
    changes(ctx, variant, t('ui.packets.variantChanges')),
    others.length ? h('h3', {}, t('ui.packets.otherVariants')) : null,
    others.length ? h('p', { class: 'packet-note' }, t('ui.packets.otherVariantsNote')) : null,
    others.map((v) => h('div', { class: 'packet-variant' },
      h('h4', {}, v.title),
      h('p', {}, v.description),
      changes(ctx, v, null))),
    teamRolesList(ctx),
    h('h3', {}, t('ui.packets.deck', { count: file.injects.length })),
    h('p', { class: 'packet-note' }, t('ui.packets.deckNote')),
    h('ol', { class: 'packet-injects' }, file.injects.map((i) => h('li', { class: 'packet-inject', 'data-inject': i.id },
      h('h4', {}, i.headline),
      h('p', {}, i.text),
      h('p', { class: 'packet-inject-when' }, h('span', { class: 'packet-term' }, t('ui.packets.comesUp')), ' ', sentence(conditionInWords(i.when))),
      h('p', { class: 'packet-inject-chance' }, h('span', { class: 'packet-term' }, t('ui.packets.chance')), ' ', chanceInWords(i)),
      h('p', { class: 'packet-inject-effects' }, h('span', { class: 'packet-term' }, t('ui.packets.effect')), ' ',
        i.effects.length ? withStop(i.effects.map(effectInWords).join(t('ui.packets.semicolon'))) : t('ui.packets.newsOnly'))))),
    h('h3', {}, t('ui.packets.debriefQuestions')),
    h('ol', { class: 'packet-list packet-debrief' }, file.debriefQuestions.map((q) => h('li', {}, q))),
    h('h3', {}, t('ui.packets.reflection')),
    h('p', {}, t('ui.packets.reflectionAsk')),
  );
}

/** Every team's roles, the lead marked, with the question each argues: the teams' cards carry the briefs. */
function teamRolesList(ctx: PacketContext): HTMLElement[] {
  const { teamRoles } = ctx.scenario;
  // Roles are optional per scenario: none, nothing to say.
  if (!ROLES.some((team) => teamRoles[team].length)) return [];
  return [
    h('h3', { class: 'packet-team-roles-all-title' }, t('teamRoles.facilitator.title')),
    h('p', { class: 'packet-note' }, t('teamRoles.facilitator.note')),
    ...ROLES.filter((team) => teamRoles[team].length).map((team) => h('div', { class: 'packet-team-roles-all', 'data-team': team },
      h('h4', {}, t('teamRoles.facilitator.team', { team: roleName(team), count: teamRoles[team].length })),
      h('ul', { class: 'packet-list' }, teamRoles[team].map((r) => h('li', { 'data-team-role': r.id },
        h('strong', {}, r.title), r.lead ? t('ui.packets.leadMark', { lead: t('teamRoles.lead') }) : '', t('ui.packets.stop'), ' ',
        h('span', { class: 'packet-term' }, t('teamRoles.facilitator.argues')), ' ', r.question))))),
  ];
}

function changes(ctx: PacketContext, v: PacketContext['variant'], title: string | null): (HTMLElement | null)[] {
  const lines = variantChangesInWords(ctx.file, v, ctx.baseParams);
  return [
    title ? h('h4', {}, title) : null,
    lines.length
      ? h('ul', { class: 'packet-list' }, lines.map((x) => h('li', {}, x)))
      : h('p', { class: 'packet-note' }, t('ui.packets.noChanges')),
  ];
}

