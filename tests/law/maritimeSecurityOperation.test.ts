/**
 * A maritime security operation puts MSDF ships on station in a police role (SDF Act Art. 82; the 2015 Cabinet
 * decision's cases of attacks on Japanese ships and armed landings on remote islands, MOD-WP2018-COL, §4.4). Before
 * rules 1.12.0 the order changed nothing in any game: six of the seven tests written then failed on the code before
 * (the seventh, a cautious cabinet supporting US forces once Washington asks, held before too and guards that branch).
 * The test of the quarantine's boarding news failed on quarantine.json 1.1.0, where the news came after the order too.
 * Since rules 1.15.0 the operation is an order beside the determinations, not one of them: the tests of a support
 * determination beside it and of ending it failed on 1.14.0, where a support determination took the ships off duty.
 */
import { describe, expect, it } from 'vitest';
import { beijingPolicy } from '../../engine/bots/beijingPolicy.ts';
import { wish } from '../../engine/bots/policy.ts';
import { tokyoPolicy } from '../../engine/bots/tokyoPolicy.ts';
import { factsOf, type GameEvent, type GameState } from '../../engine/index.ts';
import { scenarioOf } from '../engine/support.ts';
import { playSteps, withParams, type Step } from './support.ts';

const quarantine = scenarioOf('quarantine', 'comprehensive');
const southwest = scenarioOf('southwest-islands', 'base');
/** The quarantine's first turn: Beijing declares it. */
const opening: Step[] = [{ decisions: { beijing: 'declareQuarantine' } }];
// The roll says whether the ship was under the MSDF's protection: the turn report then says why the odds are lower.
const BOARDING = new Set(['japaneseShipBoarded', 'protectedJapaneseShipBoarded']);
const boardings = (events: readonly GameEvent[][]) =>
  events.map((turn) => turn.some((e) => e.type === 'roll' && BOARDING.has(e.chance) && e.success));

describe('a maritime security operation protects Japanese ships from the inspections', () => {
  // Every turn of the quarantine boards a Japanese ship unless the MSDF protects it; protection here stops all of them.
  const certain = withParams(quarantine, { 'combat.japaneseShipBoardingChance': 1, 'combat.boardingShareUnderMaritimeSecurityOperation': 0 });

  it('boardings go on while Tokyo holds, and stop from the turn it orders the operation', () => {
    const held = playSteps(certain, 'mso', [...opening, {}, {}, {}]);
    expect(boardings(held.events)).toEqual([true, true, true, true]);
    const ordered = playSteps(certain, 'mso', [...opening, { decisions: { tokyo: 'orderMaritimeSecurityOperation' } }, {}, {}]);
    expect(ordered.states[2]!.tracks.tokyo).toMatchObject({ maritimeSecurity: 'ordered', determination: 'normal' });
    expect(boardings(ordered.events)).toEqual([true, false, false, false]);
  });

  it('at the default share, halves the odds of a boarding', () => {
    // A boarding in the first turn opens the operation, so the test makes it certain; the share is the scenario's.
    const boarded = withParams(quarantine, { 'combat.japaneseShipBoardingChance': 1 });
    const ordered = playSteps(boarded, 'mso', [...opening, { decisions: { tokyo: 'orderMaritimeSecurityOperation' } }]);
    const odds = ordered.events.map((turn) => turn.flatMap((e) => (e.type === 'roll' && BOARDING.has(e.chance) ? [[e.chance, e.probability]] : [])));
    const share = quarantine.params.combat.boardingShareUnderMaritimeSecurityOperation;
    expect(share).toBe(0.5);
    expect(odds).toEqual([[['japaneseShipBoarded', 1]], [['protectedJapaneseShipBoarded', share]]]);
  });

  it('goes on beside a support determination: the order is not a determination (SDF Act Art. 82)', () => {
    const g = playSteps(certain, 'mso', [
      ...opening,
      { decisions: { tokyo: 'orderMaritimeSecurityOperation', washington: 'issueWarnings' } },
      { decisions: { tokyo: 'determineImportantInfluenceSituation' } },
      {},
    ]);
    expect(g.last.tracks.tokyo).toMatchObject({ determination: 'importantInfluenceSituation', maritimeSecurity: 'ordered' });
    expect(boardings(g.events)).toEqual([true, false, false, false]);
  });

  it('ends when Tokyo ends it: the boardings resume', () => {
    const g = playSteps(certain, 'mso', [
      ...opening,
      { decisions: { tokyo: 'orderMaritimeSecurityOperation' } },
      { decisions: { tokyo: 'endMaritimeSecurityOperation' } },
      {},
    ]);
    expect(g.last.tracks.tokyo.maritimeSecurity).toBe('notOrdered');
    expect(boardings(g.events)).toEqual([true, false, true, true]);
  });
});

