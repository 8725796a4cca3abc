// Bounds: the engine refuses what the console refuses (a parameter outside its range, more
// facilitator actions in a turn than a replay holds), so verify refuses it too.
import { describe, expect, it } from 'vitest';
import { createGame, resolveTurn, ROLES, type Command, type FacilitatorAction, type FacilitatorCommand } from '../../engine/index.ts';
import { loadScenario } from '../../scenarios/catalog.ts';
import { facilitate, startSession } from '../../ui/app/session.ts';
import { parameterName, refusalText } from '../../scenarios/words/words.ts';

const scenario = (() => {
  const s = loadScenario('blockade', 'base');
  if (typeof s === 'string') throw new Error(s);
  return s;
})();
const start = createGame(scenario, 'bounds');
const holds: Command[] = ROLES.map((role) => ({ turn: 0, role, decision: 'hold', by: 'human' }));
const engine = (...actions: FacilitatorAction[]) => resolveTurn(scenario, start, holds, actions.map((action): FacilitatorCommand => ({ turn: 0, action, reason: 'a test' })));
const session = () => {
  const s = startSession({ scenarioId: 'blockade', variant: 'base', seed: 'bounds', seats: { beijing: 'human', taipei: 'human', tokyo: 'human', washington: 'human' } });
  if (!s.ok) throw new Error(s.error);
  return s.value;
};
const set = (path: string, value: number): FacilitatorAction => ({ kind: 'setParameter', path, value });

/** Values just outside each kind of range a parameter has: a share, a percentage, days, a whole number of turns, a loss (negative). */
const OUTSIDE: [string, number][] = [
  ['shipping.noise', 5], ['shipping.noise', -0.01], ['shipping.noise', Number.POSITIVE_INFINITY],
  ['shipping.throughputByCoercion.blockade', 1.5], ['shipping.restoredPct', 101],
  ['economy.rampDays', 0], ['economy.blockadeYearPct.taiwan', 1],
  ['politics.warPowersDays', 2.5], ['politics.warPowersDays', 0], ['politics.dietApprovalSpread', 0.05],
  ['combat.usAntiShipRate', 6],
];
const INSIDE: [string, number][] = [['shipping.noise', 0], ['shipping.noise', 1], ['economy.rampDays', 1], ['politics.warPowersDays', 60], ['economy.blockadeYearPct.taiwan', -100]];

describe('parameter bounds are the engine\'s', () => {
  it.each(OUTSIDE)('the engine refuses %s = %d, saying what it may be', (path, value) => {
    const r = engine(set(path, value));
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'outOfRange', name: path, value }) });
    if (!r.ok) expect(refusalText(r.error)).toMatch(new RegExp(`is outside what "${parameterName(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" may be: a (whole )?number from`));
  });

  it.each(INSIDE)('the engine accepts %s = %d', (path, value) => {
    expect(engine(set(path, value)).ok).toBe(true);
  });

  it('the console gives the engine\'s answer, word for word', () => {
    for (const [path, value] of [...OUTSIDE, ...INSIDE]) {
      const e = engine(set(path, value));
      const c = facilitate(session(), set(path, value), 'a test');
      expect(c.ok, `${path} = ${value}`).toBe(e.ok);
      if (!c.ok && !e.ok) expect(c.error).toBe(refusalText(e.error));
    }
  });
});

describe('the per-turn cap is the engine\'s', () => {
  const poll = (i: number): FacilitatorAction => ({ kind: 'setIndicator', indicator: 'dietSupport', value: 40 + (i % 10) });

  it('the engine plays 50 facilitator actions in a turn and refuses a 51st', () => {
    expect(engine(...Array.from({ length: 50 }, (_, i) => poll(i))).ok).toBe(true);
    expect(engine(...Array.from({ length: 51 }, (_, i) => poll(i)))).toEqual({ ok: false, error: { code: 'tooManyFacilitatorActions', max: 50 } });
  });

  it('the console stops at the same 50', () => {
    let s = session();
    for (let i = 0; i < 50; i++) {
      const r = facilitate(s, poll(i), `poll ${i}`);
      if (!r.ok) throw new Error(r.error);
      s = r.value;
    }
    expect(facilitate(s, poll(50), 'one more')).toEqual({ ok: false, error: 'At most 50 facilitator actions fit in one turn: play the turn first.' });
  });
});
