// "Many futures": the same decisions over other seeds. The figures must not depend on how the
// seeds were split between workers, and a future with the game's own dice must be the game.
import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../engine/index.ts';
import { choiceAndChance, futuresJob, mergeChunks, pct, splitRanges, summarise, totalVariation } from '../../ui/app/debrief/futures.ts';
import { facilitate, playTurn, startSession, type Session } from '../../ui/app/session.ts';
import { futureSeed, playFuture, playFutures, type FutureResult } from '../../ui/workers/futures.ts';

function ok<T>(r: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** A blockade with Tokyo played by a team that escalates when it can, a facilitator's inject in turn 2. */
function played(seed: string): Session {
  let s = ok(startSession({ scenarioId: 'blockade', variant: 'base', seed, seats: { beijing: 'bot:hawkish', taipei: 'bot:cautious', tokyo: 'human', washington: 'bot:hawkish' } }));
  const wanted = ['orderMaritimeSecurityOperation', 'determineImportantInfluenceSituation', 'requestSupportPlanApproval', 'beginRearAreaSupport'];
  let k = 0;
  while (!s.state.outcome) {
    if (s.state.turn === 1) s = ok(facilitate(s, { kind: 'customInject', headline: 'Insurers pull cover', effects: [{ indicator: 'lngDays', add: -3 }] }, 'To press Tokyo'));
    const r = playTurn(s, { tokyo: wanted[k] ?? 'hold' });
    if (r.ok) {
      s = r.value;
      k++;
    } else s = ok(playTurn(s, { tokyo: 'hold' }));
  }
  return s;
}

describe('many futures', () => {
  const game = played('futures-game');
  const job = futuresJob(game, 'sameDecisions');
  const N = 60;
  const all = playFutures(job, 0, N);

  it('replays the game itself when a future has the game\'s own dice', () => {
    // A session whose seed is "<x>#future-0" is future 0 of a job seeded "<x>".
    const own = played(futureSeed('futures-own', 0));
    const r = playFuture({ ...futuresJob(own, 'sameDecisions'), seed: 'futures-own' }, 0);
    expect(r).toMatchObject({ outcome: OUTCOMES.indexOf(own.state.outcome!), turns: own.state.turn, kept: 4 * own.turns.length, replaced: 0 });
  });

  it('gives the same figures however the seeds are split between workers, in whatever order the chunks arrive', () => {
    const whole = summarise('sameDecisions', all, game.state.outcome);
    for (const parts of [1, 2, 3, 7, 16]) {
      const ranges = splitRanges(N, parts);
      expect(ranges[0]![0]).toBe(0);
      expect(ranges[ranges.length - 1]![1]).toBe(N);
      const chunks = ranges.map(([from, to]) => ({ from, results: playFutures(job, from, to) })).reverse();
      const merged = mergeChunks(chunks, N);
      expect(merged).toEqual(all);
      expect(summarise('sameDecisions', merged, game.state.outcome)).toEqual(whole);
    }
    expect(() => mergeChunks([{ from: 0, results: all.slice(0, 10) }], N)).toThrow(/missing/);
  });

  it('is seeded: the same future twice is the same, and the futures differ from one another', () => {
    expect(playFuture(job, 7)).toEqual(all[7]);
    expect(new Set(all.map((r: FutureResult) => `${r.outcome}/${r.turns}/${r.casualties}/${r.escalation}`)).size).toBeGreaterThan(1);
  });

  it('keeps the recorded decisions where they are open, and with bots in every seat keeps none', () => {
    const s = summarise('sameDecisions', all, game.state.outcome);
    expect(s.keptShare).toBeGreaterThan(0.5);
    const bots = summarise('botsEverywhere', playFutures(futuresJob(game, 'botsEverywhere'), 0, N), game.state.outcome);
    expect(bots.keptShare).toBeNull();
    expect(Object.values(bots.counts).reduce((a, b) => a + b, 0)).toBe(N);
    expect(totalVariation(s, s)).toBe(0);
  });

  it('says how much was choice and how much chance', () => {
    const s = summarise('sameDecisions', all, game.state.outcome);
    const text = choiceAndChance(game.state.outcome, s, null);
    expect(text).toMatch(/^(Mostly choice|Mostly chance|Choice and chance together): with the same decisions/);
    expect(text).toContain(pct(s.likeThisGame!));
    const bots = summarise('botsEverywhere', playFutures(futuresJob(game, 'botsEverywhere'), 0, N), game.state.outcome);
    expect(choiceAndChance(game.state.outcome, s, bots)).toMatch(/Compared with the bots' policy, the decisions changed the ending of (\d+%|under 1%) of futures\. With bots in every seat, /);
    const sure = { ...s, likeThisGame: 0.9 };
    expect(choiceAndChance(game.state.outcome, sure, null)).toMatch(/^Mostly choice/);
  });
});