describe("the news of a boarded Japanese carrier is a prompt for Tokyo's decision", () => {
  // The quarantine's inject asks Tokyo what a boarding is (an inspection, or a case for a maritime security operation):
  // drawn while Tokyo has made no determination, not after. At probability 0 it never plays, so its roll shows each draw.
  const boarded = withParams(quarantine, { 'combat.japaneseShipBoardingChance': 1 });
  const drawnOnly = { ...boarded, injects: boarded.injects.map((i) => (i.id === 'japanese-carrier-boarded' ? { ...i, probability: 0 } : i)) };
  const drawn = (events: readonly GameEvent[][]) =>
    events.map((turn) => turn.some((e) => e.type === 'roll' && e.chance === 'inject' && e.inject === 'japanese-carrier-boarded'));

  it('is drawn every turn of the quarantine while Tokyo holds, and not once it has ordered the operation', () => {
    expect(drawn(playSteps(drawnOnly, 'news', [...opening, {}, {}]).events)).toEqual([true, true, true]);
    const ordered = playSteps(drawnOnly, 'news', [...opening, { decisions: { tokyo: 'orderMaritimeSecurityOperation' } }, {}]);
    expect(ordered.last.tracks.tokyo.maritimeSecurity).toBe('ordered');
    expect(drawn(ordered.events)).toEqual([true, false, false]);
  });
});

describe('SDF escorts in a defence operation protect Japanese ships as well', () => {
  it('boardings stop once the SDF escorts under an armed attack situation, with no maritime security operation', () => {
    const blockade = withParams(scenarioOf('blockade', 'base'), { 'combat.japaneseShipBoardingChance': 1, 'combat.boardingShareUnderMaritimeSecurityOperation': 0 });
    const japanAttacked = { kind: 'raiseFlag', flag: 'japanAttacked' } as const;
    const dietSupport = { kind: 'setIndicator', indicator: 'dietSupport', value: 100 } as const;
    const g = playSteps(blockade, 'escorts', [
      { decisions: { beijing: 'declareBlockade' } },
      { facilitator: [japanAttacked], decisions: { tokyo: 'determineArmedAttackSituation' } },
      { facilitator: [japanAttacked, dietSupport], decisions: { tokyo: 'orderDefenceOperationInEmergency' } },
      { facilitator: [japanAttacked] },
    ]);
    expect(g.last.tracks.tokyo).toMatchObject({ determination: 'armedAttackSituation', sdfRole: 'defenceOperation' });
    expect(boardings(g.events)).toEqual([true, true, false, false]);
  });
});

describe('with the MSDF on station, a hawkish Beijing does not land on the Senkakus', () => {
  // An exercise, then the coast guard in the islands' territorial sea: a hawk would land next, with Article V unstated.
  const pressed: Step[] = [{ decisions: { beijing: 'holdLargeScaleExercise' } }, { decisions: { beijing: 'pressSenkakus' } }];
  const lowCredibility = { facilitator: [{ kind: 'setIndicator', indicator: 'allianceCredibility', value: 40 } as const] };
  // What the hawk wants, before a cabinet's pause: the bots' policy itself.
  const wishes = (state: GameState) =>
    beijingPolicy({ scenario: southwest, state, facts: factsOf(state, southwest.legal), temperament: 'hawkish' }).map((w) => wish(w).decision);

  it('lands without the operation, and not with it', () => {
    const without = playSteps(southwest, 'landing', [...pressed, lowCredibility]);
    expect(without.last.tracks.beijing.senkakus).toBe('coastGuardInTerritorialSea');
    expect(wishes(without.last)).toContain('landOnSenkakus');
    const withMso = playSteps(southwest, 'landing', [...pressed, { ...lowCredibility, decisions: { tokyo: 'orderMaritimeSecurityOperation' } }]);
    expect(withMso.last.tracks.tokyo.maritimeSecurity).toBe('ordered');
    expect(wishes(withMso.last)).not.toContain('landOnSenkakus');
  });
});

describe("a cautious cabinet answers pressure on Japan's own waters with the operation, a hawk with the higher determination", () => {
  const g = playSteps(southwest, 'cabinet', [{ decisions: { beijing: 'holdLargeScaleExercise' } }, { decisions: { beijing: 'pressSenkakus' } }]);
  const first = (state: GameState, temperament: 'cautious' | 'hawkish', among: string[]) =>
    tokyoPolicy({ scenario: southwest, state, facts: factsOf(state, southwest.legal), temperament })
      .map((w) => wish(w).decision)
      .find((d) => among.includes(d));
  const either = ['orderMaritimeSecurityOperation', 'determineImportantInfluenceSituation'];

  it('with no US forces at work, the cautious cabinet orders the operation first', () => {
    expect(first(g.last, 'cautious', either)).toBe('orderMaritimeSecurityOperation');
    expect(first(g.last, 'hawkish', either)).toBe('determineImportantInfluenceSituation');
  });

  it('once Washington asks to fight from Japan, it determines the situation it would support them in', () => {
    const asked = playSteps(southwest, 'cabinet', [{ decisions: { washington: 'requestPriorConsultation' } }], g.last);
    expect(first(asked.last, 'cautious', either)).toBe('determineImportantInfluenceSituation');
  });
});
