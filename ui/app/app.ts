import { ROLES, stateHash, type FacilitatorAction, type GameState, type Replay, type Role } from '../../engine/index.ts';
import { expireTimer, remainingMs, type ClassEvent, type ClassSession, type DecidedBots, type Intent, type Participant } from '../../engine/classroom/index.ts';
import { actorName, language, listText, roleName, t, withStop, type Lang } from '../../scenarios/words/words.ts';
import { languageMenu } from './languageChoice.ts';
import { h, mount } from './dom.ts';
import { download } from './download.ts';
import { fileStem } from './fileStem.ts';
import { legend } from './legend.ts';
import { mapControls } from './mapControls.ts';
import { mapText } from './mapText.ts';
import { createMapSlot, type MapHooks, type MapSlot } from './mapSlot.ts';
import { createNotices, type Notify } from './notices.ts';
import { act, classFor, FACILITATOR, mustDecideAgainText, projectorView, sessionAfter, teamOf } from './localClass.ts';
import { loadSavedGame, saveGame, saveTurn } from './persistence.ts';
import { LOCAL_CHANNEL, PROJECTOR_QUERY } from './classroom/localFeed.ts';
import { pickFile, sessionFromFile } from './replayFiles.ts';
import { briefingScreen } from './screens/briefingScreen.ts';
import { endScreen } from './screens/endScreen.ts';
import { facilitatorScreen } from './screens/facilitatorScreen.ts';
import { playScreen } from './screens/playScreen.ts';
import { replayScreen } from './screens/replayScreen.ts';
import type { Screen } from './screens/screen.ts';
import { setupScreen } from './screens/setupScreen.ts';
import { scrollToTop } from './scrollToTop.ts';
import { branchAt, sessionFromReplay, startSession, toReplay, type PersonChoice, type PersonChoices, type Session, type SessionSetup } from './session.ts';
import { hasReplayLink, replayFromLink, shareLinkFor } from './shareLink.ts';
import type { ScreenName, ShellContext } from './shellContext.ts';
import { Strategists } from './strategists.ts';
import { variantTitle } from './variantTitle.ts';

/** Hooks for tests and the performance script; read-only views of what the page shows. */
export interface KuroshioHooks extends MapHooks {
  /** Seconds the last "many futures" run took, and on how many workers (set by the debrief). */
  futuresSeconds?: number;
  futuresWorkers?: number;
  /** The hash of the state the screen shows. */
  stateHash?: () => string | null;
  /** How many turns' strategist choices the strategist worker has answered. */
  strategistAnswers?: () => number;
}
declare global {
  interface Window {
    __kuroshio?: KuroshioHooks;
  }
}

/**
 * The shell. It holds the game in progress, the replay being viewed and the class's settings; opens
 * one screen at a time in the side pane, leaving the one before; shows full-width views (the
 * debrief, the printable packets) in their place; and decides what the map shows, from the screen's
 * view. Screens see the narrow context of shellContext.ts, never this object.
 */
export class App {
  private session: Session | null = null;
  /**
   * The game's turn in progress, held as the classroom server holds a class (localClass.ts): the
   * teams' locked choices, the facilitator's pending commands, pause and timer. Set with `session`.
   */
  private cls: ClassSession | null = null;
  /** Which team holds the device now (its options on screen); null: the hand-off card. Not saved: a reload shows the card. */
  private handed: Role | null = null;
  /** Works out the strategist seats' choices off the page's thread (strategists.ts). */
  private readonly strategists = new Strategists();
  /** The class whose turn the strategists are deciding now, to resolve when they have; null when they are not. */
  private deciding: ClassSession | null = null;
  private projector = false;
  /** Wakes the page when the turn timer reaches zero. */
  private wake: ReturnType<typeof setTimeout> | undefined;
  /** Tells another window of this browser (the projector's) what changed. */
  private readonly channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(LOCAL_CHANNEL) : null;
  /** A replay being viewed; separate from the game in progress, which it never replaces unless branched. */
  private viewing: Session | null = null;
  private draft: SessionSetup | null = null;
  private current: { name: ScreenName; screen: Screen } | null = null;
  /** Stops the work of the full-width view shown now (the debrief's futures). */
  private closeFull: (() => void) | null = null;
  /** The state on screen now: the game's, or the replay's at the viewed turn. */
  private shown: GameState | null = null;
  private readonly ctx: ShellContext;
  private readonly map: MapSlot;
  private readonly notify: Notify;
  private readonly sidePane: HTMLElement;
  private readonly side: HTMLElement;
  private readonly layout: HTMLElement;
  private readonly full: HTMLElement;
  private readonly banner: HTMLElement;
  private readonly hover: HTMLElement;
  private readonly title: HTMLElement;
  private readonly hooks: KuroshioHooks = {};
  private readonly mapText = mapText();

