import { OUTCOMES } from '../../../engine/index.ts';
import { decisionLabel, outcomeTitle, roleName, t, turnText } from '../../../scenarios/words/words.ts';
import { unitCount, type MatteredJob, type MatteredPlan } from '../../workers/mattered.ts';
import { h } from '../dom.ts';
import type { Session } from '../session.ts';
import { pct } from './futures.ts';
import { budgetedPlan, matteredDetail, matteredFinding, matteredSentence, summariseMattered, type DecisionEffect, type MatteredExport, type MatteredSummary } from './mattered.ts';
import { runInWorkers } from './runInWorkers.ts';
import { debriefSection } from './sectionFrame.ts';

/** The app's hooks object (window.__kuroshio), with what this section adds for tests and the perf script. */
type Hooks = NonNullable<Window['__kuroshio']> & {
  /** Seconds the last search took, workers' start-up included, and what it played. */
  matteredSeconds?: number;
  matteredWorkers?: number;
  matteredUnits?: number;
  matteredSeeds?: number;
  matteredVariants?: number;
};
const hooks = (): Hooks => (window.__kuroshio ??= {}) as Hooks;

/** The endings of one decision's futures, as taken and with its alternative that moved them most. */
function endingsTable(d: DecisionEffect, n: number): HTMLElement {
  const a = d.alternatives[0]!;
  const rows = OUTCOMES.map((o, k) => ({ o, base: d.base[k]! / n, alt: a.counts[k]! / n })).filter((r) => r.base > 0 || r.alt > 0);
  return h('table', { class: 'kd-mattered-table' },
    h('caption', { class: 'visually-hidden' }, t('ui.mattered.tableCaption', { role: roleName(d.role), turn: turnText(d.turn) })),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('ui.mattered.outcomeColumn')),
      h('th', { scope: 'col' }, t('ui.mattered.takenWith', { column: t('ui.mattered.takenColumn'), decision: decisionLabel(d.role, d.taken) })),
      h('th', { scope: 'col' }, t('ui.mattered.alternativeColumn', { alternative: decisionLabel(d.role, a.decision) })))),
    h('tbody', {}, rows.map((r) => h('tr', { class: r.o === a.outcome ? 'kd-mattered-most' : '' },
      h('th', { scope: 'row' }, outcomeTitle(r.o)),
      h('td', {}, pct(r.base)),
      h('td', {}, pct(r.alt))))));
}

/**
 * Section 6: which decisions mattered. Each decision taken, swapped for each alternative open then,
 * the game played on over many seeds in web workers; the few that moved the ending most, in words.
 */
export function matteredSection(s: Session, ctx: { notify(message: string, kind: 'error' | 'info'): void; left: AbortSignal }, onResult: (r: MatteredExport) => void): HTMLElement {
  let running: AbortController | null = null;
  // Leaving the debrief stops the workers: nobody is there to read what they find.
  ctx.left.addEventListener('abort', () => running?.abort());

  // The plan (the game's log replayed once, every alternative listed) is cheap; the seeds are set by the time budget.
  let plan: MatteredPlan | null = null;
  let planError: string | null = null;
  try {
    plan = s.turns.length ? budgetedPlan(s) : null;
  } catch (err) {
    planError = (err as Error).message;
  }
  const total = plan ? unitCount(plan) : 0;

  const progress = h('progress', { max: Math.max(1, total), value: 0, 'aria-label': t('ui.mattered.progressLabel') });
  const status = h('span', { class: 'kd-progress-text' }, t('ui.mattered.notRun'));
  const finding = h('p', { class: 'kd-sentence', 'aria-live': 'polite' });
  const list = h('ol', { class: 'kd-mattered-list' });
  const timing = h('p', { class: 'kd-timing' });
  const run = h('button', { type: 'button', class: 'primary', onclick: () => void start() }, t('ui.mattered.run'));
  if (!plan || !total) {
    run.disabled = true;
    status.textContent = planError ? t('ui.mattered.failed', { message: planError }) : t('ui.mattered.noAlternatives');
  }

  async function start(): Promise<void> {
    if (ctx.left.aborted || !plan) return;
    running?.abort();
    const controller = new AbortController();
    running = controller;
    run.disabled = true;
    progress.value = 0;
    status.textContent = t('ui.mattered.progress', { done: 0, total });
    try {
      const r = await runInWorkers<MatteredJob, number>(
        () => new Worker(new URL('../../workers/mattered.worker.ts', import.meta.url), { type: 'module' }),
        plan.job, total, (done) => {
          progress.value = done;
          status.textContent = t('ui.mattered.progress', { done, total });
        }, controller.signal);
      const summary = summariseMattered(plan, r.results);
      Object.assign(hooks(), { matteredSeconds: r.seconds, matteredWorkers: r.workers, matteredUnits: total, matteredSeeds: plan.job.seeds, matteredVariants: plan.variants.length });
      show(summary, r.seconds, r.workers);
    } catch (err) {
      if ((err as Error).name !== 'AbortError') ctx.notify(t('ui.mattered.failed', { message: (err as Error).message }), 'error');
      status.textContent = t('ui.mattered.stopped');
    } finally {
      if (running === controller) running = null;
      run.disabled = false;
    }
  }

  function show(m: MatteredSummary, seconds: number, workers: number): void {
    const text = matteredFinding(m);
    finding.textContent = text;
    const items = m.shown.map((d) => ({ sentence: matteredSentence(d), detail: matteredDetail(d, m.seeds), d }));
    list.replaceChildren(...items.map((x) => h('li', { class: 'kd-mattered' },
      h('p', { class: 'kd-mattered-sentence' }, x.sentence),
      h('p', { class: 'kd-note' }, x.detail),
      endingsTable(x.d, m.seeds))));
    const time = t('ui.mattered.timing', { units: m.units, variants: m.variants, turns: m.turns, seeds: m.seeds, seconds: seconds.toFixed(2), workers: t('ui.onWorkers', { count: workers }) });
    timing.textContent = time;
    status.textContent = time;
    onResult({ finding: text, decisions: items.map(({ sentence, detail }) => ({ sentence, detail })), timing: time });
  }

  return debriefSection('debrief-mattered', 6, t('ui.mattered.title'), t('ui.mattered.intro'),
    h('div', { class: 'kd-run' }, run, h('div', { class: 'kd-progress' }, progress, status)),
    h('div', { class: 'kd-futures-results' }, finding, list, timing));
}
