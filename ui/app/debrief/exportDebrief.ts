import { checkpointText, endingText } from '../../../scenarios/words/narrate.ts';
import { OUTCOMES, ROLES, type GameState } from '../../../engine/index.ts';
import type { Session } from '../session.ts';
import { variantTitle } from '../variantTitle.ts';
import { scorecardText, type ScorecardText } from '../scorecard/scorecardText.ts';
import { language, outcomeTitle, roleName, sentenceGap, t, t as words, turnsText, withStop } from '../../../scenarios/words/words.ts';
import { holdingText, type Comparison, type ComparedTurn } from './compare.ts';
import { KEY_INDICATORS } from './keyIndicators.ts';
import { modeTitle, pct, type FuturesSummary } from './futures.ts';
import type { MatteredExport } from './mattered.ts';
import { debriefQuestions, reflection, reflectionTitle } from './questions.ts';
import { indicatorColumns, indicatorRows } from './series.ts';
import { dayText } from './states.ts';
import { talksOf, type TalksRecord, type TermsGiven } from './talks.ts';
import { thresholdsOf, whyText, type Threshold } from './thresholds.ts';
import { timelineOf, whoText, type GameEnd, type Timeline, type TimelineTurn } from './timeline.ts';

// The debrief as a file to keep or hand out: self-contained HTML (inline CSS, charts as inline SVG)
// or Markdown (text and tables). Pure: strings in, a string out. Every piece of text from a game
// record (a facilitator's reason, a written inject, a seed) is escaped, never trusted as markup.

/** A drawn chart, as the exports take it. */
export interface ChartExport {
  title: string;
  svg: string;
}

/** What the futures found, as the exports take it. */
export interface FuturesExport {
  summaries: FuturesSummary[];
  sentence: string;
  seconds: number;
  workers: number;
  svg: string | null;
}

export interface DebriefDoc {
  title: string;
  scenario: string;
  variant: string;
  seed: string;
  seats: string;
  turns: number;
  day: number;
  end: GameEnd | null;
  outcomeReason: string | null;
  /** How each side did against its briefing's objectives. */
  scorecard: ScorecardText;
  timeline: Timeline;
  /** The offers put on the table, and the settlement agreed (who gives what), if any. */
  talks: TalksRecord;
  thresholds: Threshold[];
  indicatorRows: string[][];
  /** Charts as SVG text from XMLSerializer (Plot's own output, text escaped by the serialiser). */
  charts: ChartExport[];
  futures: FuturesExport | null;
  /** Which decisions mattered, if the search was run. */
  mattered: MatteredExport | null;
  comparison: Comparison | null;
  questions: string[];
  reflection: { title: string; text: string };
}