  constructor(root: HTMLElement, lang: Lang = language(), languageProblem: string | null = null) {
    this.title = h('span', { class: 'game-title' });
    const notices = createNotices();
    this.notify = notices.notify;
    const mapHost = h('div', { class: 'map', role: 'img', 'aria-label': t('ui.mapControls.mapLabel') });
    this.map = createMapSlot(mapHost, {
      hooks: this.hooks,
      onHover: (info) => this.showHover(info),
      onError: (message) => this.notify(t('ui.notice.mapFailed', { message }), 'error'),
    });
    this.hover = h('div', { class: 'hover-card', hidden: true });
    this.side = h('div', { class: 'side' });
    this.sidePane = h('aside', { class: 'side-pane' }, this.side);
    this.full = h('div', { class: 'full-view', hidden: true });
    this.banner = h('div', { class: 'paused-banner', role: 'status', hidden: true }, t('ui.top.paused'));
    window.__kuroshio = this.hooks;
    this.hooks.stateHash = () => (this.shown ? stateHash(this.shown) : null);
    this.hooks.strategistAnswers = () => this.strategists.answered;
    mount(root,
      h('header', { class: 'topbar' },
        h('h1', {}, 'Kuroshio'), this.title,
        h('nav', { class: 'actions', 'aria-label': t('ui.top.game') },
          h('button', { type: 'button', onclick: () => this.open('setup') }, t('ui.top.newGame')),
          h('button', { type: 'button', onclick: () => this.openFacilitator() }, t('ui.top.facilitator')),
          h('button', { type: 'button', onclick: () => void this.openReplayFile() }, t('ui.top.openReplay')),
          h('button', { type: 'button', onclick: () => this.exportReplay(this.viewedSession()) }, t('ui.top.exportReplay')),
          h('button', { type: 'button', onclick: () => this.showShareLink(this.viewedSession()) }, t('ui.top.shareLink'))),
        languageMenu(lang)),
      notices.element,
      this.banner,
      (this.layout = h('main', { class: 'layout' },
        h('section', { class: 'map-pane', 'aria-label': t('ui.top.map') }, mapHost, this.hover, mapControls(this.map, mapHost), h('div', { class: 'map-aside' }, legend(), this.mapText.element)),
        this.sidePane)),
      this.full);

    // The map's GPU memory is let go with the page; a page kept for the back button keeps its map.
    window.addEventListener('pagehide', (e) => {
      if (!e.persisted) this.map.destroy();
    });
    this.ctx = this.context();
    this.acceptDroppedFiles(root);
    if (languageProblem) this.notify(languageProblem, 'error');
    // A projector window opened after the game began asks for what to show.
    this.channel?.addEventListener('message', (e: MessageEvent) => {
      if (e.data === 'hello') this.tellOtherWindows();
    });
  }

