import type { PublicView } from '../../../engine/classroom/index.ts';
import { parseServerMessage } from '../../../engine/classroom/index.ts';
import { t } from '../../../scenarios/words/words.ts';
import { publicPanel, type PublicPanel } from '../components/publicPanel.ts';
import { h } from '../dom.ts';
import { classScenario, createClassShell } from './classShell.ts';

// The one-device classroom's projector in a second window or tab of the same browser: the game's
// window tells it, over a BroadcastChannel, the projector's view of the class after every change
// (the class's own public view: nothing private can be in it), and the window draws it. A window
// opened after the game began says "hello", and the game's window answers with the view.

export const LOCAL_CHANNEL = 'kuroshio-one-device-class';
/** The query that opens the app as the projector window. */
export const PROJECTOR_QUERY = 'projector=window';
export const isProjectorWindow = (search: string): boolean => new URLSearchParams(search).get('projector') === 'window';

export function startProjectorWindow(root: HTMLElement): void {
  const shell = createClassShell(root, 'Kuroshio');
  shell.setTitle(t('classroom.oneDevice.projectorTitle'));
  document.body.classList.add('projector');
  shell.show(h('div', { class: 'screen projector-view' }, h('p', { class: 'hint' }, t('classroom.oneDevice.projectorWaiting'))), null);
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(LOCAL_CHANNEL);
  let panel: PublicPanel | null = null;
  channel.addEventListener('message', (e: MessageEvent) => {
    if (typeof e.data !== 'string') return;
    // Checked as a server's frame is: another window of the same site, but the same rules for what is shown.
    const m = parseServerMessage(e.data);
    if (!m.ok || m.value.type !== 'view' || m.value.view.viewer.kind !== 'projector') return;
    const view = m.value.view as PublicView;
    const scenario = classScenario(view.setup.scenarioId, view.setup.variant);
    if (typeof scenario === 'string') return shell.notify(scenario, 'error');
    panel?.stop();
    panel = publicPanel(view, scenario, Date.now(), { id: 'projector' });
    shell.show(h('div', { class: 'screen play projector-view' }, panel.element), { state: view.state, scenario });
  });
  channel.postMessage('hello');
}
