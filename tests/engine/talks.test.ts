/** Talks through the command path: offers, acceptance, and what a settlement records. */
import { describe, expect, it } from 'vitest';
import { resolveTurn, type Command, type GameState, type Proposal } from '../../engine/index.ts';
import { blockade, command, playScript } from './support.ts';

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