  /** What screens may read and ask for. */
  private context(): ShellContext {
    const app = this;
    return {
      gameInProgress: () => this.session,
      game: () => {
        if (!this.session) throw new Error('There is no game in progress.');
        return this.session;
      },
      classroom: {
        get paused() {
          return app.cls?.record.paused ?? false;
        },
        get projector() {
          return app.projector;
        },
        get timer() {
          return app.cls?.record.timer ?? null;
        },
      },
      turn: () => {
        if (!this.cls) throw new Error('There is no game in progress.');
        return this.cls;
      },
      botsDeciding: () => this.deciding !== null,
      handedTo: () => this.handed,
      handTo: (role) => {
        this.handed = role;
      },
      lockIn: (role, choice) => this.lockIn(role, choice),
      resolveTurn: () => this.resolveTurn(),
      withdrawPending: (index) => this.act(FACILITATOR, { kind: 'withdrawPending', index }),
      openProjectorWindow: () => this.openProjectorWindow(),
      draft: () => this.draft,
      redraw: (toTop = false) => this.draw(toTop),
      open: (screen) => this.open(screen),
      resumeGame: () => this.resumeGame(),
      readBriefing: (setup) => {
        this.draft = setup;
        this.open('briefing');
      },
      startGame: (setup) => this.startGame(setup),
      playTurn: (decisions) => this.playTurn(decisions),
      facilitate: (action, reason) => this.facilitate(action, reason),
      setPaused: (paused) => {
        if (paused !== (this.cls?.record.paused ?? false)) this.act(FACILITATOR, { kind: paused ? 'pause' : 'resume' });
      },
      setProjector: (on) => {
        this.projector = on;
        this.resumeGame();
      },
      setTimer: (minutes, holdAtZero) => {
        if (minutes === 0) return this.cls?.record.timer ? this.act(FACILITATOR, { kind: 'clearTimer' }) : true;
        return this.act(FACILITATOR, { kind: 'setTimer', seconds: minutes * 60, holdAtZero });
      },
      openDebrief: (s) => void this.showDebrief(s),
      viewGameAsReplay: () => {
        if (this.session) this.viewReplay(this.session);
      },
      branch: (from, turn, role) => this.branch(from, turn, role),
      exportReplay: (s) => this.exportReplay(s),
      shareLink: (s) => this.showShareLink(s),
      pickReplayFile: () => void this.openReplayFile(),
      notify: (message, kind) => this.notify(message, kind),
    };
  }

  /** Start: a print link, then a replay link, then a saved game, else a new game. */
  boot(): void {
    const query = new URLSearchParams(location.search);
    const print = query.get('print');
    const saved = loadSavedGame();
    if (saved.kind === 'game') {
      this.session = saved.session;
      this.cls = saved.cls;
      saved.warnings.forEach((w) => this.notify(w, 'info'));
      saved.problems.forEach((p) => this.notify(p, 'error'));
      // The timer may have reached zero while the page was closed.
      this.expire(false);
      this.tellOtherWindows();
      this.askStrategists();
    } else if (saved.kind === 'unreadable') {
      this.notify(saved.message, 'error');
    }
    if (print !== null) {
      void this.showPackets(print, query.get('variant'));
      return;
    }
    if (hasReplayLink(location.hash)) {
      const r = replayFromLink(location.hash);
      history.replaceState(null, '', location.pathname + location.search);
      if (r.ok && this.openReplay(r.value)) return;
      if (!r.ok) this.notify(t('ui.notice.linkFailed', { error: withStop(r.error), kept: this.kept() }), 'error');
    }
    // Refused, or nothing to open: the game in progress as it was, or a new one.
    if (this.session) this.resumeGame();
    else this.open('setup');
  }

  /** Leave the screen shown (or the full-width view) and open another at its top. */
  private open(name: ScreenName): void {
    this.closeFullView();
    this.current?.screen.leave();
    this.current = this.screenFor(name);
    this.draw(true);
  }

  /** The screen of a name, or the setup where that screen has nothing to show. */
  private screenFor(name: ScreenName): { name: ScreenName; screen: Screen } {
    const ctx = this.ctx;
    if (name === 'replay' && this.viewing) return { name, screen: replayScreen(ctx, this.viewing) };
    if (name === 'briefing') return { name, screen: briefingScreen(ctx) };
    if (this.session) {
      if (name === 'play') return { name, screen: playScreen(ctx) };
      if (name === 'end') return { name, screen: endScreen(ctx) };
      if (name === 'facilitator') return { name, screen: facilitatorScreen(ctx) };
    }
    return { name: 'setup', screen: setupScreen(ctx) };
  }

