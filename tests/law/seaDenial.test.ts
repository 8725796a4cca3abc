/**
 * Taiwan's sea-denial rungs answer the ships that enforce a quarantine or a blockade: acting within the 24-nm zone
 * (T1), then counterattacking them (T2) (CKHQ-DEC, domain-facts §2.1). An invasion's fleet meets Taiwan's anti-ship
 * fire at the readiness Taiwan has reached; the zone and the counterattack work on shipping, so they are not open
 * there. Played through the command path.
 */
import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../engine/support.ts';
import { openTo, playSteps } from './support.ts';

describe("Taiwan's sea denial answers a quarantine's or a blockade's ships, not an invasion's fleet", () => {
  it('a blockade opens the zone, and the zone under armed attack opens the counterattack', () => {
    const blockade = scenarioOf('blockade', 'base');
    const g = playSteps(blockade, 'sea', [{ decisions: { beijing: 'declareBlockade' } }]);
    expect(openTo(blockade, g.last, 'taipei')).toContain('enforceContiguousZone');
    const zone = playSteps(blockade, 'sea', [{ decisions: { beijing: 'strikeTaiwan', taipei: 'enforceContiguousZone' } }], g.last);
    expect(zone.last.tracks.taipei.seaDenial).toBe('enforcingContiguousZone');
    expect(openTo(blockade, zone.last, 'taipei')).toContain('counterattack');
  });

  it('an invasion opens neither', () => {
    const invasion = scenarioOf('invasion', 'base');
    const g = playSteps(invasion, 'sea', [{ decisions: { beijing: 'launchInvasion' } }]);
    expect(g.last.flags.invasionLaunched).toBe(true);
    const open = openTo(invasion, g.last, 'taipei');
    expect(open).not.toContain('enforceContiguousZone');
    expect(open).not.toContain('counterattack');
  });
});
