import type { Outcome } from '../../../engine/index.ts';
import type { FuturesMode } from '../../workers/futures.ts';
import { h } from '../dom.ts';
import { t } from '../../../scenarios/words/words.ts';
import type { Session } from '../session.ts';
import { loadPlot, outcomeChart } from './charts.ts';
import { choiceAndChance, FUTURES, futuresJob, modeTitle, pct, summarise, type FuturesSummary } from './futures.ts';
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

const fmtSeconds = (s: number) => t('ui.futures.seconds', { s: s.toFixed(2) });

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
  const progress = h('progress', { max: FUTURES, value: 0, 'aria-label': t('ui.futures.played') });
  // The count changes every 50 ms: shown, not announced; the finding below is announced when it comes.
  const status = h('span', { class: 'kd-progress-text' }, t('ui.futures.notRun'));
  const chartHost = h('div', { class: 'kd-chart-host kd-futures-chart' });
  const sentence = h('p', { class: 'kd-sentence', 'aria-live': 'polite' });
  const facts = h('ul', { class: 'kd-facts' });
  const timing = h('p', { class: 'kd-timing' });
  const run = h('button', { type: 'button', class: 'primary', onclick: () => void start() }, t('ui.futures.run', { n: FUTURES }));

  async function start(): Promise<void> {
    if (ctx.left.aborted) return;
    running?.abort();
    const controller = new AbortController();
    running = controller;
    const m = mode;
    run.disabled = true;
    progress.value = 0;
    status.textContent = t('ui.futures.progress', { done: 0, n: FUTURES });
    try {
      const r = await runFutures(futuresJob(s, m), FUTURES, (done) => {
        progress.value = done;
        status.textContent = t('ui.futures.progress', { done, n: FUTURES });
      }, controller.signal);
      runs.set(m, { summary: summarise(m, r.results, thisGame), seconds: r.seconds, workers: r.workers });
      hooks().futuresSeconds = r.seconds;
      hooks().futuresWorkers = r.workers;
      status.textContent = t('ui.futures.done', { n: FUTURES, time: fmtSeconds(r.seconds) });
      await show(m);
    } catch (err) {
      if ((err as Error).name !== 'AbortError') ctx.notify(t('ui.futures.failed', { message: (err as Error).message }), 'error');
      status.textContent = t('ui.futures.stopped');
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
      h('p', { class: 'kd-note' }, t('ui.futures.chartNote', { bars: modeTitle(main.mode), ended: thisGame !== null, ticks: other ? modeTitle(other.mode) : '', both: other !== null })));
    const text = choiceAndChance(thisGame, same, bots);
    sentence.textContent = text;
    const lines = [...runs].map(([m, r]) => [
      t('ui.futures.fact', { by: modeTitle(m), distinct: r.summary.distinct, turns: Number(r.summary.meanTurns.toFixed(1)), lngOut: pct(r.summary.lngOutShare) }),
      r.summary.keptShare === null ? ''
        : r.summary.keptShare === 1 ? t('ui.futures.allKept')
        : t('ui.futures.someKept', { share: pct(r.summary.keptShare) }),
    ].join(''));
    facts.replaceChildren(...lines.map((l) => h('li', {}, l)));
    const latestRun = runs.get(latest)!;
    timing.textContent = t('ui.futures.timing', { n: FUTURES, by: modeTitle(latest), time: fmtSeconds(latestRun.seconds), workers: t('ui.onWorkers', { count: latestRun.workers }), first: `${s.setup.seed}#future-0`, last: `#future-${FUTURES - 1}` });
    const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg');
    onResult({
      summaries: [...runs.values()].map((r) => r.summary), sentence: text, seconds: latestRun.seconds, workers: latestRun.workers,
      svg: svg ? new XMLSerializer().serializeToString(svg) : null,
    });
  }

  return debriefSection('debrief-futures', 5, t('ui.debrief.futures'),
    t('ui.futures.intro', { n: FUTURES }),
    h('div', { class: 'kd-futures-controls' },
      h('fieldset', {},
        h('legend', {}, t('ui.futures.playWith')),
        radio('sameDecisions', t('ui.futures.sameTitle'), t('ui.futures.sameHint')),
        radio('botsEverywhere', t('ui.futures.botsTitle'), t('ui.futures.botsHint'))),
      h('div', { class: 'kd-run' }, run, h('div', { class: 'kd-progress' }, progress, status))),
    h('div', { class: 'kd-futures-results' }, chartHost, sentence, facts, timing));
}