  /** Draw the screen from its view: the pane's content, and the scene the map shows. */
  private draw(toTop: boolean): void {
    if (!this.current) return;
    const { name, screen } = this.current;
    this.banner.hidden = !this.cls?.record.paused || !this.session;
    document.body.classList.toggle('projector', this.projector && name === 'play');
    const viewed = this.viewedSession();
    this.title.textContent = viewed ? t('ui.top.title', { title: viewed.scenario.title, variant: viewed.scenario.variant ? variantTitle(viewed.scenario) : '', hasVariant: Boolean(viewed.scenario.variant) }) : '';
    const view = screen.render();
    mount(this.side, view.content);
    if (view.map) this.shown = view.map.state;
    this.map.show(view.map);
    this.mapText.show(view.map?.state ?? null);
    if (toTop) scrollToTop(this.sidePane);
  }

  private resumeGame(): void {
    this.open(this.session?.state.outcome ? 'end' : 'play');
  }

  /** The session the screen is about: the replay being viewed, or the game in progress. */
  private viewedSession(): Session | null {
    const name = this.current?.name;
    if (name === 'replay') return this.viewing;
    if (name === 'setup' || name === 'briefing') return null;
    return this.session;
  }

  /** Whether a refused replay leaves a game in progress as it was (the notice says so). */
  private kept(): boolean {
    return this.session !== null;
  }

  /** Replacing an unfinished game is a choice the person confirms; its replay can be exported first. */
  private mayReplaceGame(what: 'start' | 'branch'): boolean {
    if (!this.session || this.session.state.outcome || this.session.turns.length === 0) return true;
    return window.confirm(t('ui.notice.replaceGame', { what, title: this.session.scenario.title, turn: this.session.state.turn + 1 }));
  }

  private startGame(setup: SessionSetup): void {
    if (!this.mayReplaceGame('start')) return;
    const s = startSession(setup);
    if (!s.ok) return this.notify(s.error, 'error');
    if (!this.newGame(s.value)) return;
    this.draft = null;
    this.open('play');
  }

  /** A game becomes the one in progress, with a fresh turn: saved, and shown in the other windows. */
  private newGame(s: Session): boolean {
    const cls = classFor(s);
    if (!cls.ok) {
      this.notify(t('ui.notice.startFailed', { error: cls.error }), 'error');
      return false;
    }
    this.session = s;
    this.cls = cls.value;
    this.handed = null;
    this.persist();
    this.saveTurn();
    this.armTimer();
    this.tellOtherWindows();
    this.askStrategists();
    return true;
  }

  /**
   * One change to the turn in progress, as an intent of a team or the facilitator through the
   * class: refused with the reason (nothing changes), or taken, saved, shown here and in the other
   * windows. A team that a facilitator's action released is told to decide again, and why.
   */
  private act(who: Participant, intent: Intent, redraw = true, decided: DecidedBots = {}): boolean {
    if (!this.cls) return false;
    const r = act(this.cls, who, intent, Date.now(), decided);
    if (!r.ok) {
      this.notify(who.kind === 'facilitator' && intent.kind === 'facilitate' ? t('ui.notice.commandNotApplied', { error: withStop(r.error) }) : r.error, 'error');
      return false;
    }
    this.adopt(r.value.session, r.value.events);
    if (redraw) this.draw(false);
    return true;
  }

  private adopt(cls: ClassSession, events: readonly ClassEvent[]): void {
    if (!this.session) return;
    const resolved = cls.record.turns.length > this.session.turns.length;
    this.cls = cls;
    this.session = sessionAfter(this.session, cls);
    if (resolved) {
      this.handed = null;
      this.persist();
    }
    this.saveTurn();
    for (const line of mustDecideAgainText(events)) this.notify(line, 'error');
    if (events.some((e) => e.type === 'timeUp' && !e.holdAtZero)) this.notify(t('classroom.timer.upNotice'), 'info');
    this.armTimer();
    this.tellOtherWindows();
    this.askStrategists();
  }

