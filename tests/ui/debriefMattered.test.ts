// "Which decisions mattered": each decision taken, swapped for each alternative open then, the game
// played on over many seeds. A decision known to matter must show; one that changes nothing must not;
// the figures must not depend on how the work is split between workers.
import { describe, expect, it } from 'vitest';
import { factsOf, openDecisions, OUTCOMES } from '../../engine/index.ts';
import {
  chanceChange, changeOf, matteredDetail, matteredFinding, matteredJob, matteredSentence, MAX_SEEDS, MIN_SEEDS, seedsWithin, summariseMattered, turnsPerSeed,
  whichDecisionsMattered,
} from '../../ui/app/debrief/mattered.ts';
import { playTurn, startSession, type Session } from '../../ui/app/session.ts';
import { matteredPlan, playUnits, unitCount } from '../../ui/workers/mattered.ts';

function ok<T>(r: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** The first turns of a blockade in which Washington, played by a team, holds every turn while Beijing's hawkish bot blockades. */
function washingtonHolds(turns: number): Session {
  let s = ok(startSession({ scenarioId: 'blockade', variant: 'base', seed: 'mattered-test', seats: { beijing: 'bot:hawkish', taipei: 'bot:cautious', tokyo: 'bot:cautious', washington: 'human' } }));
  while (!s.state.outcome && s.turns.length < turns) s = ok(playTurn(s, { washington: 'hold' }));
  return s;
}

describe('which decisions mattered', () => {
  const game = washingtonHolds(3);
  // 48 seeds: at 24 the chance threshold (twice the seed-to-seed noise) came within a few points of the effect sought.
  const job = matteredJob(game, 48);
  const plan = matteredPlan(job);
  const outcomes = playUnits(plan, 0, unitCount(plan));
  const m = summariseMattered(plan, outcomes);

  it('tries every alternative open at the moment of each decision, and only those', () => {
    expect(plan.states.map((st) => st.turn)).toEqual([0, 1, 2]);
    for (const v of plan.variants) {
      if (!v.role) continue;
      const view = plan.states[v.turn]!;
      expect(openDecisions(v.role, view.tracks[v.role], factsOf(view, game.scenario.legal))).toContain(v.decision);
      expect(v.decision).not.toBe(game.turns[v.turn]!.commands.find((c) => c.role === v.role)!.decision);
      expect(v.decision).not.toBe('proposeSettlement');
    }
    // Each turn: the decisions as taken first, then its alternatives.
    expect(plan.variants.filter((v) => !v.role).map((v) => v.turn)).toEqual([0, 1, 2]);
    expect(m.decisions.length).toBe(new Set(plan.variants.filter((v) => v.role).map((v) => `${v.turn}|${v.role}`)).size);
  });

  it('finds that Washington holding mattered: escorting or intervening would have changed how the blockade ended', () => {
    console.log(`which decisions mattered: ${m.units} continuations, ${m.seeds} seeds, chance ${m.chance.toFixed(3)}; ` +
      m.decisions.slice(0, 6).map((d) => `t${d.turn + 1} ${d.role} ${d.taken}->${d.alternatives[0]!.decision} ${d.change.toFixed(2)}`).join(', '));
    // Shown, among the few that moved the ending most (which of the bots' own decisions outrank it moves with the rules).
    const top = m.shown.find((d) => d.role === 'washington')!;
    expect(top).toBeDefined();
    expect(m.shown.indexOf(top)).toBeLessThan(3);
    expect(top.taken).toBe('hold');
    expect(top.by).toBe('human');
    // Holding moved the ending by more than chance; the ways in (escorting, intervening) are what would have changed it.
    expect(top.change).toBeGreaterThan(m.threshold);
    expect(['escortConvoys', 'intervene']).toContain(top.alternatives[0]!.decision);
    const intervene = top.alternatives.find((a) => a.decision === 'intervene')!;
    expect(intervene).toBeDefined();
    // Under rules 1.6.0 a blockade the US fights into becomes a convoy war: broken sometimes, often a stalemate.
    expect(['blockadeBroken', 'stalemate']).toContain(intervene.outcome);
    expect(Math.abs(top.alternatives[0]!.share - top.alternatives[0]!.baseShare)).toBeGreaterThan(0.15);
    // Shown once, at the turn where it moved the ending most; the other turns it mattered in are named.
    expect(m.shown.filter((d) => d.role === 'washington' && d.taken === 'hold')).toHaveLength(1);
    expect(matteredSentence(top)).toMatch(/^Had Washington chosen “[^”]+” in turn \d instead of “Hold”, the game would have ended (with shipping restored despite Beijing|in a stalemate|[^,]+) in \d+% of futures instead of \d+%\.$/);
    expect(matteredDetail(top, m.seeds)).toContain('Taken by the team.');
    expect(matteredFinding(m)).toMatch(/moved the ending most/);
  });

  it("does not try giving in to Beijing's demands: it ends the game by itself", () => {
    // Taipei, played by a team, opens talks under the blockade and holds in them: giving in is then open to it.
    let s = ok(startSession({ scenarioId: 'blockade', variant: 'base', seed: 'mattered-test', seats: { beijing: 'bot:hawkish', taipei: 'human', tokyo: 'bot:cautious', washington: 'bot:cautious' } }));
    const open = () => openDecisions('taipei', s.state.tracks.taipei, factsOf(s.state, s.scenario.legal));
    while (!open().includes('openNegotiations')) s = ok(playTurn(s, { taipei: 'hold' }));
    s = ok(playTurn(s, { taipei: 'openNegotiations' }));
    expect(open()).toContain('accommodate');
    s = ok(playTurn(s, { taipei: 'hold' }));
    const talks = matteredPlan(matteredJob(s, 2));
    const last = talks.variants.filter((v) => v.turn === s.turns.length - 1 && v.role === 'taipei').map((v) => v.decision);
    expect(last.length).toBeGreaterThan(0);
    expect(last).not.toContain('accommodate');
    expect(last).not.toContain('proposeSettlement');
  });

  it('ranks low a decision whose alternatives change nothing, and does not show it', () => {
    // Taipei's cautious bot in turn 1 raised readiness: that, or anything else open to it then, leaves the ending where it was.
    const taipei = m.decisions.find((d) => d.turn === 0 && d.role === 'taipei')!;
    expect(taipei.change).toBeLessThanOrEqual(m.threshold);
    expect(taipei.change).toBeLessThan(m.shown[0]!.change);
    expect(m.shown).not.toContain(taipei);
    for (const d of m.shown) expect(d.change).toBeGreaterThan(m.threshold);
  });

  it('gives the same figures however the work is split between workers', () => {
    // Uneven pieces of the first few hundred units, each played from a plan made afresh as a worker makes it.
    const parts = [0, 17, 18, 150, 301];
    const pieces = parts.slice(1).map((to, k) => playUnits(matteredPlan(job), parts[k]!, to));
    expect(pieces.flat()).toEqual(outcomes.slice(0, 301));
    // In one thread, start to end, on a small job.
    const small = { ...matteredJob(washingtonHolds(1), 6) };
    const smallPlan = matteredPlan(small);
    expect(whichDecisionsMattered(small)).toEqual(summariseMattered(smallPlan, playUnits(smallPlan, 0, unitCount(smallPlan))));
  });

  it('compares like with like: the decisions as taken and each alternative are played over the same seeds', () => {
    // An alternative identical to the decision taken would give the same futures: play the "as taken" variant twice.
    const base = plan.variants.findIndex((v) => v.turn === 1 && !v.role);
    expect(playUnits(plan, base * job.seeds, (base + 1) * job.seeds)).toEqual(outcomes.slice(base * job.seeds, (base + 1) * job.seeds));
    expect(outcomes.every((o) => o >= 0 && o < OUTCOMES.length)).toBe(true);
  });

  it('fits the seeds to the time budget', () => {
    const per = turnsPerSeed(plan);
    expect(per).toBeGreaterThan(plan.variants.length);
    expect(seedsWithin(plan, per * 100)).toBe(100);
    expect(seedsWithin(plan, 1)).toBe(MIN_SEEDS);
    expect(seedsWithin(plan, 1e12)).toBe(MAX_SEEDS);
  });

  it('measures change as total variation, and chance as what two samples of the same dice would differ by', () => {
    expect(changeOf([10, 0, 0], [0, 10, 0], 10)).toBe(1);
    expect(changeOf([5, 5, 0], [5, 5, 0], 10)).toBe(0);
    expect(changeOf([6, 4, 0], [4, 6, 0], 10)).toBeCloseTo(0.2);
    expect(chanceChange([100, 0, 0], 100)).toBe(0);
    // Half and half over 100 seeds: each share's difference has mean absolute value 2 sqrt(0.25 / (100 pi)), about 0.056.
    expect(chanceChange([50, 50], 100)).toBeCloseTo(2 * Math.sqrt(0.25 / (100 * Math.PI)), 6);
  });
});
