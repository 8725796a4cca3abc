import { parseReplay, stateHash, type FacilitatorAction, type GameEvent, type GameState, type Replay, type Role, type Scenario } from '../../engine/index.ts';
import { scenarioFile, theatre } from '../../scenarios/catalog.ts';
import { PALETTE } from '../map/palette.ts';
import type { TheatreMap } from '../map/types.ts';
import { withStop } from '../../scenarios/words/words.ts';
import { h, mount } from './dom.ts';
import { forgetSavedGame, loadSavedGame, saveGame } from './persistence.ts';
import { briefingScreen } from './screens/briefingScreen.ts';
import { endScreen } from './screens/endScreen.ts';
import { playScreen } from './screens/playScreen.ts';
import { replayScreen } from './screens/replayScreen.ts';
import { setupScreen } from './screens/setupScreen.ts';
import { facilitatorScreen } from './screens/facilitatorScreen.ts';
import { branchAt, facilitate, playTurn, sessionFromReplay, startSession, toReplay, type Session, type SessionSetup } from './session.ts';
import { replayFileText } from './replayFile.ts';
import { hasReplayLink, replayFromLink, shareLinkFor } from './shareLink.ts';

export type Screen = 'setup' | 'briefing' | 'play' | 'end' | 'replay' | 'facilitator';

/** Hooks for tests and the performance script; read-only views of what the page shows. */
export interface KuroshioHooks {
  /** Seconds the last "many futures" run took, and on how many workers (set by the debrief). */
  futuresSeconds?: number;
  futuresWorkers?: number;
  mapDrawnAt?: number;
  renderer?: string;
  stateHash?: () => string | null;
  colourAt?: (lat: number, lon: number) => Promise<[number, number, number]>;
}
declare global {
  interface Window {
    __kuroshio?: KuroshioHooks;
  }
}

export class App {
  session: Session | null = null;
  /** A replay being viewed; separate from the game in progress, which it never replaces unless branched. */
  viewing: { session: Session; turn: number } | null = null;
  screen: Screen = 'setup';
  /** The facilitator has paused play: no team can end the turn, and the timer stops. */
  paused = false;
  /** Projector view: the map and the public situation only; no team's options or choices. */
  projector = false;
  /** Minutes each team has to decide, set by the facilitator; 0 for no timer. */
  timerMinutes = 0;
  /** Setup choices kept while the person moves between setup and briefing. */
  draft: SessionSetup | null = null;
  private map: TheatreMap | null = null;
  /** The state on screen now: the game's, or the replay's at the viewed turn. */
  private shown: GameState | null = null;
  private mapLoading: Promise<void> | null = null;
  private readonly side: HTMLElement;
  private readonly layout: HTMLElement;
  private readonly full: HTMLElement;
  private readonly banner: HTMLElement;
  private readonly notices: HTMLElement;
  private readonly mapHost: HTMLElement;
  private readonly hover: HTMLElement;
  private readonly title: HTMLElement;
  readonly hooks: KuroshioHooks = {};

  constructor(root: HTMLElement) {
    this.title = h('span', { class: 'game-title' });
    this.notices = h('div', { class: 'notices', role: 'status', 'aria-live': 'polite' });
    this.mapHost = h('div', { class: 'map', role: 'img', 'aria-label': 'Map of the theatre' });
    this.hover = h('div', { class: 'hover-card', hidden: true });
    this.side = h('div', { class: 'side' });
    this.full = h('div', { class: 'full-view', hidden: true });
    this.banner = h('div', { class: 'paused-banner', role: 'status', hidden: true }, 'Paused by the facilitator');
    window.__kuroshio = this.hooks;
    this.hooks.stateHash = () => (this.shown ? stateHash(this.shown) : null);
    mount(root,
      h('header', { class: 'topbar' },
        h('h1', {}, 'Kuroshio'), this.title,
        h('nav', { class: 'actions', 'aria-label': 'Game' },
          h('button', { type: 'button', onclick: () => this.show('setup') }, 'New game'),
          h('button', { type: 'button', onclick: () => this.openFacilitator() }, 'Facilitator'),
          h('button', { type: 'button', onclick: () => this.pickReplayFile() }, 'Open replay'),
          h('button', { type: 'button', onclick: () => this.exportReplay() }, 'Export replay'),
          h('button', { type: 'button', onclick: () => this.showShareLink() }, 'Share link'))),
      this.notices,
      this.banner,
      (this.layout = h('main', { class: 'layout' },
        h('section', { class: 'map-pane', 'aria-label': 'Map' }, this.mapHost, this.hover, legend()),
        h('aside', { class: 'side-pane' }, this.side))),
      this.full);
    this.acceptDroppedFiles(root);
  }

