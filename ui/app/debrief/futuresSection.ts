import type { Outcome } from '../../../engine/index.ts';
import type { FuturesMode } from '../../workers/futures.ts';
import { h } from '../dom.ts';
import { t } from '../../../scenarios/words/words.ts';
import type { Session } from '../session.ts';
import { loadPlot, outcomeChart } from './charts.ts';
import { choiceAndChance, FUTURES, futuresJob, MODE_TITLE, pct, summarise, type FuturesSummary } from './futures.ts';
import type { FuturesExport } from './exportDebrief.ts';
import { runFutures } from './runFutures.ts';
import { debriefSection } from './sectionFrame.ts';

/** The app's hooks object (window.__kuroshio), with what the debrief adds for tests and the perf script. */
type Hooks = NonNullable<Window['__kuroshio']> & {
  /** Seconds the last run of 1,000 futures took, workers' start-up included. */
  futuresSeconds?: number;
  futuresWorkers?: number;
};
const hooks = (): Hooks => (window.__kuroshio ??= {}) as Hooks;

const fmtSeconds = (s: number) => `${s.toFixed(2)} s`;

/** Section 5: the same game over 1,000 other seeds, in web workers, and what that says about choice and chance. */
export function futuresSection(s: Session, ctx: { notify(message: string, kind: 'error' | 'info'): void; left: AbortSignal }, onResult: (r: FuturesExport) => void): HTMLElement {
  const thisGame: Outcome | null = s.state.outcome;
  const runs = new Map<FuturesMode, { summary: FuturesSummary; seconds: number; workers: number }>();
  let mode: FuturesMode = 'sameDecisions';
  let running: AbortController | null = null;
  // Leaving the debrief stops the workers: nobody is there to read what they find.
  ctx.left.addEventListener('abort', () => running?.abort());

  const radio = (value: FuturesMode, label: string, hint: string) => h('label', { class: 'kd-choice' },
    h('input', { type: 'radio', name: 'kd-futures-mode', value, checked: value === mode, onchange: () => (mode = value) }),
    h('span', {}, h('strong', {}, label), h('span', { class: 'kd-hint' }, hint)));
  const progress = h('progress', { max: FUTURES, value: 0, 'aria-label': 'Futures played' });
  // The count changes every 50 ms: shown, not announced; the finding below is announced when it comes.
  const status = h('span', { class: 'kd-progress-text' }, 'Not run yet.');
  const chartHost = h('div', { class: 'kd-chart-host kd-futures-chart' });
  const sentence = h('p', { class: 'kd-sentence', 'aria-live': 'polite' });
  const facts = h('ul', { class: 'kd-facts' });
  const timing = h('p', { class: 'kd-timing' });
  const run = h('button', { type: 'button', class: 'primary', onclick: () => void start() }, `Run ${FUTURES.toLocaleString('en')} futures`);

  async function start(): Promise<void> {
    if (ctx.left.aborted) return;
    running?.abort();
    const controller = new AbortController();
    running = controller;
    const m = mode;
    run.disabled = true;
    progress.value = 0;
    status.textContent = `0 of ${FUTURES.toLocaleString('en')} futures`;
    try {
      const r = await runFutures(futuresJob(s, m), FUTURES, (done) => {
        progress.value = done;
        status.textContent = `${done.toLocaleString('en')} of ${FUTURES.toLocaleString('en')} futures`;
      }, controller.signal);
      runs.set(m, { summary: summarise(m, r.results, thisGame), seconds: r.seconds, workers: r.workers });
      hooks().futuresSeconds = r.seconds;
      hooks().futuresWorkers = r.workers;
      status.textContent = `${FUTURES.toLocaleString('en')} futures played in ${fmtSeconds(r.seconds)}`;
      await show(m);
    } catch (err) {
      if ((err as Error).name !== 'AbortError') ctx.notify(`The futures could not be played: ${(err as Error).message}`, 'error');
      status.textContent = 'Stopped.';
    } finally {
      if (running === controller) running = null;
      run.disabled = false;
    }
  }

  async function show(latest: FuturesMode): Promise<void> {
    const same = runs.get('sameDecisions')?.summary ?? null;
    const bots = runs.get('botsEverywhere')?.summary ?? null;
    const main = same ?? bots!;
    const other = same && bots ? bots : null;
    const P = await loadPlot();
    const width = Math.max(420, Math.min(1100, chartHost.clientWidth || 900));
    const chart = outcomeChart(P, main, other, thisGame, width);
    chartHost.replaceChildren(chart,
      h('p', { class: 'kd-note' }, `Bars: ${MODE_TITLE[main.mode]}${thisGame ? '; this game\'s ending in dark blue' : ''}.`, other ? ` Black ticks: ${MODE_TITLE[other.mode]}.` : ''));
    const text = choiceAndChance(thisGame, same, bots);
    sentence.textContent = text;
    const lines = [...runs].map(([m, r]) => [
      `With ${MODE_TITLE[m]}: ${r.summary.distinct} different endings; the futures lasted ${r.summary.meanTurns.toFixed(1)} turns on average; Taiwan's LNG ran out in ${pct(r.summary.lngOutShare)}.`,
      r.summary.keptShare === null ? ''
        : r.summary.keptShare === 1 ? ' Every recorded decision was still open in every future, and was replayed.'
        : ` ${pct(r.summary.keptShare)} of the recorded decisions were still open and were replayed; where one was closed, the seat's bot decided.`,
    ].join(''));
    facts.replaceChildren(...lines.map((l) => h('li', {}, l)));
    const latestRun = runs.get(latest)!;
    timing.textContent = `${FUTURES.toLocaleString('en')} futures (${MODE_TITLE[latest]}) in ${fmtSeconds(latestRun.seconds)}, ${t('ui.onWorkers', { count: latestRun.workers })}. Seeds "${s.setup.seed}#future-0" to "#future-${FUTURES - 1}".`;
    const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg');
    onResult({
      summaries: [...runs.values()].map((r) => r.summary), sentence: text, seconds: latestRun.seconds, workers: latestRun.workers,
      svg: svg ? new XMLSerializer().serializeToString(svg) : null,
    });
  }

  return debriefSection('debrief-futures', 5, 'Many futures',
    `The same game played again over ${FUTURES.toLocaleString('en')} other seeds: the dice change, the decisions stay. Where a recorded decision is closed by the rules in another future, the seat's bot decides instead (a cautious bot for a team's seat), and after the recorded turns bots play on to the end. The facilitator's interventions are replayed where the rules still accept them.`,
    h('div', { class: 'kd-futures-controls' },
      h('fieldset', {},
        h('legend', {}, 'Play the futures with'),
        radio('sameDecisions', 'The same decisions', ' as recorded in this game'),
        radio('botsEverywhere', 'Bots in every seat', ' the same policy by bots, no recorded decisions')),
      h('div', { class: 'kd-run' }, run, h('div', { class: 'kd-progress' }, progress, status))),
    h('div', { class: 'kd-futures-results' }, chartHost, sentence, facts, timing));
}