  /**
   * Ask the strategists about the turn as it stands, so their answer is ready when it is resolved: they decide
   * from the situation alone, whatever the people lock in. Asked again only when the situation changes.
   */
  private askStrategists(): void {
    const cls = this.cls;
    if (!cls || cls.state.outcome || !Strategists.needed({ seats: cls.record.setup.seats })) return;
    // A failure is reported when the turn is resolved, which asks again.
    this.strategists.decide({ scenario: cls.scenario, state: cls.situation.state, seats: cls.record.setup.seats }).catch(() => {});
  }

  private lockIn(role: Role, choice: PersonChoice): boolean {
    const taken = this.act(teamOf(role), { kind: 'lock', decision: choice.decision, ...(choice.proposal ? { proposal: choice.proposal } : {}) }, false);
    if (taken) this.handed = null;
    return taken;
  }

  private resolveTurn(): void {
    if (!this.cls) return;
    if (this.cls.record.paused) return this.notify(t('ui.notice.paused'), 'info');
    this.withStrategists((decided) => {
      if (this.act(FACILITATOR, { kind: 'resolve' }, false, decided)) this.resumeGame();
      else this.draw(false);
    });
  }

  /**
   * Work out the strategist seats' choices for the turn as the class stands now, in their worker, and then go on
   * with them: the page stays responsive meanwhile, its buttons to lock in or resolve off. If the class changed
   * while they thought (a facilitator's command), their choices belong to another situation: they are not used,
   * and the turn waits to be resolved again. Without strategists, straight on.
   */
  private withStrategists(then: (decided: DecidedBots) => void): void {
    const cls = this.cls;
    if (!cls || this.deciding) return;
    const job = { scenario: cls.scenario, state: cls.situation.state, seats: cls.record.setup.seats };
    if (cls.state.outcome || !Strategists.needed(job)) return then({});
    // Asked when the turn began (`adopt`), the answer is usually here already.
    const ready = this.strategists.ready(job);
    if (ready) return then(ready);
    this.deciding = cls;
    this.draw(false);
    this.strategists.decide(job).then(
      (decided) => {
        this.deciding = null;
        if (this.cls === cls) then(decided);
        else this.draw(false);
      },
      (error: unknown) => {
        this.deciding = null;
        this.notify(t('ui.notice.strategistsFailed', { error: error instanceof Error ? error.message : String(error) }), 'error');
        this.draw(false);
      },
    );
  }

  /** One person's turn, or the bots': the given choices locked in, then the turn resolved. */
  private playTurn(decisions: PersonChoices): void {
    if (!this.session || !this.cls) return;
    if (this.cls.record.paused) return this.notify(t('ui.notice.paused'), 'info');
    for (const [role, given] of Object.entries(decisions) as [Role, string | PersonChoice][]) {
      const c = typeof given === 'string' ? { decision: given } : given;
      if (!this.lockIn(role, c)) return;
    }
    this.resolveTurn();
  }

  /** The facilitator acts: checked against the rules, shown at once, recorded with the coming turn. */
  private facilitate(action: FacilitatorAction, reason: string): boolean {
    return this.act(FACILITATOR, { kind: 'facilitate', action, reason });
  }

  /** Wake at the timer's zero: then say time is up, or resolve the turn with undecided teams holding. */
  private armTimer(): void {
    clearTimeout(this.wake);
    const timer = this.cls?.record.timer;
    if (!this.cls || !timer || timer.deadline === null || timer.expired || this.cls.record.paused || this.cls.state.outcome) return;
    this.wake = setTimeout(() => this.expire(true), Math.min(2 ** 31 - 1, Math.max(0, timer.deadline - Date.now())));
  }

