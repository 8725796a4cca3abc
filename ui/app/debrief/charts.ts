import type * as PlotNS from '@observablehq/plot';
import { OUTCOMES, type Outcome } from '../../../engine/index.ts';
import { PALETTE } from '../../map/palette.ts';
import type { FuturesSummary } from './futures.ts';
import { outcomeTitle, t } from '../../../scenarios/words/words.ts';
import type { Point } from './series.ts';

// Charts with Observable Plot, drawn as SVG. Plot is loaded only when the debrief draws its first
// chart (a dynamic import: its own chunk, not in the app's entry).

export type PlotModule = typeof PlotNS;

let plotModule: Promise<PlotModule> | undefined;
export const loadPlot = (): Promise<PlotModule> => (plotModule ??= import('@observablehq/plot'));

/** The class on every chart; debrief.css (and the exported file's CSS) styles it. */
export const PLOT_CLASS = 'kd-plot';

export const hex = (c: number): string => `#${c.toString(16).padStart(6, '0')}`;

export const COLOURS = {
  ink: '#14202b',
  muted: '#50606e',
  grid: '#d5d9de',
  accent: '#0b5d7a',
  other: '#9fb3c2',
  // Keyed by code (fuel, shipping kind, side): the series' names are in the reader's language.
  fuel: { lngDays: '#0b7285', coalDays: '#6d4c41', oilDays: '#e67700' } as Record<string, string>,
  shipping: { all: hex(PALETTE.laneFull), energy: hex(PALETTE.laneHalf) },
  side: {
    prc: hex(PALETTE.side.prc),
    us: hex(PALETTE.side.us),
    japan: hex(PALETTE.side.japan),
    taiwan: hex(PALETTE.side.taiwan),
  } as Record<string, string>,
  escalation: hex(PALETTE.side.prc),
};

/**
 * Plot writes a <style> element into each chart. The page's Content-Security-Policy forbids inline
 * styles, so it is removed before the chart reaches the page; debrief.css carries the same rules.
 */
function cspSafe<T extends Element>(chart: T): T {
  chart.querySelectorAll('style').forEach((s) => s.remove());
  // Plot names each mark's group ("rule", "line") with aria-label on a plain <g>, which ARIA forbids there and
  // which says nothing to a listener: the chart's own label (and the table beside it) carries its meaning.
  chart.querySelectorAll('g[aria-label]').forEach((g) => g.removeAttribute('aria-label'));
  return chart;
}

