import type { Role } from '../../../engine/index.ts';
import { scenarioFile } from '../../../scenarios/catalog.ts';
import type { App } from '../app.ts';
import { roleBriefing } from '../components/briefing.ts';
import { decisionPanel } from '../components/decisionPanel.ts';
import { indicatorsPanel } from '../components/indicators.ts';
import { turnReport } from '../components/turnReport.ts';
import { h } from '../dom.ts';
import { roleName } from '../../../scenarios/words/words.ts';
import { currentView, humanRoles, type Session } from '../session.ts';

/**
 * The teams' choices this turn, kept secret until all have decided. Tied to the state they were made
 * in: a new turn, a new game or a branch has a new state object, so old choices never carry over.
 */
const secret: { for: object | null; pending: number; decided: Partial<Record<Role, string>>; open: Role | null } = { for: null, pending: 0, decided: {}, open: null };

let countdown: ReturnType<typeof setInterval> | undefined;

/**
 * A turn. One person: their options, then End turn. Several teams on one device: each team in turn
 * takes the device behind a hand-off card, sees only its own options, and locks in a choice the
 * others cannot see; the turn resolves when all have decided. The projector view shows the public
 * situation only.
 */
export function playScreen(app: App, s: Session): HTMLElement {
  clearInterval(countdown);
  const { state, events: pendingEvents } = currentView(s);
  const last = s.turns[s.turns.length - 1];
  app.showOnMap(state, s.scenario, [...(last?.events ?? []), ...pendingEvents]);
  // The facilitator acting changes the situation the teams decided in: they decide again.
  if (secret.for !== s.state || secret.pending !== s.pending.length) Object.assign(secret, { for: s.state, pending: s.pending.length, decided: {}, open: null });

  const header = [
    h('h2', {}, `Turn ${s.state.turn + 1} of up to ${s.scenario.horizonTurns}`),
    h('p', { class: 'turn-meta' }, `Day ${s.state.day} · ${s.scenario.turnDays}-day turns · seed "${s.setup.seed}"`),
    s.pending.length ? h('p', { class: 'notice info' }, `The facilitator has acted this turn: ${s.pending.length} change${s.pending.length > 1 ? 's' : ''} (see the debrief for the reasons).`) : null,
    last ? turnReport(last, s.scenario) : h('p', { class: 'hint' }, 'The first turn: the situation is as the briefings describe it.'),
  ];
  const situation = h('details', { class: 'indicators-details', open: true }, h('summary', {}, 'Where things stand'), indicatorsPanel(state, s.scenario));

  if (app.projector) {
    return h('div', { class: 'screen play projector-view' }, header, situation,
      h('button', { type: 'button', onclick: () => app.setProjector(false) }, 'Leave the projector view'));
  }

  const teams = humanRoles(s);
  const body =
    teams.length === 0 ? [h('button', { type: 'button', class: 'primary', disabled: app.paused, onclick: () => app.playTurn({}) }, 'Next turn (bots decide)')]
    : teams.length === 1 ? onePerson(app, s, teams[0]!)
    : teamsOnOneDevice(app, s, teams);
  return h('div', { class: 'screen play' }, header, body, situation,
    h('button', { type: 'button', onclick: () => app.viewCurrentGameAsReplay() }, 'Step back through this game'));
}

function onePerson(app: App, s: Session, role: Role): HTMLElement[] {
  const state = currentView(s).state;
  const chosen: Partial<Record<Role, string>> = { [role]: 'hold' };
  return [
    decisionPanel(state, s.scenario, role, 'hold', (d) => { chosen[role] = d; }),
    h('button', { type: 'button', class: 'primary', disabled: app.paused, onclick: () => app.playTurn(chosen) }, 'End turn'),
  ];
}

function teamsOnOneDevice(app: App, s: Session, teams: Role[]): HTMLElement[] {
  const state = currentView(s).state;
  const status = h('ul', { class: 'team-status' }, teams.map((r) =>
    h('li', {}, `${roleName(r)}: `, secret.decided[r] ? h('strong', {}, 'decided') : 'deciding')));
  const next = teams.find((r) => !secret.decided[r]);
  const rerender = () => app.show('play');

  if (!next) {
    return [status, h('p', {}, 'Every team has decided. Their choices are revealed when the turn is resolved.'),
      h('button', { type: 'button', class: 'primary', disabled: app.paused, onclick: () => app.playTurn(secret.decided) }, 'Resolve the turn')];
  }
  if (secret.open !== next) {
    return [status, h('section', { class: 'handoff', 'aria-label': 'Hand-off' },
      h('h3', {}, `Pass the device to the ${roleName(next)} team`),
      h('p', {}, 'Other teams: look away. The next screen shows this team\'s options only; its choice stays hidden until every team has decided.'),
      h('button', { type: 'button', class: 'primary', disabled: app.paused, onclick: () => { secret.open = next; rerender(); } }, `We are the ${roleName(next)} team: show our options`))];
  }
  let chosen = 'hold';
  const file = scenarioFile(s.scenario.id);
  const timer = h('p', { class: 'timer', 'aria-live': 'polite' });
  if (app.timerMinutes > 0 && !app.paused) {
    const ends = Date.now() + app.timerMinutes * 60_000;
    const tick = () => {
      const left = Math.max(0, Math.round((ends - Date.now()) / 1000));
      timer.textContent = left > 0 ? `Time left: ${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}` : 'Time is up: lock in your decision.';
      if (left === 0) clearInterval(countdown);
    };
    tick();
    countdown = setInterval(tick, 1000);
  }
  return [status, h('section', { class: 'team-turn', 'aria-label': `${roleName(next)} team` },
    timer,
    file ? h('details', {}, h('summary', {}, `Your briefing (${roleName(next)})`), roleBriefing(file, next)) : null,
    decisionPanel(state, s.scenario, next, chosen, (d) => { chosen = d; }),
    h('button', { type: 'button', class: 'primary', disabled: app.paused, onclick: () => {
      clearInterval(countdown);
      secret.decided[next] = chosen;
      secret.open = null;
      rerender();
    } }, 'Lock in our decision and hide it'))];
}
