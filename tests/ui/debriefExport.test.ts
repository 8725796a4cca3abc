// The exported debrief: self-contained, and nothing from a replay is ever markup.
import { describe, expect, it } from 'vitest';
import { compareSessions } from '../../ui/app/debrief/compare.ts';
import { cleanSvg, debriefDoc, debriefHtml, debriefMarkdown, escapeMarkdown } from '../../ui/app/debrief/exportDebrief.ts';
import { choiceAndChance, futuresJob, summarise } from '../../ui/app/debrief/futures.ts';
import { facilitate, playTurn, startSession, type Session } from '../../ui/app/session.ts';
import { playFutures } from '../../ui/workers/futures.ts';

function ok<T>(r: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const SCRIPT = '<script>alert("pwned")</script>';

/** A game whose facilitator wrote script into a reason and a headline, as a hostile replay could. */
function hostile(seed = 'export <b>seed</b>'): Session {
  let s = ok(startSession({ scenarioId: 'southwest-islands', variant: 'base', seed, seats: { beijing: 'bot:hawkish', taipei: 'bot:cautious', tokyo: 'human', washington: 'bot:cautious' } }));
  s = ok(facilitate(s, { kind: 'customInject', headline: `${SCRIPT} headline`, effects: [] }, `${SCRIPT} <img src=x onerror=alert(1)> | *bold* [link](javascript:alert(1))`));
  while (!s.state.outcome) s = ok(playTurn(s, {}));
  return s;
}

describe('exporting the debrief', () => {
  const s = hostile();
  const results = playFutures(futuresJob(s, 'sameDecisions'), 0, 20);
  const summary = summarise('sameDecisions', results, s.state.outcome);
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" class="kd-plot" viewBox="0 0 10 10"><rect width="5" height="5"/><text>LNG</text></svg>';
  const doc = debriefDoc(s, {
    charts: [{ title: 'Shipping', svg }],
    futures: { summaries: [summary], sentence: choiceAndChance(s.state.outcome, summary, null), seconds: 1.23, workers: 2, svg },
    comparison: compareSessions(s, hostile('another class')),
  });

  it('writes one self-contained HTML file: inline CSS, inline SVG, no script, a policy that forbids scripts', () => {
    const html = debriefHtml(doc);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<link|<script|src=["']?http/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('Questions for the class');
    expect(html).toContain('policy review memo');
  });

  it("carries each side's scorecard: its score, each objective's grade, the figures behind it and where the thresholds come from", () => {
    const html = debriefHtml(doc);
    const md = debriefMarkdown(doc);
    for (const r of doc.scorecard.roles) {
      expect(html).toContain(`<h3>${r.heading}</h3>`);
      expect(md).toContain(`### ${r.heading}`);
      for (const o of r.objectives) {
        expect(html).toContain(`grade-${o.grade}`);
        for (const f of o.figures) expect(html).toContain(f.replace(/'/g, '&#39;'));
      }
    }
    expect(html).toMatch(/<h2>Scorecard<\/h2>/);
    expect(md).toMatch(/^## Scorecard$/m);
    expect(html).toContain('Thresholds: ');
    expect(md).toMatch(/\| Objective \| Grade \| Figures behind it \|/);
  });

  it("escapes script in a replay's text (a facilitator's reason, a written inject, the seed)", () => {
    const html = debriefHtml(doc);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain('<b>seed</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; headline');
    expect(html).toContain('export &lt;b&gt;seed&lt;/b&gt;');
  });

  it('writes Markdown with tables and no HTML from the replay', () => {
    const md = debriefMarkdown(doc);
    expect(md).toMatch(/^# Kuroshio debrief: /);
    expect(md).toMatch(/^\| Turn \| Beijing[^|]*\| Taipei[^|]*\| Tokyo \(team\) \| Washington[^|]*\| What happened \|$/m);
    expect(md).toContain('## 3. Legal thresholds crossed');
    expect(md).toContain('| Turn | Day | LNG (days)');
    expect(md).not.toMatch(/<script|<img|<b>/i);
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('\\| \\*bold\\* \\[link\\](javascript:alert(1))');
    expect(md).toContain('First divergent turn');
    // Every table row has as many cells as its header.
    for (const table of md.split('\n\n').filter((b) => b.startsWith('| '))) {
      const cells = table.split('\n').map((row) => row.replace(/\\\|/g, '').split('|').length);
      expect(new Set(cells).size).toBe(1);
    }
  });

  it('keeps a chart as SVG and strips script and handlers should any reach it', () => {
    expect(cleanSvg(svg)).toBe(svg);
    const bad = '<svg><script>alert(1)</script><a href="javascript:alert(1)"><rect onclick="alert(1)"/></a><foreignObject><div>x</div></foreignObject></svg>';
    expect(cleanSvg(bad)).toBe('<svg><a href="#"><rect/></a></svg>');
    expect(cleanSvg('<div>not a chart</div>')).toBe('');
    expect(escapeMarkdown('a\nb|c')).toBe('a b\\|c');
  });
});
