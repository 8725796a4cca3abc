// Two games side by side: the first turn where they part, and what followed.
import { describe, expect, it } from 'vitest';
import { factsOf, openDecisions } from '../../engine/index.ts';
import { compareSessions, firstDivergence } from '../../ui/app/debrief/compare.ts';
import { branchAt, facilitate, playTurn, startSession, type Session, type Seats } from '../../ui/app/session.ts';

const BOTS: Seats = { beijing: 'bot:hawkish', taipei: 'bot:cautious', tokyo: 'bot:cautious', washington: 'bot:hawkish' };

function ok<T>(r: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

function played(seed: string, scenarioId = 'blockade', variant = 'base'): Session {
  let s = ok(startSession({ scenarioId, variant, seed, seats: { ...BOTS } }));
  while (!s.state.outcome) s = ok(playTurn(s, {}));
  return s;
}

/** Play on from `s` to the end, Tokyo (a person now) choosing `first` in the first turn, then holding. */
function playOn(s: Session, first: string): Session {
  s = ok(playTurn(s, { tokyo: first }));
  while (!s.state.outcome) s = ok(playTurn(s, { tokyo: 'hold' }));
  return s;
}

describe('comparing two games', () => {
  const a = played('compare-a');

  it('finds the first turn where a branch decided differently, and who did', () => {
    const k = 3;
    const was = a.turns[k]!.commands.find((c) => c.role === 'tokyo')!.decision;
    const branch = branchAt(a, k, 'tokyo');
    const open = openDecisions('tokyo', branch.state.tracks.tokyo, factsOf(branch.state, branch.scenario.legal));
    const other = open.find((d) => d !== was)!;
    const b = playOn(branch, other);
    const d = firstDivergence(a, b)!;
    expect(d).toMatchObject({ turn: k, kind: 'decisions' });
    expect(d.roles).toContain('tokyo');
    expect(d.text).toMatch(/^In turn 4 .*Tokyo.* decided differently\.$/);

    const c = compareSessions(a, b);
    expect(c.after[0]!.turn).toBe(k);
    expect(c.after[0]!.differ).toContain('tokyo');
    expect(c.after[0]!.a!.decisions.find((x) => x.role === 'tokyo')!.decision).toBe(was);
    expect(c.after[0]!.b!.decisions.find((x) => x.role === 'tokyo')).toMatchObject({ decision: other, by: 'human' });
    expect(c.after).toHaveLength(Math.max(a.turns.length, b.turns.length) - k);
    expect(c.a.outcome).toBe(a.state.outcome);
    expect(c.b.outcome).toBe(b.state.outcome);
  });

  it('finds a divergence in the very first turn', () => {
    const first = a.turns[0]!.commands.find((c) => c.role === 'tokyo')!.decision;
    const branch = branchAt(a, 0, 'tokyo');
    const open = openDecisions('tokyo', branch.state.tracks.tokyo, factsOf(branch.state, branch.scenario.legal));
    const alt = open.find((d) => d !== first);
    if (!alt) return;
    expect(firstDivergence(a, playOn(branch, alt))).toMatchObject({ turn: 0, kind: 'decisions' });
  });

  it('calls a game and its own record the same game', () => {
    expect(firstDivergence(a, a)).toBeNull();
    const c = compareSessions(a, { ...a });
    expect(c.divergence).toBeNull();
    expect(c.after).toHaveLength(a.turns.length);
  });

  it('sees a game that went on where the other stopped', () => {
    const stop = a.turns.length - 1;
    expect(stop).toBeGreaterThan(0);
    const prefix = { ...a, turns: a.turns.slice(0, stop) };
    expect(firstDivergence(prefix, a)).toMatchObject({ turn: stop, kind: 'length' });
  });

  it('tells a facilitator\'s intervention from the teams\' decisions', () => {
    const branch = branchAt(a, 2, 'tokyo');
    const withInject = ok(facilitate(branch, { kind: 'customInject', headline: 'A typhoon closes Kaohsiung', effects: [] }, 'Weather'));
    const b = playOn(withInject, a.turns[2]!.commands.find((c) => c.role === 'tokyo')!.decision);
    expect(firstDivergence(a, b)).toMatchObject({ turn: 2, kind: 'facilitator' });
  });

  it('says when the seeds differ, and when the scenarios do', () => {
    const b = played('compare-b');
    const d = firstDivergence(a, b)!;
    expect(d.turn).toBe(0);
    expect(d.text).toMatch(/different seeds/);
    expect(firstDivergence(a, played('compare-a', 'quarantine', 'comprehensive'))).toMatchObject({ turn: 0, kind: 'scenario' });
  });
});
