import { ROLES, type Replay, type Role, type Scenario } from '../../../engine/index.ts';
import {
  checkViewLog, classLink, parseServerMessage, WS_PATH,
  type ClassEvent, type ClassView, type FacilitatorView, type Intent, type JoinKeys, type Presence, type PublicView, type TeamView, type Viewer,
} from '../../../engine/classroom/index.ts';
import { scenarioFile } from '../../../scenarios/catalog.ts';
import { termsBySide } from '../../../scenarios/words/narrate.ts';
import { actorName, opennessText, roleName, t } from '../../../scenarios/words/words.ts';
import { roleBriefing } from '../components/briefing.ts';
import { consoleForms, storedDrafts, type ConsoleForms } from '../components/consoleForms.ts';
import { decisionPanel } from '../components/decisionPanel.ts';
import { publicPanel, type PublicPanel } from '../components/publicPanel.ts';
import { termsPicker } from '../components/termsPicker.ts';
import { h } from '../dom.ts';
import { download } from '../download.ts';
import { fileStem } from '../fileStem.ts';
import { decisionText, mustDecideAgainText } from '../localClass.ts';
import { sessionFromReplay, type Session } from '../session.ts';
import { classScenario, createClassShell, type ClassShell } from './classShell.ts';

const CLASS_SEATS = ['human', 'bot:cautious', 'bot:hawkish'] as const;
type ClassSeat = (typeof CLASS_SEATS)[number];

// A device of the networked classroom (npm run classroom): a team's device, the projector or the
// teacher's console, by the key in the address's fragment. It speaks the protocol of
// engine/classroom/protocol.ts over one WebSocket: joins with the key (or resumes with the token a
// join gave it, kept in this browser's storage, so a reload or a lost connection comes back as the
// same device), checks every frame with the protocol's schema before showing anything of it, and
// draws what the server's view says, no more: a team's device holds only its own options and choice
// because the server sends it no other. After every turn it plays the server's log through its own
// engine and checks the state hash. At the end, every device shows the debrief and offers the replay.

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};
const tokenKey = (classId: string, key: string) => `kuroshio.classToken.${classId}.${key.slice(0, 10)}`;

interface Connection {
  send(intent: Intent): Promise<boolean>;
  requestReplay(): Promise<Replay | null>;
}

