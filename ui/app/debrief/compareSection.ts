import { ROLES } from '../../../engine/index.ts';
import { h } from '../dom.ts';
import { roleName, t as words, withStop } from '../../../scenarios/words/words.ts';
import type { Session } from '../session.ts';
import { compareSessions, holdingText, type ComparedTurn, type Comparison, type GameSummary } from './compare.ts';
import { KEY_INDICATORS } from './keyIndicators.ts';
import { debriefSection } from './sectionFrame.ts';
import { dayOfTurn, dayText } from './states.ts';

/** A side's decisions in a turn: those that did something or differ from the other game; holds are summed up. */
function decisionsList(side: ComparedTurn['a'], differ: readonly string[]): HTMLElement {
  if (!side) return h('span', { class: 'kd-quiet' }, words('ui.compare.ended'));
  const shown = side.decisions.filter((d) => !d.hold || differ.includes(d.role));
  const holding = side.decisions.filter((d) => !shown.includes(d)).map((d) => d.role);
  return h('ul', { class: 'kd-compare-decisions' },
    ROLES.map((r) => {
      const d = shown.find((x) => x.role === r);
      if (!d) return null;
      return h('li', { class: differ.includes(r) ? 'kd-differs' : d.hold ? 'kd-hold' : '' },
        h('span', { class: 'kd-role-name' }, words('ui.compare.roleLabel', { role: roleName(r) })), ' ', d.label, ' ', h('span', { class: `kd-who ${d.by === 'human' ? 'kd-team' : 'kd-bot'}` }, d.who));
    }),
    holding.length ? h('li', { class: 'kd-hold' }, holdingText(holding)) : null,
    side.facilitator.map((f) => h('li', { class: 'kd-facilitator' }, h('span', { class: 'kd-tag kd-tag-facilitator' }, words('ui.top.facilitator')), ' ', withStop(f.what), ' ', h('span', { class: 'kd-reason' }, words('ui.debrief.reason', { reason: f.reason })))));
}

function endTable(a: GameSummary, b: GameSummary): HTMLElement {
  const row = (label: string, x: string, y: string) => h('tr', { class: x !== y ? 'kd-differs' : '' }, h('th', { scope: 'row' }, label), h('td', {}, x), h('td', {}, y));
  return h('table', { class: 'kd-compare-end' },
    h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', { scope: 'col' }, a.label), h('th', { scope: 'col' }, b.label))),
    h('tbody', {},
      row(words('scorecard.outcome'), a.outcomeTitle, b.outcomeTitle),
      row(words('ui.compare.whyEnded'), a.reason || '-', b.reason || '-'),
      row(words('ui.setup.seed'), a.seed, b.seed),
      row(words('ui.compare.turnsPlayed'), words('ui.compare.turnsDay', { turns: a.turns, day: dayText(a.day) }), words('ui.compare.turnsDay', { turns: b.turns, day: dayText(b.day) })),
      KEY_INDICATORS.map((k) => row(k.label, k.value(a.indicators), k.value(b.indicators)))));
}

/** The comparison drawn: where the games parted, what each decided from then on, how each ended. */
export function comparisonView(c: Comparison, a: Session): HTMLElement {
  const d = c.divergence;
  return h('div', { class: 'kd-comparison' },
    h('div', { class: `kd-divergence${d ? '' : ' kd-same'}`, role: 'status' },
      h('h3', {}, d ? words('ui.compare.firstDivergent', { turn: d.turn + 1, day: dayText(dayOfTurn(a, d.turn)) }) : words('ui.compare.same')),
      h('p', {}, d ? d.text : words('ui.compare.sameText'))),
    h('h3', {}, words('ui.compare.howEnded')),
    endTable(c.a, c.b),
    c.after.length ? h('h3', {}, d ? words('ui.compare.fromTurn', { turn: d.turn + 1 }) : words('ui.compare.turnByTurn')) : null,
    c.after.length ? h('div', { class: 'kd-scroll' }, h('table', { class: 'kd-compare' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, words('scorecard.turn')), h('th', { scope: 'col' }, c.a.label), h('th', { scope: 'col' }, c.b.label))),
      h('tbody', {}, c.after.map((t) => h('tr', {},
        h('th', { scope: 'row', class: 'kd-turn' }, words('ui.debrief.turn', { turn: t.turn + 1 })),
        h('td', {}, decisionsList(t.a, t.differ)),
        h('td', {}, decisionsList(t.b, t.differ))))))) : null);
}

/** Section 6: this game beside another replay (another class, or a branch). */
export function compareSection(s: Session, ctx: { pickReplay(): Promise<Session | null> }, onResult: (c: Comparison) => void): HTMLElement {
  const result = h('div', { class: 'kd-compare-result' });
  const open = h('button', {
    type: 'button', class: 'primary',
    onclick: async () => {
      open.disabled = true;
      try {
        const other = await ctx.pickReplay();
        if (!other) return;
        const c = compareSessions(s, other, [words('ui.compare.thisGame'), other.setup.seed === s.setup.seed ? words('ui.compare.otherGame') : words('ui.compare.otherGameSeed', { seed: other.setup.seed })]);
        result.replaceChildren(comparisonView(c, s));
        onResult(c);
      } finally {
        open.disabled = false;
      }
    },
  }, words('ui.compare.open'));
  return debriefSection('debrief-compare', 7, words('ui.compare.title'),
    words('ui.compare.intro'),
    open, result);
}
