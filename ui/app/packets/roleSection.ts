import { HOLD, type Role } from '../../../engine/index.ts';
import { h } from '../dom.ts';
import { TERM_GIVERS, termsBySide } from '../../../scenarios/words/narrate.ts';
import { roleName, t } from '../../../scenarios/words/words.ts';
import { citation } from '../citation.ts';
import type { PacketContext } from './packetContext.ts';

/** Lines to write the position memo on: a page's worth, on A4 or Letter, under the prompts. */
export const MEMO_LINES = 20;

/** A team's packet: its briefing, every option it can take over the game, a position memo, and the sources. */
export function roleSection(ctx: PacketContext, role: Role): HTMLElement {
  const { file, variant } = ctx;
  const b = file.roles[role];
  const name = roleName(role);
  const list = (title: string, items: string[]) => [h('h3', {}, title), h('ul', { class: 'packet-list' }, items.map((x) => h('li', {}, x)))];
  const headingId = `packet-${role}-title`;
  return h('section', { class: `packet-section packet-role packet-role-${role}`, id: `packet-${role}`, 'data-section': role, 'data-role': role, 'aria-labelledby': headingId },
    h('header', { class: 'packet-head' },
      h('p', { class: 'packet-kicker' }, `Kuroshio · ${file.title} · ${variant.title} · ${file.year}`),
      h('h2', { id: headingId, class: 'packet-role-title' }, `Team packet: ${name}`),
      h('p', { class: 'packet-for' }, `For the ${name} team, who play ${t(`rolePlays.${role}`)}. Read it before the session; keep it from the other teams.`)),
    h('h3', {}, 'Your situation'),
    h('p', {}, b.situation),
    list('Your objectives', b.objectives),
    list('Your constraints', b.constraints),
    list('Your red lines', b.redLines),
    list('What your law and policy allow', b.authorities),
    optionsList(ctx, role),
    termsList(ctx, role),
    sourcesList(ctx, role),
    // Last, on a page of its own: the sheet a team writes on and hands in.
    positionMemo(role),
  );
}

function optionsList(ctx: PacketContext, role: Role): HTMLElement[] {
  const all = [HOLD, ...ctx.decisions[role]];
  return [
    h('h3', { class: 'packet-options-title' }, `Your options over the game (${all.length})`),
    h('p', { class: 'packet-note' },
      'Each turn your team chooses one of these. Few are open at the start: each opens when the situation and the law allow it, ',
      'and the screen offers only those open that turn.'),
    h('ol', { class: 'packet-options' }, all.map((d) => {
      const o = ctx.options[role][d];
      return h('li', { class: 'packet-option', 'data-decision': d },
        h('h4', { class: 'packet-option-label' }, o?.label ?? d),
        o ? h('p', { class: 'packet-option-text' }, o.explanation) : null,
        o ? field('When it opens', o.opensWhen, 'packet-option-opens') : null,
        o?.legalBasis ? field('Legal basis', o.legalBasis, 'packet-option-legal') : null,
        o && o.sources.length ? field('Sources', o.sources.flatMap((x, i) => citation(x, i)), 'packet-option-sources') : null);
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
  return h('p', { class: className }, h('span', { class: 'packet-term' }, `${term}: `), text);
}

function positionMemo(role: Role): HTMLElement {
  const name = roleName(role);
  return h('div', { class: 'packet-memo' },
    h('h3', {}, `Position memo: ${name} team`),
    h('p', { class: 'packet-memo-names' }, 'Names: ', h('span', { class: 'packet-blank' })),
    h('p', {}, `Before play, write one page as the ${name} team and hand it to the facilitator. Cover, briefly:`),
    h('ol', { class: 'packet-list' },
      h('li', {}, `What ${name} wants from this crisis, most important first.`),
      h('li', {}, 'Your first move, and the authority it rests on (see "What your law and policy allow").'),
      h('li', {}, 'What would make you escalate, and what would make you step back.'),
      h('li', {}, "The red line of another capital you most need to respect, and how you would know you were close to it.")),
    h('div', { class: 'packet-lines', 'aria-hidden': 'true' }, Array.from({ length: MEMO_LINES }, () => h('div', { class: 'packet-line' }))),
  );
}

function sourcesList(ctx: PacketContext, role: Role): HTMLElement {
  const { file } = ctx;
  const cited = [...new Set([HOLD, ...ctx.decisions[role]].flatMap((d) => ctx.options[role][d]?.sources ?? []))];
  return h('div', { class: 'packet-sources' },
    h('h3', {}, 'Sources'),
    h('ul', { class: 'packet-list' },
      file.sources.studies.map((x) => h('li', {}, x)),
      cited.length ? h('li', {}, `Cited for your options: ${cited.join('; ')}.`) : null,
      file.sources.seeds.length ? h('li', {}, `Articles the scenario starts from: ${file.sources.seeds.join(', ')}.`) : null),
    h('p', { class: 'packet-note' },
      'Tags such as MOFA-LPS name public sources (government pages, statutes, studies, press); section marks such as §4.2 point to where ',
      'the project\'s fact sheet summarises them. Anything marked as a scenario assumption is the game\'s choice, not a fact.'),
  );
}
