import type { Role } from '../../../engine/index.ts';
import { remainingMs, type ClassSession } from '../../../engine/classroom/index.ts';
import { scenarioFile } from '../../../scenarios/catalog.ts';
import { opennessText, roleName, t } from '../../../scenarios/words/words.ts';
import { roleBriefing } from '../components/briefing.ts';
import { countdown, type Countdown } from '../components/countdown.ts';
import { decisionPanel } from '../components/decisionPanel.ts';
import { indicatorsPanel } from '../components/indicators.ts';
import { newsPanel } from '../components/news.ts';
import { lockedInList } from '../components/publicPanel.ts';
import { talksPanel } from '../components/talks.ts';
import { leadNote } from '../components/teamLead.ts';
import { turnReport } from '../components/turnReport.ts';
import { h } from '../dom.ts';
import { decisionText } from '../localClass.ts';
import { checkChoice, humanRoles, type Session } from '../session.ts';
import type { ShellContext } from '../shellContext.ts';
import type { Screen } from './screen.ts';

export type PlayContext = Pick<ShellContext, 'game' | 'turn' | 'classroom' | 'botsDeciding' | 'redraw' | 'playTurn' | 'lockIn' | 'resolveTurn' | 'handedTo' | 'handTo' | 'setProjector' | 'openProjectorWindow' | 'viewGameAsReplay'>;


/**
 * A turn. One person: their options, then End turn. Several teams on one device: each team in turn
 * takes the device behind a hand-off card, sees only its own options, and locks in a choice the
 * others cannot see; the turn resolves when the facilitator (or whoever holds the device) asks,
 * once all have decided. The turn in progress is the class of engine/classroom the shell holds
 * (and saves): a reload keeps the locked choices, the pause and the timer. This turn's news (an
 * inject the moment it is played) is on every view of it: the hand-off card, the team's screen and
 * the projector. The countdown is this screen's: it stops when the screen is left.
 */
