import { ROLES } from '../../../engine/index.ts';
import { roleName, t } from '../../../scenarios/words/words.ts';
import { h } from '../dom.ts';
import { chanceInWords, conditionInWords, effectInWords, legalInWords, variantChangesInWords } from './inWords.ts';
import type { PacketContext } from './packetContext.ts';

/** The facilitator's sheet: the assumptions of this game and its variants, the roles within every team, the event deck, and the debrief. */
export function facilitatorSheet(ctx: PacketContext): HTMLElement {
  const { file, variant, scenario } = ctx;
  const others = file.variants.filter((v) => v.id !== variant.id);
  return h('section', { class: 'packet-section packet-facilitator', id: 'packet-facilitator', 'data-section': 'facilitator', 'aria-labelledby': 'packet-facilitator-title' },
    h('header', { class: 'packet-head' },
      h('p', { class: 'packet-kicker' }, `Kuroshio · ${file.title} · ${variant.title} · ${file.year}`),
      h('h2', { id: 'packet-facilitator-title', class: 'packet-role-title' }, 'Facilitator sheet'),
      h('p', { class: 'packet-for' }, 'For the facilitator only: it shows the news that may come and what each variant assumes.')),
    h('h3', {}, `This game: ${variant.title}`),
    h('p', {}, variant.description),
    h('h4', {}, 'The rules this variant sets'),
    h('ul', { class: 'packet-list' }, legalInWords(scenario.legal, scenario.turnDays).map((x) => h('li', {}, x))),
    changes(ctx, variant, 'What it changes from the scenario as written'),
    others.length ? h('h3', {}, 'Other variants of this scenario') : null,
    others.length ? h('p', { class: 'packet-note' }, 'Run the same class again under another variant, or split the class between two, and compare the debriefs.') : null,
    others.map((v) => h('div', { class: 'packet-variant' },
      h('h4', {}, v.title),
      h('p', {}, v.description),
      changes(ctx, v, null))),
    teamRolesList(ctx),
    h('h3', {}, `The event deck (${file.injects.length} injects)`),
    h('p', { class: 'packet-note' },
      'The game draws these news items by itself when their conditions hold. Read each aloud when it comes up; you may also write your own.'),
    h('ol', { class: 'packet-injects' }, file.injects.map((i) => h('li', { class: 'packet-inject', 'data-inject': i.id },
      h('h4', {}, i.headline),
      h('p', {}, i.text),
      h('p', { class: 'packet-inject-when' }, h('span', { class: 'packet-term' }, 'Comes up when: '), `${capital(conditionInWords(i.when))}.`),
      h('p', { class: 'packet-inject-chance' }, h('span', { class: 'packet-term' }, 'Chance: '), chanceInWords(i)),
      h('p', { class: 'packet-inject-effects' }, h('span', { class: 'packet-term' }, 'Effect: '),
        i.effects.length ? `${i.effects.map(effectInWords).join('; ')}.` : 'news only; no number moves.')))),
    h('h3', {}, 'Debrief questions'),
    h('ol', { class: 'packet-list packet-debrief' }, file.debriefQuestions.map((q) => h('li', {}, q))),
    h('h3', {}, 'Written reflection'),
    h('p', {},
      'Ask each student for a one-page policy review memo written from their own point of view, not their role\'s: ',
      'which decision in the game, by any team, would they change; what evidence from the game and the sources supports the change; ',
      'and what it would have cost.'),
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
        h('strong', {}, r.title), r.lead ? ` (${t('teamRoles.lead')})` : '', '. ',
        h('span', { class: 'packet-term' }, t('teamRoles.facilitator.argues')), ' ', r.question))))),
  ];
}

function changes(ctx: PacketContext, v: PacketContext['variant'], title: string | null): (HTMLElement | null)[] {
  const lines = variantChangesInWords(ctx.file, v, ctx.baseParams);
  return [
    title ? h('h4', {}, title) : null,
    lines.length
      ? h('ul', { class: 'packet-list' }, lines.map((x) => h('li', {}, x)))
      : h('p', { class: 'packet-note' }, 'Nothing: this is the scenario as written.'),
  ];
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