  private expire(redraw: boolean, decided?: DecidedBots): void {
    if (!this.cls || this.deciding) return;
    const timer = this.cls.record.timer;
    // At zero, undecided teams holding, the turn resolves: the strategists decide it first, in their worker.
    if (!decided && timer?.holdAtZero && !timer.expired && !this.cls.record.paused && remainingMs(timer, Date.now()) <= 0 &&
      Strategists.needed({ seats: this.cls.record.setup.seats }) && !this.cls.state.outcome) {
      return this.withStrategists((choices) => this.expire(true, choices));
    }
    const r = expireTimer(this.cls, Date.now(), decided);
    if (!r) return this.armTimer();
    if (!r.ok) return this.notify(t('ui.notice.timeUpFailed', { code: r.error.code }), 'error');
    const resolved = r.value.session.record.turns.length > this.cls.record.turns.length;
    this.adopt(r.value.session, r.value.events);
    if (!redraw) return;
    if (resolved && (this.current?.name === 'play' || this.current?.name === 'end')) this.resumeGame();
    else this.draw(false);
  }

  private saveTurn(): void {
    if (!this.cls) return;
    const saved = saveTurn(this.cls);
    if (!saved.ok) this.notify(saved.message, 'error');
  }

  /** The projector's view of the game, to another window of this browser (projectorWindow.ts). */
  private tellOtherWindows(): void {
    if (!this.channel || !this.cls) return;
    this.channel.postMessage(JSON.stringify({ type: 'view', view: projectorView(this.cls, Date.now()), events: [] }));
  }

  private openProjectorWindow(): void {
    // In this window's language: a game opened from a `?lang=` link has it in no storage the window could read.
    const query = `?${PROJECTOR_QUERY}&lang=${encodeURIComponent(language())}`;
    const opened = window.open(`${location.pathname}${query}`, 'kuroshio-projector');
    if (!opened) this.notify(t('classroom.oneDevice.popupBlocked', { address: `${location.origin}${location.pathname}${query}` }), 'info');
  }

  private openFacilitator(): void {
    if (!this.session) return this.notify(t('ui.notice.consoleNeedsGame'), 'info');
    this.projector = false;
    this.open('facilitator');
  }

  /** A full-width view (the debrief, printable packets) in place of the map and side pane, which stop meanwhile. */
  private showFull(content: HTMLElement, close: () => void = () => {}): void {
    this.closeFullView();
    this.current?.screen.leave();
    this.closeFull = close;
    this.layout.hidden = true;
    this.map.hide();
    mount(this.full, content);
    this.full.hidden = false;
    scrollToTop(this.full);
  }

  private closeFullView(): void {
    this.closeFull?.();
    this.closeFull = null;
    this.full.hidden = true;
    this.full.replaceChildren();
    this.layout.hidden = false;
  }

  private async showPackets(scenarioId: string, variant: string | null): Promise<void> {
    const { packetsView } = await import('./packets/packetsView.ts');
    this.showFull(packetsView(scenarioId, variant ?? undefined));
  }

  private async showDebrief(s: Session): Promise<void> {
    const { debriefView } = await import('./debrief/debriefView.ts');
    const left = new AbortController();
    this.showFull(debriefView(s, {
      pickReplay: () => this.pickReplaySession(),
      notify: (m, k) => this.notify(m, k),
      onBack: () => {
        this.closeFullView();
        this.draw(true);
      },
      left: left.signal,
    }), () => left.abort());
  }

  /** Ask for a replay file and return its verified session (for comparison), or null after saying why. */
  private async pickReplaySession(): Promise<Session | null> {
    const f = await pickFile();
    if (!f) return null;
    const r = await sessionFromFile(f);
    if (!r.ok) {
      this.notify(t('ui.notice.fileFailed', { file: f.name, error: withStop(r.error), kept: false }), 'error');
      return null;
    }
    return r.value.session;
  }

  private persist(): void {
    if (!this.session) return;
    const saved = saveGame(this.session);
    if (!saved.ok) this.notify(saved.message, 'error');
  }