export function startNetDevice(root: HTMLElement, classId: string): void {
  const key = new URLSearchParams(location.hash.slice(1)).get('key') ?? '';
  const shell = createClassShell(root, 'Kuroshio');
  window.__kuroshio ??= {};
  if (!key) {
    shell.show(h('div', { class: 'screen' }, h('p', { class: 'notice error', role: 'alert' }, t('classroom.net.noKey'))), null);
    return;
  }
  const status = h('p', { class: 'connection', role: 'status' }, t('classroom.net.connecting'));
  let screen: DeviceScreen | null = null;
  let viewer: Viewer | null = null;
  let join: JoinKeys | null = null;
  let presence: Presence | null = null;
  let ws: WebSocket | null = null;
  let nextId = 1;
  let retry = 0;
  let fatal = false;
  const waiting = new Map<number, (ok: boolean) => void>();
  let replayWaiters: ((r: Replay | null) => void)[] = [];
  const hooks = window.__kuroshio as Record<string, unknown>;

  const conn: Connection = {
    send(intent) {
      if (!ws || ws.readyState !== WebSocket.OPEN) {
        shell.notify(t('classroom.net.reconnecting'), 'error');
        return Promise.resolve(false);
      }
      const id = nextId++;
      ws.send(JSON.stringify({ type: 'intent', id, intent }));
      return new Promise((resolve) => waiting.set(id, resolve));
    },
    requestReplay() {
      if (!ws || ws.readyState !== WebSocket.OPEN) return Promise.resolve(null);
      ws.send(JSON.stringify({ type: 'replay' }));
      return new Promise((resolve) => replayWaiters.push(resolve));
    },
  };

  function connect(): void {
    const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${WS_PATH}${encodeURIComponent(classId)}`);
    ws = socket;
    socket.addEventListener('open', () => {
      retry = 0;
      const token = storage()?.getItem(tokenKey(classId, key));
      socket.send(JSON.stringify(token ? { type: 'resume', token } : { type: 'join', key }));
    });
    socket.addEventListener('message', (e: MessageEvent) => {
      if (typeof e.data !== 'string') return;
      const parsed = parseServerMessage(e.data);
      if (!parsed.ok) return shell.notify(t('ui.net.unreadableMessage', { error: parsed.error }), 'error');
      const m = parsed.value;
      switch (m.type) {
        case 'welcome':
          viewer = m.viewer;
          join = m.join ?? null;
          try {
            storage()?.setItem(tokenKey(classId, key), m.token);
          } catch {
            // Not kept: a reload joins again with the key, as the same team.
          }
          hooks.viewer = m.viewer.kind;
          status.textContent = '';
          return;
        case 'view':
          if (m.presence) presence = m.presence;
          return show(m.view, m.events);
        case 'presence':
          presence = m.presence;
          screen?.presence(m.presence);
          return;
        case 'done':
        case 'refused': {
          const w = waiting.get(m.id);
          waiting.delete(m.id);
          if (m.type === 'refused') shell.notify(m.message, 'error');
          w?.(m.type === 'done');
          return;
        }
        case 'replay': {
          const ws2 = replayWaiters;
          replayWaiters = [];
          ws2.forEach((r) => r(m.replay));
          return;
        }
        case 'error':
          if (m.code === 'unknownToken') {
            // The server does not know this device's token (another database?): join again with the key.
            storage()?.removeItem(tokenKey(classId, key));
            socket.send(JSON.stringify({ type: 'join', key }));
            return;
          }
          if (m.code === 'notYet') {
            replayWaiters.splice(0).forEach((r) => r(null));
          }
          if (m.code === 'wrongKey' || m.code === 'classUnreadable') {
            fatal = true;
            status.textContent = t('classroom.net.joinFailed', { reason: m.message });
            if (!screen) shell.show(h('div', { class: 'screen' }, status), null);
          }
          shell.notify(m.message, 'error');
          return;
      }
    });
    socket.addEventListener('close', () => {
      if (ws !== socket) return;
      ws = null;
      for (const w of waiting.values()) w(false);
      waiting.clear();
      replayWaiters.splice(0).forEach((r) => r(null));
      if (fatal) return;
      status.textContent = t('classroom.net.reconnecting');
      hooks.connected = false;
      // Back off a little each time, but keep trying: the server may be restarting.
      setTimeout(connect, Math.min(5000, 500 * 2 ** retry++));
    });
  }

  function show(view: ClassView, events: ClassEvent[]): void {
    hooks.connected = true;
    status.textContent = '';
    const scenario = classScenario(view.setup.scenarioId, view.setup.variant);
    if (typeof scenario === 'string') return shell.notify(scenario, 'error');
    if (!screen || screen.kind !== view.viewer.kind) {
      screen = deviceScreen(view, scenario, conn, shell, status, classId, () => join, () => presence);
      document.body.classList.toggle('projector', view.viewer.kind === 'projector');
      shell.setTitle(view.viewer.kind === 'team' ? t('classroom.net.teamTitle', { role: roleName(view.viewer.role) }) : view.viewer.kind === 'projector' ? t('classroom.net.projectorTitle', { id: classId }) : t('classroom.net.consoleTitle', { id: classId }));
    }
    for (const line of mustDecideAgainText(events)) shell.notify(line, 'error');
    screen.update(view);
    hooks.classView = { seq: view.seq, turn: view.turn, outcome: view.outcome, stateHash: view.stateHash, hashChecked: screen.hashChecked() };
  }

  void viewer;
  shell.show(h('div', { class: 'screen' }, status), null);
  connect();
}

interface DeviceScreen {
  kind: Viewer['kind'];
  update(view: ClassView): void;
  presence(p: Presence): void;
  /** The turn whose state hash this device checked last, or -1 (or null if the check failed). */
  hashChecked(): number | null;
}

function deviceScreen(first: ClassView, scenario: Scenario, conn: Connection, shell: ClassShell, status: HTMLElement, classId: string, join: () => JoinKeys | null, presence: () => Presence | null): DeviceScreen {
  const kind = first.viewer.kind;
  let panel: PublicPanel | null = null;
  let checkedLog = -1;
  let checked: number | null = -1;
  const hashLine = h('p', { class: 'hash-check hint', role: 'status' });
  const presenceLine = h('p', { class: 'presence hint' });
  let ended = false;

  /** After every turn: the server's log, played through this device's engine, gives the server's hash. */
  const checkHash = (view: PublicView) => {
    if (view.log.length === checkedLog) return;
    checkedLog = view.log.length;
    const same = checkViewLog(scenario, view);
    checked = same ? view.log.length : null;
    hashLine.textContent = same ? t('classroom.net.hashOk', { turn: view.log.length }) : t('classroom.net.hashBad');
    hashLine.classList.toggle('notice', !same);
    hashLine.classList.toggle('error', !same);
  };

  const showPresence = (p: Presence | null) => {
    if (!p) return;
    const teams = ROLES.filter((r) => first.teams.includes(r)).map((r) => t('ui.net.presenceTeam', { role: roleName(r), count: p.teams[r] ?? 0 }));
    // A tally, not a sentence: joined with the language's list comma (、 in Japanese and Chinese), without "and".
    presenceLine.textContent = t('classroom.net.presence', { teams: teams.join(t('ui.listComma')), projector: p.projector, facilitator: p.facilitator });
  };

  // The end: the debrief and the replay, on every device.
  let replaySession: Session | null = null;
  const fetchSession = async (): Promise<Session | null> => {
    if (replaySession) return replaySession;
    const replay = await conn.requestReplay();
    if (!replay) return null;
    const s = sessionFromReplay(replay);
    if (!s.ok) {
      shell.notify(t('ui.net.replayFailed', { error: s.error }), 'error');
      return null;
    }
    // Only a finished game is kept: the facilitator may ask for the replay mid-game too.
    if (s.value.session.state.outcome) replaySession = s.value.session;
    return s.value.session;
  };
  const exportReplay = async () => {
    const replay = await conn.requestReplay();
    if (!replay) return;
    const s = sessionFromReplay(replay);
    download(JSON.stringify(replay, null, 2) + '\n', 'application/json', s.ok ? `${fileStem('replay', s.value.session.setup)}.replay.json` : `kuroshio-class-${classId}.replay.json`);
  };
  const openDebrief = async () => {
    const s = await fetchSession();
    if (!s) return;
    const { debriefView } = await import('../debrief/debriefView.ts');
    const left = new AbortController();
    shell.showFull(debriefView(s, {
      pickReplay: async () => null,
      notify: (m, k) => shell.notify(m, k),
      onBack: () => shell.closeFull(),
      left: left.signal,
    }), () => left.abort());
  };
  const endTools = () => h('section', { class: 'class-end', 'aria-label': t('classroom.net.debrief') },
    h('p', {}, t('classroom.net.gameOver')),
    h('div', { class: 'inline' },
      h('button', { type: 'button', class: 'primary', onclick: () => void openDebrief() }, t('classroom.net.debrief')),
      h('button', { type: 'button', onclick: () => void exportReplay() }, t('classroom.net.exportReplay'))));

  // ---- A team's device: its options, its choice, its talk. Forms made once, so typing survives updates.
  const role = first.viewer.kind === 'team' ? first.viewer.role : null;
  const statement = h('textarea', { id: 'statement-text', maxlength: 280, rows: 2 });
  const messageTo = h('select', { id: 'message-to' }, first.teams.filter((r) => r !== role).map((r) => h('option', { value: r }, roleName(r))));
  const messageText = h('textarea', { id: 'message-text', maxlength: 1000, rows: 2 });
  const proposeTo = h('select', { id: 'propose-to' }, first.teams.filter((r) => r !== role).map((r) => h('option', { value: r }, roleName(r))));
  const picker = role && scenario.terms.length ? termsPicker(scenario, role, `draft-terms-${role}`) : null;
  let decisions: { key: string; panel: ReturnType<typeof decisionPanel> } | null = null;
  const file = scenarioFile(scenario.id);
  const briefing = role && file ? h('details', { class: 'own-briefing' }, h('summary', {}, t('ui.team.yourBriefing', { role: roleName(role) })), roleBriefing(file, role)) : null;

  const termsText = (terms: readonly string[]) => termsBySide(scenario, terms).map((g) => t('scorecard.figure', { name: t('ui.talks.gives', { role: roleName(g.by) }), value: g.terms.join(t('packet.itemSep')) })).join(' · ');

  function teamBody(view: TeamView): (HTMLElement | null)[] {
    const r = view.role;
    const key = JSON.stringify(view.options);
    if (!decisions || decisions.key !== key) decisions = { key, panel: decisionPanel(view.state, scenario, r, () => null) };
    const panel = decisions.panel;
    const madeStatement = view.statements.some((s) => s.turn === view.turn && s.from === r);
    const over = !!view.outcome;
    return [
      briefing,
      view.relock ? h('p', { class: 'notice error', role: 'alert' }, t('classroom.net.mustDecideAgain', { decision: decisionText(r, view.relock.decision), why: opennessText(r, view.relock.why) })) : null,
      over ? null : view.locked
        ? h('section', { class: 'own-choice', 'aria-label': t('classroom.net.yourOptions') },
            h('p', { class: 'locked-choice' }, t('classroom.net.lockedAs', { decision: decisionText(r, view.locked.decision) })),
            h('button', { type: 'button', disabled: view.paused, onclick: () => void conn.send({ kind: 'unlock' }) }, t('classroom.net.unlock')))
        : h('section', { class: 'own-choice', 'aria-label': t('classroom.net.yourOptions') },
            h('p', { class: 'hint' }, t('classroom.net.notLocked')),
            panel.element,
            h('button', { type: 'button', class: 'primary', disabled: view.paused, onclick: () => {
              const c = panel.choice();
              if (c) void conn.send({ kind: 'lock', decision: c.decision, ...(c.proposal ? { proposal: c.proposal } : {}) });
            } }, t('classroom.net.lockIn'))),
      over ? null : h('section', { class: 'talk-form', 'aria-labelledby': 'statement-title' },
        h('h3', { id: 'statement-title' }, t('classroom.net.statementTitle')),
        madeStatement ? h('p', { class: 'hint' }, t('classroom.net.statementMade'))
          : [h('label', { for: 'statement-text', class: 'visually-hidden' }, t('classroom.net.statementTitle')), statement,
              h('button', { type: 'button', onclick: async () => {
                if (await conn.send({ kind: 'statement', text: statement.value })) statement.value = '';
              } }, t('classroom.net.statementSend'))]),
      h('section', { class: 'talk-form', 'aria-labelledby': 'messages-title' },
        h('h3', { id: 'messages-title' }, t('classroom.net.messagesTitle')),
        h('ul', { class: 'messages' }, view.messages.map((m) => h('li', { class: 'message' }, t('classroom.net.messageLine', { from: roleName(m.from), to: roleName(m.to), text: m.text })))),
        over || messageTo.options.length === 0 ? null : [
          h('div', { class: 'field' }, h('label', { for: 'message-to' }, t('classroom.net.messageTo')), messageTo),
          h('div', { class: 'field' }, h('label', { for: 'message-text' }, t('classroom.net.messageText')), messageText),
          h('button', { type: 'button', onclick: async () => {
            if (await conn.send({ kind: 'message', to: messageTo.value as Role, text: messageText.value })) messageText.value = '';
          } }, t('classroom.net.messageSend'))]),
      h('section', { class: 'talk-form', 'aria-labelledby': 'proposals-title' },
        h('h3', { id: 'proposals-title' }, t('classroom.net.proposalsTitle')),
        h('ul', { class: 'proposals' }, view.proposals.map((p) => h('li', { class: 'proposal' },
          t('classroom.net.proposalLine', { id: p.id, from: roleName(p.from), to: roleName(p.to), status: p.status, terms: termsText(p.terms) }),
          p.note ? [' ', h('q', {}, p.note)] : null,
          p.status === 'open' && p.to === r && !over ? [
            h('button', { type: 'button', class: 'small', onclick: () => void conn.send({ kind: 'answer', proposal: p.id, accept: true }) }, t('classroom.net.accept', { id: p.id })),
            h('button', { type: 'button', class: 'small', onclick: () => void conn.send({ kind: 'answer', proposal: p.id, accept: false }) }, t('classroom.net.reject', { id: p.id }))] : null,
          p.status === 'open' && p.from === r && !over ? h('button', { type: 'button', class: 'small', onclick: () => void conn.send({ kind: 'withdraw', proposal: p.id }) }, t('classroom.net.withdraw', { id: p.id })) : null))),
        over || !picker || proposeTo.options.length === 0 ? null : [
          h('div', { class: 'field' }, h('label', { for: 'propose-to' }, t('classroom.net.proposalTo')), proposeTo),
          picker.element,
          h('button', { type: 'button', onclick: () => {
            const p = picker.read();
            if (p) void conn.send({ kind: 'propose', to: proposeTo.value as Role, terms: p.terms, note: p.note });
          } }, t('classroom.net.proposalSend'))]),
    ];
  }

  // ---- The teacher's console: the class's controls, the forms of the one-device console, the join codes.
  let forms: ConsoleForms | null = null;
  // Open while the class starts (the teams are joining); folded away once a turn is played.
  const joinSection = h('details', { class: 'join-codes', open: first.log.length === 0 });
  let joinShown = false;
  async function showJoin(view: FacilitatorView): Promise<void> {
    const keys = join();
    if (joinShown || !keys) return;
    joinShown = true;
    const base = keys.address ?? location.origin;
    const QR = await import('qrcode');
    const entry = async (label: string, link: string) => h('li', { class: 'join-code' },
      h('strong', {}, label),
      h('img', { src: await QR.toDataURL(link, { margin: 1, width: 160 }), alt: label, width: 160, height: 160 }),
      h('a', { href: link, target: '_blank', rel: 'noopener' }, link));
    const items = [
      await entry(t('classroom.oneDevice.projectorTitle'), classLink(base, classId, keys.projector)),
      ...(await Promise.all(view.teams.map((r) => entry(t('classroom.net.joinAs', { role: roleName(r) }), classLink(base, classId, keys.teams[r]))))),
    ];
    joinSection.replaceChildren(h('summary', {}, h('h3', { id: 'join-title' }, t('classroom.net.joinTitle'))), h('ul', { class: 'join-list' }, items));
  }

  function consoleBody(view: FacilitatorView): (HTMLElement | null)[] {
    forms ??= consoleForms(scenario, {
      facilitate: (action, reason) => conn.send({ kind: 'facilitate', action, reason }),
      withdrawPending: (index) => conn.send({ kind: 'withdrawPending', index }),
      setTimer: (minutes, holdAtZero) => conn.send(minutes === 0 ? { kind: 'clearTimer' } : { kind: 'setTimer', seconds: minutes * 60, holdAtZero }),
      notify: (m, k) => shell.notify(m, k),
    }, storedDrafts(`kuroshio.consoleDrafts.${classId}`, storage));
    forms.update(view);
    void showJoin(view);
    const locked = view.teams.filter((r) => view.locked[r]);
    const over = !!view.outcome;
    return [
      presenceLine,
      over ? null : h('div', { class: 'inline' },
        h('button', { type: 'button', class: 'primary', onclick: () => void conn.send({ kind: view.paused ? 'resume' : 'pause' }) }, view.paused ? t('classroom.net.resume') : t('classroom.net.pause')),
        h('button', { type: 'button', disabled: view.paused, onclick: () => void conn.send({ kind: 'resolve' }) }, t('classroom.oneDevice.resolveNow')),
        h('button', { type: 'button', onclick: () => void exportReplay() }, t('classroom.net.exportReplay'))),
      joinSection,
      h('section', { class: 'locked-choices', 'aria-labelledby': 'locked-title' },
        h('h3', { id: 'locked-title' }, t('classroom.net.lockedChoices')),
        h('ul', {}, locked.map((r) => h('li', {}, t('ui.facilitator.lockedChoice', { role: roleName(r), decision: decisionText(r, view.locked[r]!.decision) }))))),
      over ? null : h('section', { class: 'seats', 'aria-labelledby': 'seats-title' },
        h('h3', { id: 'seats-title' }, t('classroom.net.seatsTitle')),
        h('p', { class: 'hint' }, t('classroom.net.seatsHint')),
        ROLES.map((r) => {
          // A class's seats take the fixed bots only: a strategist's look-ahead is for a person playing alone.
          const select = h('select', { id: `seat-${r}`, onchange: () => void conn.send({ kind: 'setSeat', role: r, seat: select.value as ClassSeat }) },
            CLASS_SEATS.map((a) => h('option', { value: a, selected: view.setup.seats[r] === a }, actorName(a))));
          return h('div', { class: 'field inline' }, h('label', { for: select.id }, roleName(r)), select);
        })),
      h('section', { class: 'talk-log', 'aria-labelledby': 'all-messages-title' },
        h('h3', { id: 'all-messages-title' }, t('classroom.net.messagesTitle')),
        h('ul', { class: 'messages' }, view.messages.map((m) => h('li', { class: 'message' }, t('classroom.net.messageLine', { from: roleName(m.from), to: roleName(m.to), text: m.text })))),
        h('ul', { class: 'proposals' }, view.proposals.map((p) => h('li', { class: 'proposal' }, t('classroom.net.proposalLine', { id: p.id, from: roleName(p.from), to: roleName(p.to), status: p.status, terms: termsText(p.terms) }))))),
      over ? null : forms.timer,
      over ? null : forms.pending,
      over ? null : forms.tools,
    ];
  }

  return {
    kind,
    hashChecked: () => checked,
    presence: showPresence,
    update(view) {
      checkHash(view);
      showPresence(presence());
      panel?.stop();
      panel = publicPanel(view, scenario, Date.now(), { id: kind });
      const title = view.viewer.kind === 'team' ? t('classroom.net.teamTitle', { role: roleName(view.viewer.role) }) : view.viewer.kind === 'projector' ? t('classroom.net.projectorTitle', { id: classId }) : t('classroom.net.consoleTitle', { id: classId });
      const body = view.viewer.kind === 'team' ? teamBody(view as TeamView) : view.viewer.kind === 'facilitator' ? consoleBody(view as FacilitatorView) : [];
      const content = h('div', { class: `screen play class-device class-${kind}${kind === 'projector' ? ' projector-view' : ''}` },
        h('h2', { class: 'device-title' }, title), status, hashLine,
        view.outcome ? endTools() : null,
        // The console's controls come first; a team reads the news before its options.
        kind === 'facilitator' ? [body, panel.element] : [panel.element, body]);
      // Another device's change redraws this one: a field being typed in keeps its focus and caret.
      const active = document.activeElement;
      const caret = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? [active.selectionStart, active.selectionEnd] as const : null;
      shell.show(content, { state: view.state, scenario });
      if (active instanceof HTMLElement && active !== document.body && active.isConnected && document.activeElement !== active) {
        active.focus({ preventScroll: true });
        if (caret && (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement)) {
          try {
            active.setSelectionRange(caret[0], caret[1]);
          } catch {
            // (a field without a caret: a checkbox)
          }
        }
      }
      if (view.outcome && !ended) {
        ended = true;
        // The class is over: every device opens the debrief.
        void openDebrief();
      }
    },
  };
}