  /** Start: a print link, then a replay link, then a saved game, else a new game. */
  boot(): void {
    const query = new URLSearchParams(location.search);
    const print = query.get('print');
    const saved = loadSavedGame();
    if (saved.kind === 'game') {
      this.session = saved.session;
      saved.warnings.forEach((w) => this.notify(w, 'info'));
    } else if (saved.kind === 'unreadable') {
      this.notify(saved.message, 'error');
    }
    if (print !== null) {
      void this.showPackets(print, query.get('variant') ?? '');
      return;
    }
    if (hasReplayLink(location.hash)) {
      const r = replayFromLink(location.hash);
      history.replaceState(null, '', location.pathname + location.search);
      if (r.ok && this.openReplay(r.value, 'the link')) return;
      if (!r.ok) this.notify(`The shared link could not be opened: ${withStop(r.error)}${this.session ? ' Your game in progress is unchanged.' : ''}`, 'error');
      // Refused, for whatever reason: the game in progress is shown as it was.
      this.show(this.session ? (this.session.state.outcome ? 'end' : 'play') : 'setup');
      return;
    }
    this.show(this.session ? (this.session.state.outcome ? 'end' : 'play') : 'setup');
  }

  show(screen: Screen): void {
    this.screen = screen;
    this.setFullView(null);
    this.banner.hidden = !this.paused || !this.session;
    document.body.classList.toggle('projector', this.projector && screen === 'play');
    const viewed = this.viewedSession();
    this.title.textContent = viewed ? ` · ${viewed.scenario.title}${viewed.scenario.variant ? ` (${variantTitle(viewed.scenario)})` : ''}` : '';
    const content =
      screen === 'setup' ? setupScreen(this)
      : screen === 'briefing' ? briefingScreen(this)
      : screen === 'play' && this.session ? playScreen(this, this.session)
      : screen === 'end' && this.session ? endScreen(this, this.session)
      : screen === 'replay' && this.viewing ? replayScreen(this, this.viewing.session, this.viewing.turn)
      : screen === 'facilitator' && this.session ? facilitatorScreen(this, this.session)
      : setupScreen(this);
    mount(this.side, content);
    this.side.scrollTop = 0;
  }

  /** The session the screen is about: the replay being viewed, or the game in progress. */
  viewedSession(): Session | null {
    if (this.screen === 'replay' && this.viewing) return this.viewing.session;
    if (this.screen === 'setup' || this.screen === 'briefing') return null;
    return this.session;
  }

  /** Replacing an unfinished game is a choice the person confirms; its replay can be exported first. */
  private mayReplaceGame(what: string): boolean {
    if (!this.session || this.session.state.outcome || this.session.turns.length === 0) return true;
    return window.confirm(`${what} replaces your game in progress (${this.session.scenario.title}, turn ${this.session.state.turn + 1}). Export its replay first if you want to keep it. Continue?`);
  }

  startGame(setup: SessionSetup): void {
    if (!this.mayReplaceGame('Starting a new game')) return;
    const s = startSession(setup);
    if (!s.ok) return this.notify(s.error, 'error');
    this.session = s.value;
    this.draft = null;
    this.persist();
    this.show('play');
  }

  playTurn(decisions: Partial<Record<Role, string>>): void {
    if (!this.session) return;
    if (this.paused) return this.notify('Play is paused by the facilitator.', 'info');
    const r = playTurn(this.session, decisions);
    if (!r.ok) return this.notify(`That turn could not be played: ${withStop(r.error)}`, 'error');
    this.session = r.value;
    this.persist();
    this.show(this.session.state.outcome ? 'end' : 'play');
  }

  /** The facilitator acts: checked against the rules, shown at once, recorded with the coming turn. */
  facilitate(action: FacilitatorAction, reason: string): boolean {
    if (!this.session) return false;
    const r = facilitate(this.session, action, reason);
    if (!r.ok) {
      this.notify(`The facilitator's command was not applied: ${withStop(r.error)}`, 'error');
      return false;
    }
    this.session = r.value;
    this.persist();
    this.show(this.screen);
    return true;
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    this.show(this.screen);
  }

  setProjector(on: boolean): void {
    this.projector = on;
    this.show(this.session?.state.outcome ? 'end' : 'play');
  }

  openFacilitator(): void {
    if (!this.session) return this.notify('Start a game first: the facilitator\'s console works on the game in progress.', 'info');
    this.projector = false;
    this.show('facilitator');
  }

  /** Full-width views (the debrief, printable packets) take the place of the map and side pane. */
  private setFullView(content: HTMLElement | null): void {
    this.layout.hidden = content !== null;
    this.full.hidden = content === null;
    if (content) mount(this.full, content);
    else this.full.replaceChildren();
  }

