import { ROLES } from '../../../engine/index.ts';
import { h } from '../dom.ts';
import { roleName } from '../../../scenarios/words/words.ts';
import type { Session } from '../session.ts';
import { compareSessions, holdingText, type ComparedTurn, type Comparison, type GameSummary } from './compare.ts';
import { KEY_INDICATORS } from './keyIndicators.ts';
import { debriefSection } from './sectionFrame.ts';
import { dayOfTurn, dayText } from './states.ts';

/** A side's decisions in a turn: those that did something or differ from the other game; holds are summed up. */
function decisionsList(side: ComparedTurn['a'], differ: readonly string[]): HTMLElement {
  if (!side) return h('span', { class: 'kd-quiet' }, 'The game had ended.');
  const shown = side.decisions.filter((d) => !d.hold || differ.includes(d.role));
  const holding = side.decisions.filter((d) => !shown.includes(d)).map((d) => d.role);
  return h('ul', { class: 'kd-compare-decisions' },
    ROLES.map((r) => {
      const d = shown.find((x) => x.role === r);
      if (!d) return null;
      return h('li', { class: differ.includes(r) ? 'kd-differs' : d.hold ? 'kd-hold' : '' },
        h('span', { class: 'kd-role-name' }, `${roleName(r)}: `), d.label, ' ', h('span', { class: `kd-who ${d.by === 'human' ? 'kd-team' : 'kd-bot'}` }, d.who));
    }),
    holding.length ? h('li', { class: 'kd-hold' }, holdingText(holding)) : null,
    side.facilitator.map((f) => h('li', { class: 'kd-facilitator' }, h('span', { class: 'kd-tag kd-tag-facilitator' }, 'Facilitator'), ' ', f.what, '. ', h('span', { class: 'kd-reason' }, 'Reason: ', f.reason))));
}

function endTable(a: GameSummary, b: GameSummary): HTMLElement {
  const row = (label: string, x: string, y: string) => h('tr', { class: x !== y ? 'kd-differs' : '' }, h('th', { scope: 'row' }, label), h('td', {}, x), h('td', {}, y));
  return h('table', { class: 'kd-compare-end' },
    h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', { scope: 'col' }, a.label), h('th', { scope: 'col' }, b.label))),
    h('tbody', {},
      row('Outcome', a.outcomeTitle, b.outcomeTitle),
      row('Why it ended', a.reason || '-', b.reason || '-'),
      row('Seed', a.seed, b.seed),
      row('Turns played', `${a.turns} (${dayText(a.day)})`, `${b.turns} (${dayText(b.day)})`),
      KEY_INDICATORS.map((k) => row(k.label, k.value(a.indicators), k.value(b.indicators)))));
}

/** The comparison drawn: where the games parted, what each decided from then on, how each ended. */
export function comparisonView(c: Comparison, a: Session): HTMLElement {
  const d = c.divergence;
  return h('div', { class: 'kd-comparison' },
    h('div', { class: `kd-divergence${d ? '' : ' kd-same'}`, role: 'status' },
      h('h3', {}, d ? `First divergent turn: turn ${d.turn + 1} (${dayText(dayOfTurn(a, d.turn))})` : 'The same game'),
      h('p', {}, d ? d.text : 'Every turn has the same decisions and the same state: these records are one game.')),
    h('h3', {}, 'How each ended'),
    endTable(c.a, c.b),
    c.after.length ? h('h3', {}, d ? `From turn ${d.turn + 1} on` : 'Turn by turn') : null,
    c.after.length ? h('div', { class: 'kd-scroll' }, h('table', { class: 'kd-compare' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Turn'), h('th', { scope: 'col' }, c.a.label), h('th', { scope: 'col' }, c.b.label))),
      h('tbody', {}, c.after.map((t) => h('tr', {},
        h('th', { scope: 'row', class: 'kd-turn' }, `Turn ${t.turn + 1}`),
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
        const c = compareSessions(s, other, ['This game', other.setup.seed === s.setup.seed ? 'The other game' : `The other game (seed "${other.setup.seed}")`]);
        result.replaceChildren(comparisonView(c, s));
        onResult(c);
      } finally {
        open.disabled = false;
      }
    },
  }, 'Open a replay to compare…');
  return debriefSection('debrief-compare', 6, 'Compare with another game',
    'Open another replay of the same scenario (another class\'s game, or a branch of this one) to see the first turn where the two differ, what each side decided from then on, and how each ended.',
    open, result);
}
