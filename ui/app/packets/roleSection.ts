import { HOLD, type Role } from '../../../engine/index.ts';
import { h } from '../dom.ts';
import { TERM_GIVERS, termsBySide } from '../../../scenarios/words/narrate.ts';
import { listText, roleName, t } from '../../../scenarios/words/words.ts';
import { citation } from '../citation.ts';
import type { PacketContext } from './packetContext.ts';

/** Lines to write the position memo on: a page's worth, on A4 or Letter, under the prompts. */
export const MEMO_LINES = 20;

/**
 * A team's packet: who plays which role in it, its briefing, every option it can take over the game,
 * the sources, a card for each role within the team, and a position memo.
 */
export function roleSection(ctx: PacketContext, role: Role): HTMLElement {
  const { file, variant } = ctx;
  const b = file.roles[role];
  const name = roleName(role);
  const list = (title: string, items: string[]) => [h('h3', {}, title), h('ul', { class: 'packet-list' }, items.map((x) => h('li', {}, x)))];
  const headingId = `packet-${role}-title`;
  return h('section', { class: `packet-section packet-role packet-role-${role}`, id: `packet-${role}`, 'data-section': role, 'data-role': role, 'aria-labelledby': headingId },
    h('header', { class: 'packet-head' },
      h('p', { class: 'packet-kicker' }, t('ui.packets.kicker', { title: file.title, variant: variant.title, year: String(file.year) })),
      h('h2', { id: headingId, class: 'packet-role-title' }, t('ui.packets.teamPacket', { name })),
      h('p', { class: 'packet-for' }, t('ui.packets.teamFor', { name, plays: t(`rolePlays.${role}`) }))),
    teamRolesSummary(ctx, role),
    h('h3', {}, t('ui.packets.situation')),
    h('p', {}, b.situation),
    list(t('ui.packets.objectives'), b.objectives),
    list(t('ui.packets.constraints'), b.constraints),
    list(t('ui.packets.redLines'), b.redLines),
    list(t('ui.packets.authorities'), b.authorities),
    optionsList(ctx, role),
    termsList(ctx, role),
    sourcesList(ctx, role),
    // On pages of their own, to cut out and hand round.
    roleCards(ctx, role),
    // Last, on a page of its own: the sheet a team writes on and hands in.
    positionMemo(role),
  );
}

/** Class of everything in a team packet about the roles within the team: the picker can leave it all out of print. */
export const TEAM_ROLES_CLASS = 'packet-team-roles';

/** Under the packet's heading: the team's roles, the lead marked, and how they work together. */
function teamRolesSummary(ctx: PacketContext, role: Role): HTMLElement | null {
  const roles = ctx.scenario.teamRoles[role];
  const lead = roles.find((r) => r.lead);
  if (!roles.length || !lead) return null;
  const titles = roles.map((r) => (r.lead ? t('scorecard.of', { name: r.title, of: t('teamRoles.leadMark') }) : r.title));
  return h('div', { class: `${TEAM_ROLES_CLASS} packet-team-roles-summary` },
    h('p', {}, t('teamRoles.packet.summary', { count: roles.length, roles: listText(titles) })),
    h('p', { class: 'packet-note' }, t('teamRoles.packet.howTheyWork', { lead: lead.title })));
}

/** One card per role within the team, each a block of its own to cut out: title, the lead marked, the brief and the question to argue. */
function roleCards(ctx: PacketContext, role: Role): HTMLElement | null {
  const roles = ctx.scenario.teamRoles[role];
  if (!roles.length) return null;
  const team = roleName(role);
  return h('div', { class: `${TEAM_ROLES_CLASS} packet-role-cards`, id: `packet-${role}-roles`, 'data-team': role },
    h('h3', { class: 'packet-role-cards-title' }, t('teamRoles.packet.cardsTitle', { team })),
    h('p', { class: 'packet-note' }, t('teamRoles.packet.cardsNote')),
    roles.map((r) => {
      const headingId = `packet-${role}-role-${r.id}`;
      return h('article', { class: `packet-team-role${r.lead ? ' packet-team-role-lead' : ''}`, 'data-team-role': r.id, 'aria-labelledby': headingId },
        h('p', { class: 'packet-team-role-kicker' }, t('teamRoles.packet.cardKicker', { team, scenario: ctx.file.title })),
        h('h4', { id: headingId, class: 'packet-team-role-title' }, r.title),
        r.lead ? h('p', { class: 'packet-team-role-mark' }, t('teamRoles.lead')) : null,
        h('p', { class: 'packet-team-role-brief' }, r.brief),
        h('p', { class: 'packet-team-role-question' }, h('span', { class: 'packet-term' }, `${t('teamRoles.argue')} `), r.question));
    }));
}

