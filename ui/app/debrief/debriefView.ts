import './debrief.css';
import { h } from '../dom.ts';
import { download } from '../download.ts';
import { fileStem } from '../fileStem.ts';
import { variantTitle } from '../variantTitle.ts';
import { scorecardCards } from '../scorecard/scorecardPanel.ts';
import { scorecardText } from '../scorecard/scorecardText.ts';
import { checkpointText, endingText } from '../../../scenarios/words/narrate.ts';
import { language, t } from '../../../scenarios/words/words.ts';
import type { Session } from '../session.ts';
import { chartsSection } from './chartsSection.ts';
import type { Comparison } from './compare.ts';
import { compareSection } from './compareSection.ts';
import { debriefDoc, debriefHtml, debriefMarkdown, seatsText, type DebriefDoc, type FuturesExport } from './exportDebrief.ts';
import { futuresSection } from './futuresSection.ts';
import type { MatteredExport } from './mattered.ts';
import { matteredSection } from './matteredSection.ts';
import { questionsSection } from './questionsSection.ts';
import { seriesOf } from './series.ts';
import { talksOf } from './talks.ts';
import { talksSection } from './talksSection.ts';
import { dayText } from './states.ts';
import { thresholdsOf } from './thresholds.ts';
import { thresholdsSection } from './thresholdsSection.ts';
import { timelineOf } from './timeline.ts';
import { timelineSection } from './timelineSection.ts';

export interface DebriefContext {
  /** Ask for a replay file, verify it, and return its session, or null after saying why. */
  pickReplay(): Promise<Session | null>;
  notify(message: string, kind: 'error' | 'info'): void;
  onBack(): void;
  /** Aborted when the debrief is left: work it started (the futures' workers) stops. */
  left: AbortSignal;
}

const num = (n: number) => n.toLocaleString(language(), { maximumFractionDigits: 1 });

/**
 * The debrief, full width: the timeline, the talks and any settlement, the legal thresholds crossed, the indicators over the game,
 * many futures, which decisions mattered, a comparison with another game, and the questions; exported as HTML or Markdown.
 */
export function debriefView(session: Session, ctx: DebriefContext): HTMLElement {
  const s = session;
  // The session holds the state after every turn, played once through the engine's fold.
  const states = s.states;
  const timeline = timelineOf(s);
  const thresholds = thresholdsOf(s);
  const series = seriesOf(states);
  const seats = seatsText(s);
  const card = scorecardText(s.scenario, s.state);
  const charts = chartsSection(series, thresholds, s.scenario.start.indicators);
  let futures: FuturesExport | null = null;
  let mattered: MatteredExport | null = null;
  let comparison: Comparison | null = null;

  const doc = async (): Promise<DebriefDoc> => debriefDoc(s, { charts: await charts.ready.catch(() => []), futures, mattered, comparison }, states);

  const exportAs = async (kind: 'html' | 'md') => {
    try {
      const d = await doc();
      if (kind === 'html') download(debriefHtml(d), 'text/html', `${fileStem('debrief', s.setup)}.html`);
      else download(debriefMarkdown(d), 'text/markdown', `${fileStem('debrief', s.setup)}.md`);
    } catch (err) {
      ctx.notify(t('ui.debrief.exportFailed', { message: (err as Error).message }), 'error');
    }
  };

  const last = s.state.indicators;
  const casualties = Object.values(last.casualties).reduce((a, b) => a + b, 0);
  const glance = (value: string, label: string) => h('div', { class: 'kd-glance' }, h('span', { class: 'kd-glance-value' }, value), h('span', { class: 'kd-glance-label' }, label));
  const contents: [string, string][] = [
    ['debrief-timeline', t('ui.debrief.timeline')], ['debrief-talks', t('ui.talks.debriefTitle')], ['debrief-thresholds', t('ui.debrief.thresholds')], ['debrief-charts', t('ui.indicators')],
    ['debrief-futures', t('ui.debrief.futures')], ['debrief-mattered', t('ui.mattered.title')], ['debrief-compare', t('ui.debrief.compare')], ['debrief-questions', t('ui.debrief.questions')],
  ];
  const root = h('article', { class: 'debrief', 'aria-labelledby': 'debrief-heading' },
    h('header', { class: 'kd-header' },
      h('div', { class: 'kd-heading' },
        h('p', { class: 'kd-kicker' }, t('ui.debrief.kicker', { title: s.scenario.title, variant: variantTitle(s.scenario) })),
        h('h2', { id: 'debrief-heading' }, t('ui.end.debrief')),
        h('p', { class: `kd-outcome${s.state.outcome ? '' : ' kd-open'}` }, endingText(s.scenario, s.state).title),
        s.state.ending ? h('p', { class: 'kd-reason-line' }, endingText(s.scenario, s.state).reason) : null,
        s.state.checkpoint ? h('p', { class: 'kd-reason-line' }, checkpointText(s.state.checkpoint)) : null,
        h('p', { class: 'kd-meta' }, t('ui.debrief.meta', { seed: s.setup.seed, seats }))),
      h('div', { class: 'kd-actions' },
        h('button', { type: 'button', onclick: () => ctx.onBack() }, t('ui.debrief.back')),
        h('button', { type: 'button', onclick: () => void exportAs('html') }, t('ui.debrief.exportHtml')),
        h('button', { type: 'button', onclick: () => void exportAs('md') }, t('ui.debrief.exportMd')))),
    h('div', { class: 'kd-glances' },
      glance(num(s.turns.length), t('ui.debrief.glanceTurns', { count: s.turns.length, day: dayText(s.state.day) })),
      glance(num(thresholds.length), t('ui.debrief.glanceThresholds')),
      glance(last.lngExhaustedOnDay === null ? t('ui.debrief.never') : dayText(last.lngExhaustedOnDay), t('ui.debrief.glanceLng')),
      glance(t('ui.debrief.outOfTen', { value: num(last.escalation) }), t('ui.debrief.glanceEscalation')),
      glance(num(casualties), t('ui.debrief.glanceCasualties'))),
    h('section', { class: 'kd-scorecard scorecard', 'aria-labelledby': 'debrief-scorecard-title' },
      h('h2', { id: 'debrief-scorecard-title' }, card.title),
      h('p', { class: 'kd-intro' }, card.intro),
      scorecardCards(card.roles)),
    h('nav', { class: 'kd-contents', 'aria-label': t('ui.debrief.contents') },
      contents.map(([id, label], k) => h('a', {
        href: `#${id}`,
        onclick: (e: Event) => {
          e.preventDefault();
          document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
        },
      }, `${k + 1} ${label}`))),
    timelineSection(timeline),
    talksSection(talksOf(s)),
    thresholdsSection(thresholds),
    charts.el,
    futuresSection(s, ctx, (r) => (futures = r)),
    matteredSection(s, ctx, (r) => (mattered = r)),
    compareSection(s, ctx, (c) => (comparison = c)),
    questionsSection(s.setup.scenarioId));
  return root;
}
