import { ROLES, type Actor, type Role } from '../../../engine/index.ts';
import { h } from '../dom.ts';
import { roleName, t as words, withStop } from '../../../scenarios/words/words.ts';
import { debriefSection } from './sectionFrame.ts';
import { dayText } from './states.ts';
import { whoText, type DecisionEntry, type KeyEvent, type Timeline, type TimelineTurn } from './timeline.ts';

// A key event's tag, said when drawn (ui.debrief.kind.<kind>).
const kindLabel = (kind: KeyEvent['kind']): string => words(`ui.debrief.kind.${kind}`);

const whoTag = (by: Actor) => h('span', { class: `kd-who ${by === 'human' ? 'kd-team' : 'kd-bot'}` }, whoText(by));

/** A role's decision; who took it is said once in the column's head when one team or bot played the role all game. */
function decisionCell(d: DecisionEntry | undefined, seat: Actor | null): HTMLElement {
  if (!d) return h('td', {}, '');
  return h('td', { class: d.hold ? 'kd-hold' : 'kd-decided' },
    h('span', { class: 'kd-decision' }, d.label),
    seat === null ? [' ', whoTag(d.by)] : null);
}

function happenings(t: TimelineTurn): HTMLElement {
  const items: HTMLElement[] = [
    ...t.facilitator.map((f) => h('li', { class: 'kd-facilitator' },
      h('span', { class: 'kd-tag kd-tag-facilitator' }, words('ui.top.facilitator')), ' ', withStop(f.what), ' ',
      h('span', { class: 'kd-reason' }, words('ui.debrief.reason', { reason: f.reason })))),
    ...t.injects.map((x) => h('li', {}, h('span', { class: 'kd-tag kd-tag-news' }, words('ui.debrief.news')), ' ', x)),
    ...t.events.map((e) => h('li', { class: `kd-event-${e.kind}` }, h('span', { class: `kd-tag kd-tag-${e.kind}` }, kindLabel(e.kind)), ' ', e.text.replace(/^Losses: /, ''))),
  ];
  return h('td', { class: 'kd-happened' }, items.length ? h('ul', {}, items) : h('span', { class: 'kd-quiet' }, words('ui.debrief.nothing')));
}

const byRole = (t: TimelineTurn): Partial<Record<Role, DecisionEntry>> => Object.fromEntries(t.decisions.map((d) => [d.role, d]));

/** Section 1: the game turn by turn. */
export function timelineSection(timeline: Timeline): HTMLElement {
  const rows = timeline.turns.map((t) => {
    const d = byRole(t);
    return h('tr', {},
      h('th', { scope: 'row', class: 'kd-turn' }, words('ui.debrief.turn', { turn: t.turn + 1 }), h('span', { class: 'kd-day' }, dayText(t.day))),
      ROLES.map((r) => decisionCell(d[r], timeline.seats[r])),
      happenings(t));
  });
  const end = timeline.end;
  return debriefSection('debrief-timeline', 1, words('ui.debrief.timeline'), words('ui.debrief.timelineIntro'),
    h('div', { class: 'kd-scroll' },
      h('table', { class: 'kd-timeline' },
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, words('scorecard.turn')),
          ROLES.map((r) => {
            const seat = timeline.seats[r];
            return h('th', { scope: 'col', class: `kd-role kd-role-${r}` }, roleName(r), seat ? h('span', { class: 'kd-seat' }, ' ', whoTag(seat)) : null);
          }),
          h('th', { scope: 'col' }, words('ui.debrief.whatHappened')))),
        h('tbody', {}, rows,
          end ? h('tr', { class: 'kd-end-row' },
            h('th', { scope: 'row', class: 'kd-turn' }, words('ui.debrief.end'), h('span', { class: 'kd-day' }, dayText(end.day))),
            h('td', { colspan: ROLES.length + 1 }, words('ui.debrief.endLine', { title: end.title, reason: end.reason }))) : null))));
}
