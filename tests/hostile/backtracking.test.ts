// Pathological text: no regular expression over a scenario's or replay's text backtracks
// catastrophically, and an over-long string is refused before any pattern reads it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { injectSchema } from '../../scenarios/schema.ts';
import { parseReplay } from '../../engine/index.ts';
import { scratch, simProcess } from './support/cli.ts';
import { goldenJson, SCENARIO_FILES } from './support/fixtures.ts';

const dir = scratch();

describe('`check` on text crafted to make a pattern backtrack', () => {
  // The markup pattern used to be /<\s*\/?\s*[a-z!?]/i, run even on strings longer than allowed:
  // on "<" and a million spaces its two \s* split the run every way (hours). The sim is killed if it hangs.
  it('a title of "<" and a million spaces is refused as too long, at once', async () => {
    const scenario = JSON.parse(SCENARIO_FILES[0]!.text) as Record<string, unknown>;
    writeFileSync(join(dir(), 'title.json'), JSON.stringify({ ...scenario, title: `<${' '.repeat(1_000_000)}` }));
    const r = await simProcess(dir(), ['check', 'title.json']);
    expect(r.status, 'null: check hung and was killed').toBe(1);
    expect(r.stdout).toMatch(/^title\.json: at title: expected .*120 characters/m);
  });
});

/** What the text rule means, written without a pattern: no markup tag start, nothing hidden, 1-4000 characters. */
function plainTextReference(s: string): boolean {
  if (s.length < 1 || s.length > 4000) return false;
  if ([...s].some((c) => /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u.test(c))) return false;
  for (let i = s.indexOf('<'); i !== -1; i = s.indexOf('<', i + 1)) {
    let j = i + 1;
    while (j < s.length && /\s/.test(s[j]!)) j++;
    if (s[j] === '/') j++;
    while (j < s.length && /\s/.test(s[j]!)) j++;
    if (j < s.length && /[a-z!?]/i.test(s[j]!)) return false;
  }
  return true;
}

describe('the text rules agree with their meaning on adversarial text', () => {
  // Strings made of the characters the patterns care about, in long runs: where backtracking lives.
  const piece = fc.constantFrom('<', ' ', '\t', '/', '\n', 'a', 'Z', '!', '?', '>', '\u00a0', '\x1b', '\u202e', '\u200b', 'é', '語');
  const adversarial = fc.array(fc.tuple(piece, fc.integer({ min: 1, max: 300 })), { maxLength: 12 }).map((runs) => runs.map(([c, n]) => c.repeat(n)).join(''));

  it('a scenario text field accepts exactly plain, markup-free text of 1-4000 characters', () => {
    const textRule = injectSchema.shape.text;
    fc.assert(fc.property(adversarial, (s) => textRule.safeParse(s).success === plainTextReference(s)), { numRuns: 300 });
  });

  it("a replay's facilitator reason is one line of visible text", () => {
    const base = goldenJson();
    const withReason = (reason: string) => JSON.stringify({ ...base, turns: [{ ...base.turns[0]!, facilitator: [{ turn: 0, action: { kind: 'raiseFlag', flag: 'japanAttacked' }, reason }] }, ...base.turns.slice(1)] });
    fc.assert(fc.property(adversarial, (reason) => {
      const hidden = [...reason].some((c) => /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u.test(c));
      const r = parseReplay(withReason(reason));
      return hidden || reason.length === 0 || reason.length > 1000 ? !r.ok : r.ok;
    }), { numRuns: 200 });
  });
});
