import { h } from '../dom.ts';
import { COLOURS, lineChart, loadPlot, type PlotModule } from './charts.ts';
import type { ChartExport } from './exportDebrief.ts';
import { debriefSection } from './sectionFrame.ts';
import { t } from '../../../scenarios/words/words.ts';
import { FUEL_NAME, fuelName, shippingName, sideLabel, type Point, type Series } from './series.ts';
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
  const sides = series.sidesWithLosses.map(sideLabel);
  const sideColours = Object.fromEntries(series.sidesWithLosses.map((s) => [sideLabel(s), COLOURS.side[s]!]));
  const fuels = Object.keys(FUEL_NAME) as (keyof typeof FUEL_NAME)[];
  const lossPoints = (pts: readonly Point[]) => pts.filter((p) => sides.includes(p.series));
  const cards: Card[] = [
    {
      title: t('ui.charts.energyTitle'),
      wide: true,
      draw: (P, width) => fuels.map((key) => [key, fuelName(key)] as const).map(([key, name]) =>
        lineChart(P, {
          points: only(series.energy, name), colours: { [name]: COLOURS.fuel[key]! }, width: Math.max(260, Math.floor((width - 40) / 3)), height: 240,
          yLabel: t('ui.charts.fuelAxis', { name }), yDomain: [0, Math.max(1, startStocks[key], ...only(series.energy, name).map((p) => p.value)) * 1.05], xMax, labels: false,
          ariaLabel: t('ui.charts.fuelAria', { name }),
        })),
    },
    {
      title: t('ui.charts.shippingTitle'),
      draw: (P, width) => [lineChart(P, { points: series.shipping, colours: { [shippingName('all')]: COLOURS.shipping.all, [shippingName('energy')]: COLOURS.shipping.energy }, width, yLabel: t('ui.charts.pctNormal'), yDomain: [0, 105], xMax, ariaLabel: t('ui.charts.shippingAria') })],
    },
    {
      title: t('ui.charts.escalationTitle'),
      note: thresholds.length ? t('ui.charts.dashed') : undefined,
      draw: (P, width) => [lineChart(P, {
        points: series.escalation, colours: { [t('ui.charts.escalation')]: COLOURS.escalation }, width, yLabel: t('ui.charts.escalationAxis'), yDomain: [0, 10], xMax, step: true, labels: false,
        marks: thresholds.map((x) => ({ day: x.day, title: t('ui.charts.mark', { turn: x.turn + 1, title: x.title }) })), ariaLabel: t('ui.charts.escalationAria'),
      })],
    },
    {
      title: t('ui.charts.casualtiesTitle'),
      draw: (P, width) => sides.length
        ? [lineChart(P, { points: lossPoints(series.casualties), colours: sideColours, width, yLabel: t('ui.charts.casualtiesAxis'), xMax, ariaLabel: t('ui.charts.casualtiesAria') })]
        : [],
      note: sides.length ? undefined : t('ui.charts.noLosses'),
    },
    {
      title: t('ui.charts.lossesTitle'),
      draw: (P, width) => sides.length
        ? [lineChart(P, { points: lossPoints(series.shipsAndAircraft), colours: sideColours, width, yLabel: t('ui.charts.lossesAxis'), xMax, ariaLabel: t('ui.charts.lossesAria') })]
        : [],
      note: sides.length ? undefined : t('ui.charts.noShipsLost'),
    },
  ];
  const hosts = cards.map(() => h('div', { class: 'kd-chart-host' }, h('p', { class: 'kd-loading' }, t('ui.charts.drawing'))));
  const figures = cards.map((c, k) => h('figure', { class: `kd-chart${c.wide ? ' kd-wide' : ''}` },
    h('figcaption', {}, c.title), hosts[k]!, c.note ? h('p', { class: 'kd-note' }, c.note) : null));
  const el = debriefSection('debrief-charts', 4, t('ui.charts.title'),
    t('ui.charts.intro'),
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
      charts.forEach((chart, j) => out.push({ title: charts.length > 1 ? t('ui.charts.subTitle', { title: c.title, name: fuelName(fuels[j]!) }) : c.title, svg: serialise(chart) }));
    });
    return out;
  })();
  ready.catch((err: unknown) => hosts.forEach((host) => host.replaceChildren(h('p', { class: 'kd-error' }, t('ui.charts.failed', { message: (err as Error).message })))));
  return { el, ready };
}