/** Text as HTML text: nothing in it can open a tag or an attribute. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** An SVG chart as it goes into the file: scripts, handlers and foreign content removed, should any be there. */
export function cleanSvg(svg: string): string {
  if (!/^\s*<svg[\s>]/i.test(svg)) return '';
  return svg
    .replace(/<script[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<foreignObject[\s\S]*?<\/foreignObject\s*>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, '')
    .replace(/(href\s*=\s*["'])\s*javascript:[^"']*/gi, '$1#');
}

/** The document for a session and what the view has drawn and run so far. */
export function debriefDoc(s: Session, drawn: { charts: ChartExport[]; futures: FuturesExport | null; mattered?: MatteredExport | null; comparison: Comparison | null }, states: readonly GameState[] = s.states): DebriefDoc {
  const timeline = timelineOf(s);
  return {
    title: t('ui.export.title', { title: s.scenario.title }),
    scenario: s.scenario.title,
    variant: variantTitle(s.scenario),
    seed: s.setup.seed,
    seats: seatsText(s),
    turns: s.turns.length,
    day: s.state.day,
    end: timeline.end,
    // The checkpoint goes with the ending: the published games' verdict beside the model's extrapolation.
    outcomeReason: [s.state.ending ? endingText(s.scenario, s.state).reason : null, s.state.checkpoint ? checkpointText(s.state.checkpoint) : null].filter(Boolean).join(' ') || null,
    scorecard: scorecardText(s.scenario, states[states.length - 1] ?? s.state),
    timeline,
    talks: talksOf(s),
    thresholds: thresholdsOf(s),
    indicatorRows: indicatorRows(states),
    charts: drawn.charts,
    futures: drawn.futures,
    mattered: drawn.mattered ?? null,
    comparison: drawn.comparison,
    questions: debriefQuestions(s.setup.scenarioId),
    reflection: { title: reflectionTitle(), text: reflection() },
  };
}

/** "Beijing: hawkish bot · Taipei: team · ..." */
export const seatsText = (s: Session): string => ROLES.map((r) => t('ui.debrief.seat', { role: roleName(r), who: whoText(s.setup.seats[r]) })).join(' · ');

const e = escapeHtml;

const FILE_CSS = `
:root { --ink:#14202b; --muted:#50606e; --line:#d5d9de; --accent:#0b5d7a; --paper:#f7f5f0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; font-size: 16px; line-height: 1.45; color: var(--ink); background: var(--paper); }
main { max-width: 1200px; margin: 0 auto; padding: 1.5rem 2rem 3rem; background: #fff; }
h1 { font-size: 1.8rem; margin: 0 0 0.2rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 0.6rem; border-bottom: 2px solid var(--accent); padding-bottom: 0.2rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 0.3rem; }
.meta, .note, .muted { color: var(--muted); }
.outcome { font-size: 1.4rem; font-weight: 700; color: var(--accent); margin: 0.6rem 0 0.2rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
thead th { background: #eef2f5; }
td.hold { color: var(--muted); }
tbody th[scope="row"] { white-space: nowrap; }
.who { font-size: 0.8em; color: var(--muted); white-space: nowrap; }
.tag { display: inline-block; font-size: 0.75em; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; padding: 0 0.35em; border-radius: 3px; background: #e3e8ec; margin-right: 0.3em; }
.tag.facilitator { background: #fde7c2; }
ul.happened { margin: 0; padding-left: 1rem; }
ol.thresholds li { margin: 0.4rem 0 0.8rem; }
.settlement { border-left: 4px solid var(--accent); background: #e8f2f6; padding: 0.3rem 1rem 0.5rem; }
ol.offers li { margin: 0.4rem 0 0.8rem; }
.gives h4, .gives h5 { margin: 0.5rem 0 0.1rem; }
.gives ul { margin: 0; }
.legal { font-size: 0.9em; color: var(--muted); }
figure { margin: 1rem 0; }
figcaption { font-weight: 700; margin-bottom: 0.3rem; }
svg.kd-plot { display: block; max-width: 100%; height: auto; background: #fff; }
svg.kd-plot text, svg.kd-plot tspan { white-space: pre; }
.differs { background: #fff4d6; }
.grade { font-weight: 700; white-space: nowrap; }
.grade-met { color: #1d6b35; } .grade-partly { color: #8a5a00; } .grade-missed { color: #a3262a; }
.reflection { border-left: 4px solid var(--accent); background: #e8f2f6; padding: 0.5rem 1rem; }
@media print { body { background: #fff; } main { padding: 0; } h2 { break-after: avoid; } figure, tr { break-inside: avoid; } }
`;

function decisionsByRole(t: TimelineTurn) {
  return ROLES.map((r) => t.decisions.find((d) => d.role === r));
}

function timelineHtml(tl: Timeline): string {
  const rows = tl.turns.map((t) => {
    const cells = decisionsByRole(t).map((d) => d
      ? `<td class="${d.hold ? 'hold' : ''}">${e(d.label)}${tl.seats[d.role] ? '' : ` <span class="who">${e(d.who)}</span>`}</td>`
      : '<td></td>').join('');
    const happened = [
      ...t.facilitator.map((f) => `<li><span class="tag facilitator">${e(words('ui.top.facilitator'))}</span>${e(withStop(f.what))} <em>${e(words('ui.debrief.reason', { reason: f.reason }))}</em></li>`),
      ...t.injects.map((x) => `<li><span class="tag">${e(words('ui.debrief.news'))}</span>${e(x)}</li>`),
      ...t.events.map((x) => `<li><span class="tag">${e(words(`ui.debrief.kind.${x.kind}`))}</span>${e(x.text)}</li>`),
    ];
    return `<tr><th scope="row">${e(words('ui.debrief.turn', { turn: t.turn + 1 }))}<br><span class="muted">${e(dayText(t.day))}</span></th>${cells}<td>${happened.length ? `<ul class="happened">${happened.join('')}</ul>` : `<span class="muted">${e(words('ui.debrief.nothing'))}</span>`}</td></tr>`;
  });
  if (tl.end) rows.push(`<tr><th scope="row">${e(t('ui.debrief.end'))}<br><span class="muted">${e(dayText(tl.end.day))}</span></th><td colspan="${ROLES.length + 1}">${e(t('ui.debrief.endLine', { title: tl.end.title, reason: tl.end.reason }))}</td></tr>`);
  const head = ROLES.map((r) => `<th>${e(roleName(r))}${tl.seats[r] ? `<br><span class="who">${e(whoText(tl.seats[r]!))}</span>` : ''}</th>`).join('');
  return `<table><thead><tr><th>${e(t('scorecard.turn'))}</th>${head}<th>${e(t('ui.debrief.whatHappened'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function givesHtml(gives: readonly TermsGiven[], heading: 'h4' | 'h5'): string {
  return `<div class="gives">${gives.map((g) => `<${heading}>${e(g.title)}</${heading}><ul>${g.terms.map((x) => `<li>${e(x)}</li>`).join('')}</ul>`).join('')}</div>`;
}

const noteHtml = (title: string, note: string) => (note ? `<p>${e(t('ui.export.note', { title, note }))}</p>` : '');

function talksHtml(talks: TalksRecord): string {
  const s = talks.settlement;
  const parts: string[] = [];
  if (s) parts.push(`<div class="settlement"><h3>${e(talks.settlementTitle)}</h3><p>${e(s.summary)}</p>${givesHtml(s.gives, 'h4')}${noteHtml(s.noteTitle, s.note)}</div>`);
  else if (talks.offers.length) parts.push(`<p class="muted">${e(talks.noSettlement)}</p>`);
  if (talks.offers.length) {
    parts.push(`<h3>${e(talks.offersTitle)}</h3><ol class="offers">${talks.offers.map((o) => `<li><strong>${e(o.heading)}</strong>${givesHtml(o.gives, 'h5')}${noteHtml(o.noteTitle, o.note)}<p class="muted">${e(o.fateText)}</p></li>`).join('')}</ol>`);
  } else parts.push(`<p class="muted">${e(talks.noOffers)}</p>`);
  return parts.join('');
}

function thresholdsHtml(ts: readonly Threshold[]): string {
  if (!ts.length) return `<p class="muted">${e(t('ui.export.noThresholds'))}</p>`;
  return `<ol class="thresholds">${ts.map((x) => `<li><strong>${e(t('ui.export.thresholdHead', { turn: x.turn + 1, day: dayText(x.day), title: x.title }))}</strong><br>${e(x.who)}${x.why.length ? `<br>${e(t('ui.export.whyThen', { why: whyText(x.why) }))}` : ''}${x.legalBasis ? `<br><span class="legal">${e(t('ui.export.legalBasis', { basis: x.legalBasis }))}</span>` : ''}</li>`).join('')}</ol>`;
}

function tableHtml(head: readonly string[], rows: readonly string[][]): string {
  return `<table><thead><tr>${head.map((x) => `<th>${e(x)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((x) => `<td>${e(x)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

function futuresLines(f: FuturesExport): string[] {
  return f.summaries.map((s) => t('ui.futures.summary', { by: modeTitle(s.mode), n: s.n, shares: OUTCOMES.filter((o) => s.counts[o] > 0).map((o) => t('ui.futures.share', { outcome: outcomeTitle(o), share: pct(s.counts[o] / s.n) })).join(t('ui.listComma')) }));
}

function comparedCell(side: ComparedTurn['a'], differ: readonly string[]): string[] {
  if (!side) return [t('ui.compare.ended')];
  const shown = side.decisions.filter((d) => !d.hold || differ.includes(d.role));
  const holding = side.decisions.filter((d) => !shown.includes(d)).map((d) => d.role);
  return [
    ...shown.map((d) => `${differ.includes(d.role) ? '» ' : ''}${t('ui.export.decision', { role: roleName(d.role), label: d.label, who: d.who })}`),
    ...(holding.length ? [holdingText(holding)] : []),
    ...side.facilitator.map((f) => t('ui.export.facilitator', { what: withStop(f.what), reason: f.reason })),
  ];
}

function endRows(c: Comparison): string[][] {
  return [
    [t('scorecard.outcome'), c.a.outcomeTitle, c.b.outcomeTitle],
    [t('ui.compare.whyEnded'), c.a.reason || '-', c.b.reason || '-'],
    [t('ui.setup.seed'), c.a.seed, c.b.seed],
    [t('ui.compare.turnsPlayed'), t('ui.compare.turnsDay', { turns: c.a.turns, day: dayText(c.a.day) }), t('ui.compare.turnsDay', { turns: c.b.turns, day: dayText(c.b.day) })],
    ...KEY_INDICATORS.map((k) => [k.label, k.value(c.a.indicators), k.value(c.b.indicators)]),
  ];
}

function comparisonHtml(c: Comparison): string {
  const d = c.divergence;
  const head = d ? `<h3>${e(t('ui.export.firstDivergent', { turn: d.turn + 1 }))}</h3><p>${e(d.text)}</p>` : `<h3>${e(t('ui.compare.same'))}</h3><p>${e(t('ui.export.sameText'))}</p>`;
  const rows = c.after.map((x) => `<tr><th scope="row">${e(t('ui.debrief.turn', { turn: x.turn + 1 }))}</th>${[x.a, x.b].map((side) => `<td><ul class="happened">${comparedCell(side, x.differ).map((l) => `<li${l.startsWith('» ') ? ' class="differs"' : ''}>${e(l.replace(/^» /, ''))}</li>`).join('')}</ul></td>`).join('')}</tr>`);
  return `${head}<table><thead><tr><th>${e(t('scorecard.turn'))}</th><th>${e(c.a.label)}</th><th>${e(c.b.label)}</th></tr></thead><tbody>${rows.join('')}</tbody></table><h3>${e(t('ui.compare.howEnded'))}</h3>${tableHtml(['', c.a.label, c.b.label], endRows(c))}`;
}

function scorecardHtml(c: ScorecardText): string {
  const rows = (r: ScorecardText['roles'][number]) => r.objectives.map((o) =>
    `<tr><td>${e(o.text)}<br><span class="note">${e(o.tests.join(sentenceGap()))}</span><br><span class="legal">${e(t('scorecard.thresholds'))}${sentenceGap()}${e(o.source)}</span></td><td><span class="grade grade-${o.grade}">${e(o.gradeText)}</span></td><td>${e(o.figures.join('; '))}</td></tr>`).join('');
  const head = `<thead><tr><th>${e(t('scorecard.objective'))}</th><th>${e(t('scorecard.graded'))}</th><th>${e(t('scorecard.behind'))}</th></tr></thead>`;
  return `<h2>${e(c.title)}</h2><p>${e(c.intro)}</p>${c.roles.map((r) => `<h3>${e(r.heading)}</h3><table>${head}<tbody>${rows(r)}</tbody></table>`).join('')}`;
}

function scorecardMarkdown(c: ScorecardText): string[] {
  return [`## ${md(c.title)}`, '', md(c.intro), '', ...c.roles.flatMap((r) => [
    `### ${md(r.heading)}`, '',
    mdTable([t('scorecard.objective'), t('scorecard.graded'), t('scorecard.behind')],
      r.objectives.map((o) => [[o.text, ...o.tests, `${t('scorecard.thresholds')}${sentenceGap()}${o.source}`].join(sentenceGap()), o.gradeText, o.figures.join('; ')])), '',
  ])];
}

/** The line under the title: scenario, variant, seed, length and seats. */
const metaLine = (doc: DebriefDoc): string => t('ui.export.meta', { scenario: doc.scenario, variant: doc.variant, seed: doc.seed, turns: turnsText(doc.turns), day: dayText(doc.day), seats: doc.seats });

/** The debrief as one HTML file: inline CSS, inline SVG, no scripts, and a policy that forbids any. */
export function debriefHtml(doc: DebriefDoc): string {
  const parts: string[] = [];
  parts.push(`<h1>${e(doc.title)}</h1>`);
  parts.push(`<p class="meta">${e(metaLine(doc))}</p>`);
  parts.push(`<p class="outcome">${e(doc.end?.title ?? t('ui.export.notEnded'))}</p>${doc.outcomeReason ? `<p>${e(doc.outcomeReason)}</p>` : ''}`);
  parts.push(scorecardHtml(doc.scorecard));
  parts.push(`<h2>${e(t('ui.export.section', { n: 1, title: t('ui.debrief.timeline') }))}</h2>${timelineHtml(doc.timeline)}`);
  parts.push(`<h2>${e(t('ui.export.section', { n: 2, title: doc.talks.title }))}</h2>${talksHtml(doc.talks)}`);
  parts.push(`<h2>${e(t('ui.export.section', { n: 3, title: t('ui.debrief.thresholdsTitle') }))}</h2>${thresholdsHtml(doc.thresholds)}`);
  parts.push(`<h2>${e(t('ui.export.section', { n: 4, title: t('ui.charts.title') }))}</h2>${doc.charts.map((c) => `<figure><figcaption>${e(c.title)}</figcaption>${cleanSvg(c.svg)}</figure>`).join('')}`);
  parts.push(`<h3>${e(t('ui.compare.turnByTurn'))}</h3>${tableHtml(indicatorColumns(), doc.indicatorRows)}`);
  parts.push(`<h2>${e(t('ui.export.section', { n: 5, title: t('ui.debrief.futures') }))}</h2>`);
  if (doc.futures) {
    const f = doc.futures;
    parts.push(`${f.svg ? `<figure><figcaption>${e(t('ui.charts.outcomes'))}</figcaption>${cleanSvg(f.svg)}</figure>` : ''}<p>${e(f.sentence)}</p><ul>${futuresLines(f).map((l) => `<li>${e(l)}</li>`).join('')}</ul><p class="note">${e(t('ui.export.played', { seconds: f.seconds.toFixed(2), workers: f.workers }))}</p>`);
  } else parts.push(`<p class="muted">${e(t('ui.export.futuresNotRun'))}</p>`);
  parts.push(`<h2>${e(t('ui.export.section', { n: 6, title: t('ui.mattered.title') }))}</h2>`);
  if (doc.mattered) {
    const m = doc.mattered;
    parts.push(`<p>${e(m.finding)}</p>${m.decisions.length ? `<ol>${m.decisions.map((d) => `<li><p>${e(d.sentence)}</p><p class="note">${e(d.detail)}</p></li>`).join('')}</ol>` : ''}<p class="note">${e(m.timing)}</p>`);
  } else parts.push(`<p class="muted">${e(t('ui.mattered.notRunExport'))}</p>`);
  parts.push(`<h2>${e(t('ui.export.section', { n: 7, title: t('ui.export.compared') }))}</h2>`);
  parts.push(doc.comparison ? comparisonHtml(doc.comparison) : `<p class="muted">${e(t('ui.export.noComparison'))}</p>`);
  parts.push(`<h2>${e(t('ui.export.section', { n: 8, title: t('ui.debrief.questionsTitle') }))}</h2><ol>${doc.questions.map((q) => `<li>${e(q)}</li>`).join('')}</ol>`);
  parts.push(`<div class="reflection"><h3>${e(doc.reflection.title)}</h3><p>${e(doc.reflection.text)}</p></div>`);
  return `<!doctype html>
<html lang="${language()}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(doc.title)}</title>
<style>${FILE_CSS}</style>
</head>
<body>
<main>
${parts.join('\n')}
</main>
</body>
</html>
`;
}

/** Text as Markdown text: no markup, no HTML, one line. */
export const escapeMarkdown = (s: string): string =>
  s.replace(/[\r\n]+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/([\\`*_[\]#|~!])/g, '\\$1');

const md = escapeMarkdown;

function mdTable(head: readonly string[], rows: readonly string[][]): string {
  return [`| ${head.map(md).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(md).join(' | ')} |`)].join('\n');
}

/** Who gives what as nested lists, under a lead line (a heading-like line in bold). */
function givesMarkdown(gives: readonly TermsGiven[], indent: string): string[] {
  return gives.flatMap((g) => [`${indent}- **${md(g.title)}**`, ...g.terms.map((x) => `${indent}  - ${md(x)}`)]);
}

function talksMarkdown(talks: TalksRecord): string[] {
  const out: string[] = [];
  const s = talks.settlement;
  if (s) {
    out.push(`### ${md(talks.settlementTitle)}`, '', md(s.summary), '', ...givesMarkdown(s.gives, ''), '');
    if (s.note) out.push(md(t('ui.export.note', { title: s.noteTitle, note: s.note })), '');
  } else if (talks.offers.length) out.push(md(talks.noSettlement), '');
  if (!talks.offers.length) return [...out, md(talks.noOffers), ''];
  out.push(`### ${md(talks.offersTitle)}`, '');
  talks.offers.forEach((o, k) => {
    out.push(`${k + 1}. **${md(o.heading)}**`, ...givesMarkdown(o.gives, '   '));
    if (o.note) out.push(`   - ${md(t('ui.export.note', { title: o.noteTitle, note: o.note }))}`);
    out.push(`   - ${md(o.fateText)}`);
  });
  out.push('');
  return out;
}

/** The debrief as Markdown: text and tables (charts become the turn-by-turn table). */
export function debriefMarkdown(doc: DebriefDoc): string {
  const out: string[] = [];
  out.push(`# ${md(doc.title)}`, '');
  out.push(md(metaLine(doc)), '');
  out.push(`**${md(doc.end?.title ?? t('ui.export.notEnded'))}**${doc.outcomeReason ? `${t('ui.export.colon')}${md(doc.outcomeReason)}` : ''}`, '');
  out.push(...scorecardMarkdown(doc.scorecard));
  out.push(`## ${md(t('ui.export.section', { n: 1, title: t('ui.debrief.timeline') }))}`, '');
  const seats = doc.timeline.seats;
  out.push(mdTable([t('scorecard.turn'), ...ROLES.map((r) => (seats[r] ? t('ui.export.roleWho', { role: roleName(r), who: whoText(seats[r]!) }) : roleName(r))), t('ui.debrief.whatHappened')], [
    ...doc.timeline.turns.map((x) => [
      t('ui.export.turnDay', { turn: x.turn + 1, day: dayText(x.day) }),
      ...decisionsByRole(x).map((d) => (d ? (seats[d.role] ? d.label : t('ui.export.roleWho', { role: d.label, who: d.who })) : '')),
      [...x.facilitator.map((f) => t('ui.export.facilitator', { what: withStop(f.what), reason: f.reason })), ...x.injects.map((n) => t('ui.export.news', { text: n })), ...x.events.map((n) => n.text)].join('; ') || '-',
    ]),
    ...(doc.timeline.end ? [[t('ui.export.endDay', { day: dayText(doc.timeline.end.day) }), doc.timeline.end.title, '', '', '', doc.timeline.end.reason]] : []),
  ]), '');
  out.push(`## ${md(t('ui.export.section', { n: 2, title: doc.talks.title }))}`, '', ...talksMarkdown(doc.talks));
  out.push(`## ${md(t('ui.export.section', { n: 3, title: t('ui.debrief.thresholdsTitle') }))}`, '');
  if (!doc.thresholds.length) out.push(t('ui.export.noThresholds'), '');
  doc.thresholds.forEach((x, k) => {
    // English puts a space between sentences and "." after the bold head; Japanese and Chinese use 。 and no space.
    const sep = language() === 'en' ? ' ' : '';
    const stop = language() === 'en' ? '.' : '。';
    const why = x.why.length ? sep + md(t('ui.export.whyThen', { why: whyText(x.why) })) : '';
    const legal = x.legalBasis ? sep + md(t('ui.export.legalBasis', { basis: x.legalBasis })) : '';
    out.push(`${k + 1}. **${md(t('ui.export.thresholdHead', { turn: x.turn + 1, day: dayText(x.day), title: x.title }))}**${stop}${sep}${md(x.who)}${stop}${why}${legal}`);
  });
  out.push('', `## ${md(t('ui.export.section', { n: 4, title: t('ui.charts.title') }))}`, '', mdTable(indicatorColumns(), doc.indicatorRows), '');
  out.push(`## ${md(t('ui.export.section', { n: 5, title: t('ui.debrief.futures') }))}`, '');
  if (doc.futures) {
    out.push(md(doc.futures.sentence), '');
    futuresLines(doc.futures).forEach((l) => out.push(`- ${md(l)}`));
    out.push('', t('ui.export.played', { seconds: doc.futures.seconds.toFixed(2), workers: doc.futures.workers }), '');
  } else out.push(t('ui.export.futuresNotRun'), '');
  out.push(`## ${md(t('ui.export.section', { n: 6, title: t('ui.mattered.title') }))}`, '');
  if (doc.mattered) {
    out.push(md(doc.mattered.finding), '');
    doc.mattered.decisions.forEach((d, k) => out.push(`${k + 1}. ${md(d.sentence)} ${md(d.detail)}`));
    out.push(...(doc.mattered.decisions.length ? [''] : []), md(doc.mattered.timing), '');
  } else out.push(md(t('ui.mattered.notRunExport')), '');
  out.push(`## ${md(t('ui.export.section', { n: 7, title: t('ui.export.compared') }))}`, '');
  const c = doc.comparison;
  if (c) {
    out.push(c.divergence ? `**${md(withStop(t('ui.export.firstDivergent', { turn: c.divergence.turn + 1 })))}** ${md(c.divergence.text)}` : t('ui.export.sameGame'), '');
    const differs = t('ui.export.differs');
    out.push(mdTable([t('scorecard.turn'), c.a.label, c.b.label], c.after.map((x) => [t('ui.debrief.turn', { turn: x.turn + 1 }), comparedCell(x.a, x.differ).join('; ').replace(/» /g, differs), comparedCell(x.b, x.differ).join('; ').replace(/» /g, differs)])), '');
    out.push(mdTable(['', c.a.label, c.b.label], endRows(c)), '');
  } else out.push(t('ui.export.noComparison'), '');
  out.push(`## ${md(t('ui.export.section', { n: 8, title: t('ui.debrief.questionsTitle') }))}`, '');
  doc.questions.forEach((q, k) => out.push(`${k + 1}. ${md(q)}`));
  out.push('', `### ${md(doc.reflection.title)}`, '', md(doc.reflection.text), '');
  return out.join('\n');
}