const FONT = { fontSize: '15px', fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif', overflow: 'visible' };

export interface LineChartOptions {
  points: readonly Point[];
  colours: Record<string, string>;
  width: number;
  height?: number;
  yLabel: string;
  yDomain?: [number, number];
  xMax: number;
  /** Draw as steps (a level that holds until the next turn) rather than lines. */
  step?: boolean;
  /** Label each line at its end. */
  labels?: boolean;
  /** Days to mark with a dashed rule, with a tooltip. */
  marks?: { day: number; title: string }[];
  ariaLabel: string;
}

/** Where the end-of-line labels go: at each line's last value, pushed apart so none overlap. */
function endLabels(points: readonly Point[], domain: [number, number], height: number): { day: number; value: number; series: string }[] {
  const last = new Map<string, Point>();
  for (const p of points) last.set(p.series, p);
  const labels = [...last.values()].map((p) => ({ day: p.day, value: p.value, series: p.series })).sort((a, b) => a.value - b.value);
  const gap = ((domain[1] - domain[0]) * 20) / Math.max(60, height - 70);
  for (let i = 1; i < labels.length; i++) labels[i]!.value = Math.max(labels[i]!.value, labels[i - 1]!.value + gap);
  const over = labels.length ? labels[labels.length - 1]!.value - domain[1] : 0;
  if (over > 0) for (const l of labels) l.value -= over;
  return labels;
}

export function lineChart(P: PlotModule, o: LineChartOptions): SVGSVGElement | HTMLElement {
  const height = o.height ?? 250;
  const max = Math.max(1, ...o.points.map((p) => p.value));
  const domain: [number, number] = o.yDomain ?? [0, max * 1.08];
  const names = Object.keys(o.colours);
  const marks: PlotNS.Markish[] = [
    P.ruleY([domain[0]], { stroke: COLOURS.muted }),
    ...(o.marks?.length ? [P.ruleX(o.marks, { x: 'day', stroke: COLOURS.other, strokeDasharray: '4,4', title: 'title' })] : []),
    P.lineY(o.points, { x: 'day', y: 'value', z: 'series', stroke: 'series', strokeWidth: 3.5, curve: o.step ? 'step-after' : 'linear' }),
    P.dot(o.points, { x: 'day', y: 'value', fill: 'series', r: 3.5, title: (d: Point) => t('ui.charts.pointTitle', { series: d.series, day: d.day, value: Math.round(d.value * 10) / 10 }) }),
  ];
  if (o.labels !== false) {
    marks.push(P.text(endLabels(o.points, domain, height), { x: 'day', y: 'value', text: 'series', fill: 'series', textAnchor: 'start', dx: 10, fontWeight: 700 }));
  }
  return cspSafe(P.plot({
    className: PLOT_CLASS,
    width: o.width,
    height,
    marginLeft: 56,
    marginRight: o.labels === false ? 24 : 150,
    marginBottom: 48,
    marginTop: 30,
    style: FONT,
    ariaLabel: o.ariaLabel,
    x: { label: t('ui.charts.day'), domain: [0, Math.max(1, o.xMax)], labelAnchor: 'center', labelOffset: 42 },
    y: { label: o.yLabel, domain, grid: true, labelAnchor: 'top' },
    color: { domain: names, range: names.map((n) => o.colours[n]!) },
    marks,
  }));
}

export interface OutcomeBar {
  outcome: Outcome;
  title: string;
  share: number;
  thisGame: boolean;
}

/** Rows for the outcome chart: every outcome that came up in either run, and this game's. */
export function outcomeBars(s: FuturesSummary, shown: readonly Outcome[], thisGame: Outcome | null): OutcomeBar[] {
  return shown.map((o) => ({ outcome: o, title: outcomeTitle(o), share: s.n ? (100 * s.counts[o]) / s.n : 0, thisGame: o === thisGame }));
}

/** A share in %, to a whole number, or a tenth below 1% so that a rare ending does not read as none. */
const sharePct = (x: number): string => (x > 0 && x < 1 ? `${x.toFixed(1)}%` : `${Math.round(x)}%`);

/** The outcome distribution: bars for the main run, this game's ending highlighted, ticks for the other run. */
export function outcomeChart(P: PlotModule, main: FuturesSummary, other: FuturesSummary | null, thisGame: Outcome | null, width: number): SVGSVGElement | HTMLElement {
  const shown = OUTCOMES.filter((o) => main.counts[o] > 0 || (other && other.counts[o] > 0) || o === thisGame);
  const bars = outcomeBars(main, shown, thisGame);
  const ticks = other ? outcomeBars(other, shown, thisGame) : [];
  const otherShare = new Map(ticks.map((d) => [d.outcome, d.share]));
  const otherName = t(other?.mode === 'botsEverywhere' ? 'ui.charts.bots' : 'ui.charts.sameDecisions');
  const barLabel = (d: OutcomeBar) => (other ? `${sharePct(d.share)}  (${otherName} ${sharePct(otherShare.get(d.outcome) ?? 0)})` : sharePct(d.share));
  const label = (d: OutcomeBar) => (d.thisGame ? t('ui.charts.thisGame', { title: d.title }) : d.title);
  const titles = bars.map(label);
  return cspSafe(P.plot({
    className: PLOT_CLASS,
    width,
    height: 60 + 48 * shown.length,
    marginLeft: Math.min(340, 12 + 9.2 * Math.max(...titles.map((t) => t.length))),
    marginRight: other ? 200 : 60,
    marginBottom: 46,
    style: FONT,
    ariaLabel: t('ui.charts.outcomes'),
    x: { domain: [0, 100], label: t('ui.charts.pctFutures'), grid: true, labelAnchor: 'center', labelOffset: 42 },
    y: { domain: titles, label: null, padding: 0.25, tickSize: 0 },
    color: { type: 'identity' },
    marks: [
      P.barX(bars, { x: 'share', y: label, fill: (d: OutcomeBar) => (d.thisGame ? COLOURS.accent : COLOURS.other), title: (d: OutcomeBar) => `${d.title}: ${d.share.toFixed(1)}%` }),
      P.text(bars, { x: 'share', y: label, text: barLabel, textAnchor: 'start', dx: 8, fontWeight: 700, fill: COLOURS.ink }),
      ...(ticks.length ? [P.tickX(ticks, { x: 'share', y: label, stroke: COLOURS.ink, strokeWidth: 4, title: (d: OutcomeBar) => `${d.title}: ${d.share.toFixed(1)}%` })] : []),
      P.ruleX([0], { stroke: COLOURS.muted }),
    ],
  }));
}
