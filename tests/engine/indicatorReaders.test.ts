/**
 * No indicator is written and read by nothing. Each indicator is either a lever (the rules, the bots or
 * the end conditions read it: changing it changes what happens next, shown here by perturbing it in real
 * mid-game states) or a figure (a count the screens and the debrief report, read from the files named).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  botSeats,
  chooseBotCommand,
  createGame,
  factsOf,
  playGame,
  resolveTurn,
  ROLES,
  TEMPERAMENTS,
  type GameState,
  type Indicators,
  type Scenario,
} from '../../engine/index.ts';
import type { Step } from '../../engine/adjudicate/context.ts';
import { economy } from '../../engine/adjudicate/economy.ts';
import { politics } from '../../engine/adjudicate/politics.ts';
import { restoreRng } from '../../engine/rng.ts';
import { scenarioFiles } from '../../scenarios/catalog.ts';
import { scenarioOf } from './support.ts';

type Lever = { kind: 'lever'; readers: string };
/** Recomputed each turn before its reader runs, so the reader sees the turn's own value: the step is called with it changed. */
type SameTurn = { kind: 'sameTurn'; readers: string; step: Step };
type Figure = { kind: 'figure'; readers: string; files: string[] };

/** Who reads each indicator. */
const READERS: Record<keyof Indicators, Lever | SameTurn | Figure> = {
  lngDays: { kind: 'lever', readers: 'energy (power fails when a stock is empty); Taipei bot (rationing)' },
  coalDays: { kind: 'lever', readers: 'energy (power fails when a stock is empty)' },
  oilDays: { kind: 'lever', readers: 'energy (power fails when a stock is empty)' },
  electricityPct: { kind: 'sameTurn', readers: "politics (the turn's power cuts wear Taiwan's resolve); economy (Taiwan's loss follows the power shortfall)", step: politics },
  shippingPct: { kind: 'sameTurn', readers: "economy (Taiwan's loss follows the shipping shortfall)", step: economy },
  energyShippingPct: { kind: 'lever', readers: 'energy (imports refill the stocks); Taipei bot (rationing)' },
  turnsShippingRestored: { kind: 'lever', readers: 'end conditions (blockade broken); Beijing bot (a failing campaign)' },
  shipsLost: { kind: 'lever', readers: "Beijing bot (PLA losses make a campaign fail)" },
  casualties: { kind: 'sameTurn', readers: "politics (the turn's Japanese and US casualties move opinion and Congress)", step: politics },
  taiwanTerritoryHeldPct: { kind: 'lever', readers: 'end conditions (PLA holds most of Taiwan); Beijing and Taipei bots' },
  gdpImpactPct: { kind: 'lever', readers: "survival threat (Japan's economy hit); Beijing bot (China's losses)" },
  japanPublicSupport: { kind: 'lever', readers: 'politics (the Diet follows the public)' },
  dietSupport: { kind: 'lever', readers: "procedures (the Diet's vote odds)" },
  allianceCredibility: { kind: 'lever', readers: 'Beijing bot (deterrence: no next rung toward war, a way down); end-of-game figures' },
  congressSupport: { kind: 'lever', readers: "procedures (Congress's vote odds)" },
  lngExhaustedOnDay: { kind: 'figure', readers: "the LNG clock in the debrief and batch figures", files: ['engine/metrics.ts', 'ui/app/debrief/debriefView.ts'] },
  interdictionBeganOnDay: { kind: 'figure', readers: 'the start of the LNG clock in batch figures', files: ['engine/metrics.ts'] },
  inboundShipsSent: { kind: 'figure', readers: 'ships that sailed, on the indicators panel and in batch figures', files: ['ui/app/components/indicators.ts', 'engine/metrics.ts'] },
  inboundShipsLost: { kind: 'figure', readers: 'ships lost, on the indicators panel and in batch figures', files: ['ui/app/components/indicators.ts', 'engine/metrics.ts'] },
  aircraftLost: { kind: 'figure', readers: 'losses on the indicators panel, the debrief and batch figures', files: ['ui/app/components/indicators.ts', 'ui/app/debrief/keyIndicators.ts', 'engine/metrics.ts'] },
  escalation: { kind: 'lever', readers: 'extremes (the odds of a wider war and of nuclear use); Washington and Beijing bots (retaliation, a way down)' },
  taiwanResolve: { kind: 'lever', readers: 'invasion (how hard Taiwan fights); Taipei bot (when to look for terms)' },
};