export function playScreen(ctx: PlayContext): Screen {
  let timer: Countdown | null = null;
  const stopTimer = () => {
    timer?.stop();
    timer = null;
  };

  /** A role's options in the situation the teams see, each choice checked by the engine before it is sent. */
  const panelFor = (s: Session, cls: ClassSession, role: Role) => decisionPanel(cls.situation.state, s.scenario, role, (c) => checkChoice(s, role, c));

  function onePerson(s: Session, cls: ClassSession, role: Role): HTMLElement[] {
    const panel = panelFor(s, cls, role);
    return [
      panel.element,
      h('button', { type: 'button', class: 'primary', disabled: ctx.classroom.paused || ctx.botsDeciding(), onclick: () => {
        const choice = panel.choice();
        if (choice) ctx.playTurn({ [role]: choice });
      } }, t('ui.play.endTurn')),
    ];
  }

  /** "Must decide again" for a team a facilitator's action released, with the reason. */
  const relockNote = (cls: ClassSession, role: Role) => {
    const r = cls.record.relock[role];
    return r ? h('p', { class: 'notice error', role: 'alert' }, t('classroom.oneDevice.mustDecideAgain', { role: roleName(role), decision: decisionText(role, r.decision), why: opennessText(role, r.why) })) : null;
  };

  function teamsOnOneDevice(s: Session, cls: ClassSession, teams: Role[]): (HTMLElement | null)[] {
    // While strategists decide the turn, nothing is locked in or resolved: the buttons are off.
    const paused = ctx.classroom.paused || ctx.botsDeciding();
    const locked = cls.record.locked;
    const status = lockedInList(teams, teams.filter((r) => locked[r]));
    const next = teams.find((r) => !locked[r]);
    if (!next) {
      return [status, h('p', {}, t('classroom.oneDevice.everyoneDecided')),
        h('button', { type: 'button', class: 'primary', disabled: paused, onclick: () => ctx.resolveTurn() }, t('classroom.oneDevice.resolve'))];
    }
    // The hand-off card and the team's options each open at the top of the pane, where the person holding the device looks.
    if (ctx.handedTo() !== next) {
      return [status, h('section', { class: 'handoff', 'aria-label': t('ui.play.handOff') },
        h('h3', {}, t('ui.team.passTheDevice', { role: roleName(next) })),
        relockNote(cls, next),
        h('p', {}, t('ui.play.lookAway')),
        h('button', { type: 'button', class: 'primary', disabled: paused, onclick: () => { ctx.handTo(next); ctx.redraw(true); } }, t('ui.team.showOurOptions', { role: roleName(next) }))),
        h('button', { type: 'button', disabled: paused, onclick: () => ctx.resolveTurn() }, t('classroom.oneDevice.resolveNow'))];
    }
    const panel = panelFor(s, cls, next);
    const file = scenarioFile(s.scenario.id);
    return [status, h('section', { class: 'team-turn', 'aria-label': t('ui.team.name', { role: roleName(next) }) },
      relockNote(cls, next),
      file ? h('details', {}, h('summary', {}, t('ui.team.yourBriefing', { role: roleName(next) })), roleBriefing(file, next)) : null,
      panel.element,
      leadNote(s.scenario, next),
      h('button', { type: 'button', class: 'primary', disabled: paused, onclick: () => {
        const choice = panel.choice();
        if (!choice) return;
        if (ctx.lockIn(next, choice)) ctx.redraw(true);
      } }, t('ui.play.lockIn')))];
  }

  return {
    render() {
      stopTimer();
      const s = ctx.game();
      const cls = ctx.turn();
      const state = cls.situation.state;
      const last = s.turns[s.turns.length - 1];
      const now = Date.now();
      const t0 = cls.record.timer;
      if (t0 && !s.state.outcome) timer = countdown(t0, remainingMs(t0, now), now, cls.record.paused);
      const news = cls.situation.events.filter((e) => e.type !== 'facilitatorAction');
      const statements = cls.record.talk.statements.filter((x) => x.turn === cls.state.turn);
      const header = [
        h('h2', {}, t('classroom.public.turn', { turn: s.state.turn + 1, horizon: s.scenario.horizonTurns })),
        h('p', { class: 'turn-meta' }, t('ui.turnMeta', { day: s.state.day, days: s.scenario.turnDays, seed: s.setup.seed })),
        timer?.element ?? null,
        s.pending.length ? h('p', { class: 'notice info' }, t('ui.facilitatorActed', { count: s.pending.length })) : null,
        // This turn's injects, the moment they are played: on the hand-off card, the team's screen and the projector.
        newsPanel(news, s.scenario, statements),
        last ? turnReport(last, s.scenario, s.state) : h('p', { class: 'hint' }, t('ui.play.firstTurn')),
        // The offer on the table is public: every team, and the projector, sees it.
        talksPanel(state, s.scenario),
      ];
      const situation = h('details', { class: 'indicators-details', open: true }, h('summary', {}, t('ui.play.whereThingsStand')), indicatorsPanel(state, s.scenario));
      const map = { state, scenario: s.scenario };
      const teams = humanRoles(s);
      if (ctx.classroom.projector) {
        return { map, content: h('div', { class: 'screen play projector-view' }, header,
          teams.length > 1 ? lockedInList(teams, teams.filter((r) => cls.record.locked[r])) : null, situation,
          h('div', { class: 'inline' },
            h('button', { type: 'button', onclick: () => ctx.setProjector(false) }, t('ui.play.leaveProjector')),
            h('button', { type: 'button', onclick: () => ctx.openProjectorWindow() }, t('classroom.oneDevice.openProjector')))) };
      }
      const body =
        teams.length === 0 ? [h('button', { type: 'button', class: 'primary', disabled: ctx.classroom.paused || ctx.botsDeciding(), onclick: () => ctx.playTurn({}) }, t('ui.play.nextTurnBots'))]
        : teams.length === 1 ? onePerson(s, cls, teams[0]!)
        : teamsOnOneDevice(s, cls, teams);
      const deciding = ctx.botsDeciding() ? h('p', { class: 'notice info', role: 'status' }, t('ui.play.strategistsDeciding')) : null;
      return { map, content: h('div', { class: 'screen play' }, header, deciding, body, situation,
        h('button', { type: 'button', onclick: () => ctx.viewGameAsReplay() }, t('ui.play.stepBack'))) };
    },
    leave() {
      stopTimer();
      // Whoever comes back to the device meets the hand-off card, not the last team's options.
      ctx.handTo(null);
    },
  };
}