  async showPackets(scenarioId: string, variant: string): Promise<void> {
    const file = scenarioFile(scenarioId);
    if (!file) {
      this.notify(`There is no scenario "${scenarioId}" to print; the scenarios are listed on the New game screen.`, 'error');
      return this.show('setup');
    }
    const v = file.variants.some((x) => x.id === variant) ? variant : file.variants[0]!.id;
    const { packetsView } = await import('./packets/packetsView.ts');
    this.setFullView(packetsView(file.id, v));
  }

  async showDebrief(s: Session): Promise<void> {
    const { debriefView } = await import('./debrief/debriefView.ts');
    this.setFullView(debriefView(s, {
      pickReplay: () => this.pickReplaySession(),
      notify: (m, k) => this.notify(m, k),
      onBack: () => this.show(this.screen),
    }));
  }

  /** Ask for a replay file and return its verified session (for comparison), or null after saying why. */
  pickReplaySession(): Promise<Session | null> {
    return new Promise((resolve) => {
      const input = h('input', { type: 'file', accept: '.json,application/json', hidden: true });
      input.addEventListener('change', async () => {
        const f = input.files?.[0];
        input.remove();
        if (!f) return resolve(null);
        const text = await replayFileText(f);
        const parsed = text.ok ? parseReplay(text.value) : text;
        const r = parsed.ok ? sessionFromReplay(parsed.value) : parsed;
        if (!r.ok) {
          this.notify(`${f.name} could not be opened: ${withStop(r.error)}`, 'error');
          return resolve(null);
        }
        resolve(r.value.session);
      });
      input.addEventListener('cancel', () => resolve(null));
      document.body.appendChild(input);
      input.click();
    });
  }

  private persist(): void {
    if (!this.session) return;
    const saved = saveGame(this.session);
    if (!saved.ok) this.notify(saved.message, 'error');
  }

  /** Open a replay to step through, if it verifies; the game in progress is kept and untouched either way. */
  openReplay(replay: Replay, source: string): boolean {
    const r = sessionFromReplay(replay);
    if (!r.ok) {
      this.notify(`The replay from ${source} could not be opened: ${withStop(r.error)}${this.session ? ' Your game in progress is unchanged.' : ''}`, 'error');
      return false;
    }
    r.value.warnings.forEach((w) => this.notify(w, 'info'));
    this.viewing = { session: r.value.session, turn: r.value.session.turns.length };
    this.show('replay');
    return true;
  }

  openReplayText(text: string, source: string): void {
    const parsed = parseReplay(text);
    if (!parsed.ok) {
      this.notify(`${source} could not be opened: ${withStop(parsed.error)}${this.session ? ' Your game in progress is unchanged.' : ''}`, 'error');
      return;
    }
    this.openReplay(parsed.value, source);
  }

  /** Step the replay viewer to turn k (0: the start). */
  viewTurn(k: number): void {
    if (!this.viewing) return;
    this.viewing = { ...this.viewing, turn: Math.max(0, Math.min(k, this.viewing.session.turns.length)) };
    this.show('replay');
  }

  /** Branch: a new game from turn k of the replay, with a person taking over `role`. */
  branch(k: number, role: Role): void {
    if (!this.viewing) return;
    if (!this.mayReplaceGame('Branching from this turn')) return;
    this.session = branchAt(this.viewing.session, k, role);
    this.viewing = null;
    this.persist();
    this.notify(`A new game branches from turn ${k + 1}: you play ${role === 'tokyo' ? 'Tokyo' : role.charAt(0).toUpperCase() + role.slice(1)}.`, 'info');
    this.show(this.session.state.outcome ? 'end' : 'play');
  }

  viewCurrentGameAsReplay(): void {
    if (!this.session) return;
    this.viewing = { session: this.session, turn: this.session.turns.length };
    this.show('replay');
  }

  abandonGame(): void {
    this.session = null;
    forgetSavedGame();
  }

  exportReplay(): void {
    const s = this.viewedSession() ?? this.session;
    if (!s || s.turns.length === 0) return this.notify('There is no game to export yet: play a turn first.', 'info');
    const blob = new Blob([JSON.stringify(toReplay(s), null, 2) + '\n'], { type: 'application/json' });
    const a = h('a', { href: URL.createObjectURL(blob), download: `kuroshio-${s.setup.scenarioId}-${s.setup.variant}-${s.setup.seed.replace(/[^A-Za-z0-9._-]/g, '_')}.replay.json` });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }

