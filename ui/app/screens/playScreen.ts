import type { Role } from '../../../engine/index.ts';
import { scenarioFile } from '../../../scenarios/catalog.ts';
import { roleName, t } from '../../../scenarios/words/words.ts';
import type { createBallot, Votes } from '../ballot.ts';
import { roleBriefing } from '../components/briefing.ts';
import { decisionPanel } from '../components/decisionPanel.ts';
import { indicatorsPanel } from '../components/indicators.ts';
import { talksPanel } from '../components/talks.ts';
import { turnReport } from '../components/turnReport.ts';
import { h } from '../dom.ts';
import { checkChoice, currentView, humanRoles, type Session } from '../session.ts';
import type { ShellContext } from '../shellContext.ts';
import type { Screen } from './screen.ts';

export type PlayContext = Pick<ShellContext, 'game' | 'classroom' | 'redraw' | 'playTurn' | 'setProjector' | 'viewGameAsReplay'> & {
  ballot: ReturnType<typeof createBallot>;
};

/**
 * A turn. One person: their options, then End turn. Several teams on one device: each team in turn
 * takes the device behind a hand-off card, sees only its own options, and locks in a choice the
 * others cannot see; the turn resolves when all have decided. The projector view shows the public
 * situation only. The team's countdown is this screen's: it stops when the screen is left.
 */
export function playScreen(ctx: PlayContext): Screen {
  let countdown: ReturnType<typeof setInterval> | undefined;
  const stopCountdown = () => clearInterval(countdown);

  function startCountdown(timer: HTMLElement): void {
    const ends = Date.now() + ctx.classroom.timerMinutes * 60_000;
    const tick = () => {
      const left = Math.max(0, Math.round((ends - Date.now()) / 1000));
      timer.textContent = left > 0 ? `Time left: ${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}` : 'Time is up: lock in your decision.';
      if (left === 0) stopCountdown();
    };
    tick();
    countdown = setInterval(tick, 1000);
  }

  /** A role's options in the situation the teams see, each choice checked by the engine before it is sent. */
  const panelFor = (s: Session, role: Role) => decisionPanel(currentView(s).state, s.scenario, role, (c) => checkChoice(s, role, c));

  function onePerson(s: Session, role: Role): HTMLElement[] {
    const panel = panelFor(s, role);
    return [
      panel.element,
      h('button', { type: 'button', class: 'primary', disabled: ctx.classroom.paused, onclick: () => {
        const choice = panel.choice();
        if (choice) ctx.playTurn({ [role]: choice });
      } }, 'End turn'),
    ];
  }

  function teamsOnOneDevice(s: Session, teams: Role[], votes: Votes): HTMLElement[] {
    const paused = ctx.classroom.paused;
    const status = h('ul', { class: 'team-status' }, teams.map((r) =>
      h('li', {}, votes.decided[r] ? [`${roleName(r)}: `, h('strong', {}, t('ui.team.decided'))] : t('ui.team.deciding', { role: roleName(r) }))));
    const next = teams.find((r) => !votes.decided[r]);
    if (!next) {
      return [status, h('p', {}, 'Every team has decided. Their choices are revealed when the turn is resolved.'),
        h('button', { type: 'button', class: 'primary', disabled: paused, onclick: () => ctx.playTurn(votes.decided) }, 'Resolve the turn')];
    }
    // The hand-off card and the team's options each open at the top of the pane, where the person holding the device looks.
    if (votes.open !== next) {
      return [status, h('section', { class: 'handoff', 'aria-label': 'Hand-off' },
        h('h3', {}, t('ui.team.passTheDevice', { role: roleName(next) })),
        h('p', {}, 'Other teams: look away. The next screen shows this team\'s options only; its choice stays hidden until every team has decided.'),
        h('button', { type: 'button', class: 'primary', disabled: paused, onclick: () => { votes.open = next; ctx.redraw(true); } }, t('ui.team.showOurOptions', { role: roleName(next) })))];
    }
    const panel = panelFor(s, next);
    const file = scenarioFile(s.scenario.id);
    const timer = h('p', { class: 'timer', 'aria-live': 'polite' });
    if (ctx.classroom.timerMinutes > 0 && !paused) startCountdown(timer);
    return [status, h('section', { class: 'team-turn', 'aria-label': t('ui.team.name', { role: roleName(next) }) },
      timer,
      file ? h('details', {}, h('summary', {}, t('ui.team.yourBriefing', { role: roleName(next) })), roleBriefing(file, next)) : null,
      panel.element,
      h('button', { type: 'button', class: 'primary', disabled: paused, onclick: () => {
        const choice = panel.choice();
        if (!choice) return;
        ctx.ballot.lockIn(s, next, choice);
        ctx.redraw(true);
      } }, 'Lock in our decision and hide it'))];
  }

  return {
    render() {
      stopCountdown();
      const s = ctx.game();
      const { state } = currentView(s);
      const last = s.turns[s.turns.length - 1];
      const header = [
        h('h2', {}, `Turn ${s.state.turn + 1} of up to ${s.scenario.horizonTurns}`),
        h('p', { class: 'turn-meta' }, t('ui.turnMeta', { day: s.state.day, days: s.scenario.turnDays, seed: s.setup.seed })),
        s.pending.length ? h('p', { class: 'notice info' }, t('ui.facilitatorActed', { count: s.pending.length })) : null,
        last ? turnReport(last, s.scenario, s.state) : h('p', { class: 'hint' }, 'The first turn: the situation is as the briefings describe it.'),
        // The offer on the table is public: every team, and the projector, sees it.
        talksPanel(state, s.scenario),
      ];
      const situation = h('details', { class: 'indicators-details', open: true }, h('summary', {}, 'Where things stand'), indicatorsPanel(state, s.scenario));
      const map = { state, scenario: s.scenario };
      if (ctx.classroom.projector) {
        return { map, content: h('div', { class: 'screen play projector-view' }, header, situation,
          h('button', { type: 'button', onclick: () => ctx.setProjector(false) }, 'Leave the projector view')) };
      }
      const teams = humanRoles(s);
      const body =
        teams.length === 0 ? [h('button', { type: 'button', class: 'primary', disabled: ctx.classroom.paused, onclick: () => ctx.playTurn({}) }, 'Next turn (bots decide)')]
        : teams.length === 1 ? onePerson(s, teams[0]!)
        : teamsOnOneDevice(s, teams, ctx.ballot.votesIn(s));
      return { map, content: h('div', { class: 'screen play' }, header, body, situation,
        h('button', { type: 'button', onclick: () => ctx.viewGameAsReplay() }, 'Step back through this game')) };
    },
    leave() {
      stopCountdown();
      // Whoever comes back to the device meets the hand-off card, not the last team's options.
      ctx.ballot.votesIn(ctx.game()).open = null;
    },
  };
}