  /** Open a replay to step through, if it verifies; the game in progress is kept and untouched either way. */
  private openReplay(replay: Replay): boolean {
    const r = sessionFromReplay(replay);
    if (!r.ok) {
      this.notify(t('ui.notice.linkReplayFailed', { error: withStop(r.error), kept: this.kept() }), 'error');
      return false;
    }
    r.value.warnings.forEach((w) => this.notify(w, 'info'));
    this.viewReplay(r.value.session);
    return true;
  }

  private viewReplay(s: Session): void {
    this.viewing = s;
    this.open('replay');
  }

  /** Branch: a new game from turn k of a replay, with a person taking over `role`; every seat is said as it now is. */
  private branch(from: Session, k: number, role: Role): void {
    if (!this.mayReplaceGame('branch')) return;
    if (!this.newGame(branchAt(from, k, role)) || !this.session) return;
    this.viewing = null;
    const seats = this.session.setup.seats;
    const people = ROLES.filter((r) => seats[r] === 'human');
    const bots = ROLES.filter((r) => seats[r] !== 'human').map((r) => t('ui.seatOf', { role: roleName(r), actor: actorName(seats[r]) }));
    this.notify(t('ui.branchStarted', { turn: k + 1, people: listText(people.map(roleName)), bots: listText(bots), botCount: bots.length }), 'info');
    this.resumeGame();
  }

  private exportReplay(s: Session | null): void {
    const game = s ?? this.session;
    if (!game || game.turns.length === 0) return this.notify(t('ui.notice.nothingToExport'), 'info');
    download(JSON.stringify(toReplay(game), null, 2) + '\n', 'application/json', `${fileStem('replay', game.setup)}.replay.json`);
  }

  private showShareLink(s: Session | null): void {
    const game = s ?? this.session;
    if (!game || game.turns.length === 0) return this.notify(t('ui.notice.nothingToShare'), 'info');
    const link = shareLinkFor(toReplay(game), location.href);
    const input = h('input', { type: 'text', readonly: true, value: link, 'aria-label': t('ui.top.shareLink'), class: 'share-link' });
    const copy = h('button', {
      type: 'button',
      onclick: async () => {
        try {
          await navigator.clipboard.writeText(link);
          copy.textContent = t('ui.share.copied');
        } catch {
          input.select();
          copy.textContent = t('ui.share.pressToCopy');
        }
      },
    }, t('ui.share.copy'));
    this.notify(h('span', {}, t('ui.share.anyone'), ' ', input, ' ', copy), 'info');
  }

  private async openReplayFile(): Promise<void> {
    const f = await pickFile();
    if (f) await this.readReplayFile(f);
  }

  private async readReplayFile(f: File): Promise<void> {
    const r = await sessionFromFile(f);
    if (!r.ok) return this.notify(t('ui.notice.fileFailed', { file: f.name, error: withStop(r.error), kept: this.kept() }), 'error');
    r.value.warnings.forEach((w) => this.notify(w, 'info'));
    this.viewReplay(r.value.session);
  }

  private acceptDroppedFiles(root: HTMLElement): void {
    root.addEventListener('dragover', (e) => {
      e.preventDefault();
      root.classList.add('dropping');
    });
    root.addEventListener('dragleave', () => root.classList.remove('dropping'));
    root.addEventListener('drop', (e) => {
      e.preventDefault();
      root.classList.remove('dropping');
      const f = e.dataTransfer?.files[0];
      if (f) void this.readReplayFile(f);
    });
  }

  private showHover(info: { title: string; lines: string[]; x: number; y: number } | null): void {
    if (!info) {
      this.hover.hidden = true;
      return;
    }
    mount(this.hover, h('strong', {}, info.title), info.lines.map((l) => h('div', {}, l)));
    this.hover.style.left = `${info.x + 14}px`;
    this.hover.style.top = `${info.y + 14}px`;
    this.hover.hidden = false;
  }
}