/** Values far enough apart to cross any threshold a reader has. */
function perturbations(s: GameState, key: keyof Indicators): Indicators[keyof Indicators][] {
  const v = s.indicators[key];
  if (v !== null && typeof v === 'object') {
    const each = (x: number) => Object.fromEntries(Object.keys(v).map((k) => [k, x])) as typeof v;
    return key === 'gdpImpactPct' ? [each(0), each(-30)] : [each(0), each(5000)];
  }
  if (key === 'lngDays' || key === 'coalDays' || key === 'oilDays') return [0, s.indicators[key] === 0 ? 30 : s.indicators[key] / 2];
  if (key === 'turnsShippingRestored') return [0, 5];
  return [0, 50, 100];
}

/** Mid-game states from bot games in every scenario. */
function samples(): { scenario: Scenario; state: GameState }[] {
  const out: { scenario: Scenario; state: GameState }[] = [];
  for (const f of scenarioFiles()) {
    for (const v of f.variants.slice(0, 3)) {
      const scenario = scenarioOf(f.id, v.id);
      for (let k = 0; k < 4; k++) {
        const seed = `readers-${f.id}-${v.id}-${k}`;
        const seats = k % 2 ? botSeats('mixed', seed) : botSeats(k === 0 ? 'hawkish' : 'cautious', seed);
        const { states } = playGame(scenario, seed, seats, true);
        for (const state of states ?? [createGame(scenario, seed)]) if (!state.outcome) out.push({ scenario, state });
      }
    }
  }
  return out;
}

/** What a state leads to, without the perturbed indicator itself: the next turn under the bots' commands, and the bots' choices. */
function consequences(scenario: Scenario, state: GameState, key: keyof Indicators): string {
  const choices = ROLES.flatMap((role) => TEMPERAMENTS.map((t) => chooseBotCommand(scenario, state, role, t)));
  const commands = ROLES.map((role) => chooseBotCommand(scenario, state, role, 'cautious'));
  const r = resolveTurn(scenario, state, commands);
  if (!r.ok) return `refused ${JSON.stringify(r.error)}`;
  const { [key]: _own, ...indicators } = r.value.state.indicators;
  return JSON.stringify({ choices, next: { ...r.value.state, indicators } });
}

describe('every indicator is read by something', () => {
  const all = samples();

  it('has a reader listed for every indicator the state carries', () => {
    const state = createGame(scenarioOf('blockade', 'base'), 'readers');
    expect(Object.keys(READERS).sort()).toEqual(Object.keys(state.indicators).sort());
  });

  for (const [key, reader] of Object.entries(READERS) as [keyof Indicators, Lever | SameTurn | Figure][]) {
    if (reader.kind === 'sameTurn') {
      it(`${key} changes what its step does in the same turn (${reader.readers})`, () => {
        const changed = all.some(({ scenario, state }) => {
          const run = (s: GameState) => JSON.stringify(reader.step({ scenario, state: s, before: state, facts: factsOf(state, scenario.legal), rng: restoreRng(state.rng) }));
          const base = run(state);
          return perturbations(state, key).some((v) => run({ ...state, indicators: { ...state.indicators, [key]: v } }) !== base);
        });
        expect(changed, `${key}: no sampled state changed what ${reader.step.name} does`).toBe(true);
      });
    } else if (reader.kind === 'lever') {
      it(`${key} changes what happens next (${reader.readers})`, () => {
        const changed = all.some(({ scenario, state }) => {
          const base = consequences(scenario, state, key);
          return perturbations(state, key).some((v) => consequences(scenario, { ...state, indicators: { ...state.indicators, [key]: v } }, key) !== base);
        });
        expect(changed, `${key}: no sampled state changed its consequences`).toBe(true);
      });
    } else {
      it(`${key} is a figure people read (${reader.readers})`, () => {
        for (const file of reader.files) expect(readFileSync(file, 'utf8'), file).toContain(key);
      });
    }
  }
});
