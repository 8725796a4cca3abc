import { h } from '../dom.ts';
import { COLOURS, lineChart, loadPlot, type PlotModule } from './charts.ts';
import type { ChartExport } from './exportDebrief.ts';
import { debriefSection } from './sectionFrame.ts';
import { FUEL_NAME, type Point, type Series } from './series.ts';
import type { Threshold } from './thresholds.ts';

export interface ChartsSection {
  el: HTMLElement;
  /** Resolves when every chart is drawn, with the charts as SVG text. */
  ready: Promise<ChartExport[]>;
}

interface Card {
  title: string;
  note?: string;
  draw: (P: PlotModule, width: number) => (SVGSVGElement | HTMLElement)[];
  wide?: boolean;
}

const serialise = (el: Element) => new XMLSerializer().serializeToString(el.tagName.toLowerCase() === 'svg' ? el : (el.querySelector('svg') ?? el));

/** Section 4: the indicators over the game, re-simulated from the record, drawn with Observable Plot. */
export function chartsSection(series: Series, thresholds: readonly Threshold[], startStocks: Record<keyof typeof FUEL_NAME, number>): ChartsSection {
  const xMax = Math.max(1, ...series.escalation.map((p) => p.day));
  const only = (pts: readonly Point[], name: string) => pts.filter((p) => p.series === name);
  const sides = series.sidesWithLosses.map((s) => ({ prc: 'China', us: 'United States', japan: 'Japan', taiwan: 'Taiwan' })[s]);
  const sideColours = Object.fromEntries(sides.map((s) => [s, COLOURS.side[s]!]));
  const lossPoints = (pts: readonly Point[]) => pts.filter((p) => sides.includes(p.series));
  const cards: Card[] = [
    {
      title: "Taiwan's energy stocks, in days of normal use",
      wide: true,
      draw: (P, width) => (Object.entries(FUEL_NAME) as [keyof typeof FUEL_NAME, string][]).map(([key, name]) =>
        lineChart(P, {
          points: only(series.energy, name), colours: { [name]: COLOURS.fuel[name]! }, width: Math.max(260, Math.floor((width - 40) / 3)), height: 240,
          yLabel: `↑ ${name} (days)`, yDomain: [0, Math.max(1, startStocks[key], ...only(series.energy, name).map((p) => p.value)) * 1.05], xMax, labels: false,
          ariaLabel: `${name} in storage, in days, over the game`,
        })),
    },
    {
      title: 'Shipping reaching Taiwan, % of normal',
      draw: (P, width) => [lineChart(P, { points: series.shipping, colours: COLOURS.shipping, width, yLabel: '↑ % of normal', yDomain: [0, 105], xMax, ariaLabel: 'Shipping reaching Taiwan over the game' })],
    },
    {
      title: 'Escalation, 0 (peace) to 10 (general war)',
      note: thresholds.length ? 'Dashed lines: the days legal thresholds were crossed (section 2).' : undefined,
      draw: (P, width) => [lineChart(P, {
        points: series.escalation, colours: { Escalation: COLOURS.escalation }, width, yLabel: '↑ Escalation', yDomain: [0, 10], xMax, step: true, labels: false,
        marks: thresholds.map((t) => ({ day: t.day, title: `Turn ${t.turn + 1}: ${t.title}` })), ariaLabel: 'Escalation over the game',
      })],
    },
    {
      title: 'Casualties by side',
      draw: (P, width) => sides.length
        ? [lineChart(P, { points: lossPoints(series.casualties), colours: sideColours, width, yLabel: '↑ Casualties', xMax, ariaLabel: 'Casualties by side over the game' })]
        : [],
      note: sides.length ? undefined : 'No side suffered losses in this game.',
    },
    {
      title: 'Ships and aircraft lost, by side',
      draw: (P, width) => sides.length
        ? [lineChart(P, { points: lossPoints(series.shipsAndAircraft), colours: sideColours, width, yLabel: '↑ Ships + aircraft', xMax, ariaLabel: 'Ships and aircraft lost by side over the game' })]
        : [],
      note: sides.length ? undefined : 'No ships or aircraft were lost.',
    },
  ];
  const hosts = cards.map(() => h('div', { class: 'kd-chart-host' }, h('p', { class: 'kd-loading' }, 'Drawing…')));
  const figures = cards.map((c, k) => h('figure', { class: `kd-chart${c.wide ? ' kd-wide' : ''}` },
    h('figcaption', {}, c.title), hosts[k]!, c.note ? h('p', { class: 'kd-note' }, c.note) : null));
  const el = debriefSection('debrief-charts', 4, 'Indicators over the game',
    'Re-simulated from the record, turn by turn, through the same rules that played it.',
    h('div', { class: 'kd-charts' }, figures));

  const ready = (async () => {
    const P = await loadPlot();
    // Wait a frame so the section is on the page and its width can be read.
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    const out: ChartExport[] = [];
    cards.forEach((c, k) => {
      const host = hosts[k]!;
      const width = Math.max(360, Math.min(1300, Math.floor(host.clientWidth || (c.wide ? 1200 : 600))));
      const charts = c.draw(P, width);
      host.replaceChildren(...charts);
      host.classList.toggle('kd-row', charts.length > 1);
      charts.forEach((chart, j) => out.push({ title: charts.length > 1 ? `${c.title}: ${Object.values(FUEL_NAME)[j]}` : c.title, svg: serialise(chart) }));
    });
    return out;
  })();
  ready.catch((err: unknown) => hosts.forEach((host) => host.replaceChildren(h('p', { class: 'kd-error' }, `The chart could not be drawn: ${(err as Error).message}`))));
  return { el, ready };
}