  showShareLink(): void {
    const s = this.viewedSession() ?? this.session;
    if (!s || s.turns.length === 0) return this.notify('There is no game to share yet: play a turn first.', 'info');
    const link = shareLinkFor(toReplay(s), location.href);
    const input = h('input', { type: 'text', readonly: true, value: link, 'aria-label': 'Share link', class: 'share-link' });
    const copy = h('button', {
      type: 'button',
      onclick: async () => {
        try {
          await navigator.clipboard.writeText(link);
          copy.textContent = 'Copied';
        } catch {
          input.select();
          copy.textContent = 'Press Ctrl+C to copy';
        }
      },
    }, 'Copy');
    this.notify(h('span', {}, 'Anyone with this link can open and replay the game: ', input, ' ', copy), 'info');
  }

  pickReplayFile(): void {
    const input = h('input', { type: 'file', accept: '.json,application/json', hidden: true });
    input.addEventListener('change', () => {
      const f = input.files?.[0];
      if (f) void this.readReplayFile(f);
      input.remove();
    });
    document.body.appendChild(input);
    input.click();
  }

  async readReplayFile(f: File): Promise<void> {
    const text = await replayFileText(f);
    if (!text.ok) return this.notify(`${f.name} could not be opened: ${withStop(text.error)}${this.session ? ' Your game in progress is unchanged.' : ''}`, 'error');
    this.openReplayText(text.value, f.name);
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

  notify(message: string | Node, kind: 'error' | 'info'): void {
    const note = h('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' },
      h('span', {}, message),
      h('button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss', onclick: () => note.remove() }, '×'));
    this.notices.appendChild(note);
    // Plain information clears itself so it does not pile up on a projector; errors and notices
    // holding something to use (a share link) stay until dismissed.
    if (kind === 'info' && typeof message === 'string') setTimeout(() => note.remove(), 8000);
  }

  /** Show a state on the map, creating the map on first use (pixi is loaded lazily). */
  showOnMap(state: GameState, scenario: Scenario, events?: readonly GameEvent[]): void {
    this.shown = state;
    const draw = () => this.map?.show(state, scenario, events);
    if (this.map) return draw();
    this.mapLoading ??= this.loadMap(scenario).catch((e: unknown) => {
      this.notify(`The map could not be drawn in this browser (${(e as Error).message}). Everything else works without it.`, 'error');
    });
    void this.mapLoading.then(draw);
  }

  private async loadMap(scenario: Scenario): Promise<void> {
    const { createTheatreMap } = await import('../map/createTheatreMap.ts');
    const file = scenarioFile(scenario.id);
    this.map = await createTheatreMap(this.mapHost, {
      theatre: theatre(),
      zones: [...theatre().zones, ...(file?.map.zones ?? [])],
      onHover: (info) => this.showHover(info),
    });
    this.hooks.renderer = this.map.renderer;
    this.hooks.colourAt = (lat, lon) => this.map!.colourAt(lat, lon);
    requestAnimationFrame(() => requestAnimationFrame(() => (this.hooks.mapDrawnAt = performance.now())));
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

function variantTitle(s: Scenario): string {
  return scenarioFile(s.id)?.variants.find((v) => v.id === s.variant)?.title ?? s.variant;
}

const hex = (c: number) => `#${c.toString(16).padStart(6, '0')}`;

/** The map's legend, in the map's own colours. */
function legend(): HTMLElement {
  const item = (text: string, fill: number, shape: 'box' | 'line' | 'dash' | 'dot' = 'box') => {
    const swatch = h('span', { class: `swatch ${shape}`, 'aria-hidden': 'true' });
    // Set through the CSSOM, which the Content-Security-Policy allows (inline style attributes it does not).
    if (shape === 'dash') swatch.style.borderTopColor = hex(fill);
    else swatch.style.background = hex(fill);
    return h('li', {}, swatch, text);
  };
  return h('details', { class: 'legend', open: true },
    h('summary', {}, 'Legend'),
    h('ul', {},
      item('Taiwan', PALETTE.side.taiwan), item('Japan', PALETTE.side.japan), item('United States', PALETTE.side.us),
      item('China', PALETTE.side.prc), item('Philippines', PALETTE.side.philippines),
      item('Sea lane: width and colour show shipping getting through', PALETTE.laneFull, 'line'),
      item('Exercise area', PALETTE.zone.exercise), item('Inspection (quarantine) area', PALETTE.zone.quarantine),
      item('Declared no-sail zone', PALETTE.zone.noSailZone), item('Landing area', PALETTE.zone.landing),
      item('Median line (not recognised by the PRC)', PALETTE.medianLine, 'dash'), item('Missile strikes', PALETTE.strike, 'dot')));
}
