/**
 * Bots whose temperaments differ where the invasion briefing puts its questions: whether Taipei mobilises before
 * the first landing, and whether Tokyo lets US forces fight from its bases knowing they may then be struck. Each
 * test plays to the situation through the command path, then asks the policy what it wants, so a bot's
 * hesitation roll does not hide its preference.
 */
import { describe, expect, it } from 'vitest';
import { taipeiPolicy } from '../../engine/bots/taipeiPolicy.ts';
import { tokyoPolicy } from '../../engine/bots/tokyoPolicy.ts';
import { wish } from '../../engine/bots/policy.ts';
import { factsOf, type BotTemperament, type GameState, type Scenario } from '../../engine/index.ts';
import { playSteps } from '../law/support.ts';
import { scenarioOf } from './support.ts';

function wanted(policy: typeof taipeiPolicy | typeof tokyoPolicy, scenario: Scenario, state: GameState, temperament: BotTemperament): string[] {
  return (policy as (a: unknown) => unknown[])({ scenario, state, facts: factsOf(state, scenario.legal), temperament }).map((w) => wish(w as never).decision);
}

describe('Taipei mobilises before the landing only as a hawk', () => {
  it('under the exercise a hawk calls up the reserves and a cautious government only raises readiness; once Taiwan is attacked both mobilise', () => {
    const invasion = scenarioOf('invasion', 'base');
    const exercise = playSteps(invasion, 'mobilise', []).last;
    expect(wanted(taipeiPolicy, invasion, exercise, 'hawkish')).toContain('mobilise');
    expect(wanted(taipeiPolicy, invasion, exercise, 'cautious')).not.toContain('mobilise');
    expect(wanted(taipeiPolicy, invasion, exercise, 'cautious')[0]).toBe('raiseReadiness');
    const landing = playSteps(invasion, 'mobilise', [{ decisions: { beijing: 'launchInvasion', taipei: 'raiseReadiness' } }]).last;
    expect(factsOf(landing, invasion.legal).taiwanUnderArmedAttack).toBe(true);
    expect(wanted(taipeiPolicy, invasion, landing, 'cautious')).toContain('mobilise');
  });

  it('mobilising a turn late lets more of the PLA ashore, over the same seeds and decisions otherwise', () => {
    const invasion = scenarioOf('invasion', 'base');
    const ashore = (taipei: string[]) =>
      Array.from({ length: 20 }, (_, k) =>
        playSteps(invasion, `late-${k}`, [
          { decisions: { taipei: taipei[0]! } },
          { decisions: { beijing: 'launchInvasion', taipei: taipei[1]! } },
          { decisions: { taipei: taipei[2]! } },
          { decisions: { taipei: taipei[3]! } },
        ]).last.forces.plaAshore,
      ).reduce((a, x) => a + x, 0);
    expect(ashore(['mobilise', 'hold', 'resistFully', 'hold'])).toBeLessThan(ashore(['raiseReadiness', 'hold', 'mobilise', 'resistFully']));
  });
});

describe('Tokyo consents to US combat operations from Japan on the same terms as force', () => {
  it('asked during an invasion, a cautious cabinet waits for an attack on US forces or Japan; a hawk consents at once', () => {
    const decides = scenarioOf('invasion', 'tokyo-decides');
    const invaded = playSteps(decides, 'consent', [{ decisions: { beijing: 'launchInvasion' } }]).last;
    const facts = factsOf(invaded, decides.legal);
    expect(facts.taiwanUnderArmedAttack).toBe(true);
    expect(facts.usForcesUnderAttack || facts.japanUnderAttack).toBe(false);
    expect(wanted(tokyoPolicy, decides, invaded, 'hawkish')[0]).toBe('consentToCombatOperations');
    expect(wanted(tokyoPolicy, decides, invaded, 'cautious')).not.toContain('consentToCombatOperations');
    // Nor does it refuse: under military pressure the request stays open.
    expect(wanted(tokyoPolicy, decides, invaded, 'cautious')).not.toContain('refuseCombatOperations');
  });

  it('a cautious cabinet that holds the Takaichi reading consents for Taiwan under armed attack', () => {
    const decides = scenarioOf('invasion', 'tokyo-decides');
    const stated = playSteps(decides, 'consent', [
      { decisions: { tokyo: 'stateBlockadeCouldBeSurvivalThreatening' } },
      { decisions: { beijing: 'launchInvasion' } },
    ]).last;
    expect(factsOf(stated, decides.legal).taiwanAttackCanQualify).toBe(true);
    expect(wanted(tokyoPolicy, decides, stated, 'cautious')).toContain('consentToCombatOperations');
  });
});