function optionsList(ctx: PacketContext, role: Role): HTMLElement[] {
  const all = [HOLD, ...ctx.decisions[role]];
  return [
    h('h3', { class: 'packet-options-title' }, t('ui.packets.options', { count: all.length })),
    h('p', { class: 'packet-note' }, t('ui.packets.optionsNote')),
    h('ol', { class: 'packet-options' }, all.map((d) => {
      const o = ctx.options[role][d];
      return h('li', { class: 'packet-option', 'data-decision': d },
        h('h4', { class: 'packet-option-label' }, o?.label ?? d),
        o ? h('p', { class: 'packet-option-text' }, o.explanation) : null,
        o ? field(t('ui.packets.opens'), o.opensWhen, 'packet-option-opens') : null,
        o?.legalBasis ? field(t('ui.packets.legalBasis'), o.legalBasis, 'packet-option-legal') : null,
        o && o.sources.length ? field(t('ui.briefing.sources'), o.sources.flatMap((x, i) => citation(x, i)), 'packet-option-sources') : null);
    })),
  ];
}

/** For the two sides at the table: every term a settlement may hold in this scenario, by who gives it. */
function termsList(ctx: PacketContext, role: Role): HTMLElement[] {
  if (!(TERM_GIVERS as readonly Role[]).includes(role)) return [];
  const { terms } = ctx.scenario;
  return [
    h('h3', { class: 'packet-terms-title' }, t('packet.terms.title', { count: terms.length })),
    h('p', { class: 'packet-note' }, t('packet.terms.note')),
    h('div', { class: 'packet-terms' }, termsBySide(ctx.scenario, terms.map((x) => x.id)).map((g) =>
      h('div', { class: 'packet-terms-giver', 'data-giver': g.by },
        h('h4', {}, t('ui.talks.gives', { role: roleName(g.by) })),
        h('ul', { class: 'packet-list' }, g.terms.map((x) => h('li', {}, x)))))),
  ];
}

function field(term: string, text: string | (HTMLElement | string)[], className: string): HTMLElement {
  return h('p', { class: className }, h('span', { class: 'packet-term' }, t('ui.packets.term', { term })), ' ', text);
}

function positionMemo(role: Role): HTMLElement {
  const name = roleName(role);
  return h('div', { class: 'packet-memo' },
    h('h3', {}, t('ui.packets.memo', { name })),
    h('p', { class: 'packet-memo-names' }, t('ui.packets.names'), ' ', h('span', { class: 'packet-blank' })),
    h('p', {}, t('ui.packets.memoAsk', { name })),
    h('ol', { class: 'packet-list' },
      h('li', {}, t('ui.packets.memo1', { name })),
      h('li', {}, t('ui.packets.memo2')),
      h('li', {}, t('ui.packets.memo3')),
      h('li', {}, t('ui.packets.memo4'))),
    h('div', { class: 'packet-lines', 'aria-hidden': 'true' }, Array.from({ length: MEMO_LINES }, () => h('div', { class: 'packet-line' }))),
  );
}

function sourcesList(ctx: PacketContext, role: Role): HTMLElement {
  const { file } = ctx;
  const cited = [...new Set([HOLD, ...ctx.decisions[role]].flatMap((d) => ctx.options[role][d]?.sources ?? []))];
  return h('div', { class: 'packet-sources' },
    h('h3', {}, t('ui.briefing.sources')),
    h('ul', { class: 'packet-list' },
      file.sources.studies.map((x) => h('li', {}, x)),
      cited.length ? h('li', {}, t('ui.packets.cited', { tags: cited.join(t('packet.itemSep')) })) : null,
      file.sources.seeds.length ? h('li', {}, t('ui.packets.seeds', { seeds: file.sources.seeds.join(', ') })) : null),
    h('p', { class: 'packet-note' }, t('ui.packets.tagsNote')),
  );
}
