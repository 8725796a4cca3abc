/** Talks through the command path: offers, acceptance, and what a settlement records. */
import { describe, expect, it } from 'vitest';
import { BEIJING_OFFER, beijingPolicy } from '../../engine/bots/beijingPolicy.ts';
import { wish } from '../../engine/bots/policy.ts';
import { TAIPEI_OFFER } from '../../engine/bots/taipeiPolicy.ts';
import { factsOf, resolveTurn, type Command, type GameState, type Proposal, type Scenario } from '../../engine/index.ts';
import { blockade, command, playScript, scenarioOf } from './support.ts';

const scenario = blockade('base');
const BEIJING: Proposal = { terms: ['liftMeasures', 'acceptCustomsDeclarations'], note: 'first offer' };
const BETTER: Proposal = { terms: ['liftMeasures', 'releaseShips', 'acceptCustomsDeclarations', 'pauseArmsPurchases'], note: 'replaced' };

const offer = (s: GameState, p: Proposal): Command => ({ ...command(s, 'beijing', 'proposeSettlement'), proposal: p });

describe('talks', () => {
  // Beijing blockades; Taipei opens talks; Beijing puts its terms on the table.
  const opened = playScript(scenario, 'talks', [{ beijing: 'declareBlockade' }, { taipei: 'openNegotiations' }]);
  const atTable = opened[opened.length - 1]!;
  const withOffer = (() => {
    const r = resolveTurn(scenario, atTable, [offer(atTable, BEIJING), command(atTable, 'taipei'), command(atTable, 'tokyo'), command(atTable, 'washington')]);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value.state;
  })();

  it('puts the offer on the table with who made it and when', () => {
    expect(withOffer.talks.offer).toEqual({ ...BEIJING, by: 'beijing', turn: atTable.turn });
    expect(withOffer.talks.agreed).toBeNull();
  });

  it('an acceptance takes the offer on the table when the turn began, even if the offer is replaced that turn', () => {
    const s = withOffer;
    const r = resolveTurn(scenario, s, [offer(s, BETTER), command(s, 'taipei', 'acceptSettlement'), command(s, 'tokyo'), command(s, 'washington')]);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.state.talks.agreed).toEqual({ ...BEIJING, by: 'beijing', turn: atTable.turn });
    expect(r.value.state.talks.offer).toBeNull();
    expect(r.value.state.outcome).toBe('negotiatedSettlement');
  });
});

describe("Beijing's bots answer terms they will not take", () => {
  const wishes = (sc: Scenario, s: GameState, temperament: 'cautious' | 'hawkish') =>
    beijingPolicy({ scenario: sc, state: s, facts: factsOf(s, sc.legal), temperament }).map((w) => wish(w));
  /** Taipei at the table with its bots' terms, two turns after Beijing's `opening`. */
  function taipeiOffers(sc: Scenario, opening: string): GameState {
    const s = playScript(sc, 'answer', [{ beijing: opening }, { taipei: 'openNegotiations' }]).at(-1)!;
    const r = resolveTurn(sc, s, [command(s, 'beijing'), { ...command(s, 'taipei', 'proposeSettlement'), proposal: TAIPEI_OFFER }, command(s, 'tokyo'), command(s, 'washington')]);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value.state;
  }

  it('in a blockade, with its own terms: a settlement is what the blockade is for (2.1)', () => {
    const s = taipeiOffers(scenario, 'declareBlockade');
    expect(s.talks.offer?.by).toBe('taipei');
    for (const t of ['cautious', 'hawkish'] as const) {
      const first = wishes(scenario, s, t)[0];
      expect(first?.decision, t).toBe('proposeSettlement');
      expect(first?.proposal?.terms, t).toEqual(BEIJING_OFFER.terms);
    }
  });

  it('in an invasion it fights on unless the campaign is failing', () => {
    const invasion = scenarioOf('invasion');
    const s = taipeiOffers(invasion, 'launchInvasion');
    expect(s.talks.offer?.by).toBe('taipei');
    for (const t of ['cautious', 'hawkish'] as const) expect(wishes(invasion, s, t).map((w) => w.decision), t).not.toContain('proposeSettlement');
  });
});
