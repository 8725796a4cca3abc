/// <reference types="vite/client" />
import './harness.css';
import { allBots, createGame, playGame, type GameState, type Role, type Scenario } from '../../engine/index.ts';
import { loadScenario, scenarioFiles } from '../../scenarios/catalog.ts';
import { mapContentsOf } from './mapContents.ts';
import type { TheatreMap } from './types.ts';

/**
 * A page to look at the map on its own: plays a scenario with bots, one state per click, plus a
 * "showcase" of hand-made states that exercise every layer (strikes, invasion, each US posture).
 */

interface Step { label: string; state: GameState }

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const host = $('map');
const card = $('card');
const status = $('status');
const select = $<HTMLSelectElement>('scenario');
const seedInput = $<HTMLInputElement>('seed');

for (const id of [...scenarioFiles().map((f) => f.id), 'showcase']) select.add(new Option(id, id));
const params = new URLSearchParams(location.search);
select.value = params.get('scenario') ?? 'blockade';
seedInput.value = params.get('seed') ?? seedInput.value;

function played(scenario: Scenario, seed: string, turns: number): Step[] {
  const game = playGame(scenario, seed, allBots('hawkish'));
  return [
    { label: 'start', state: game.states[0]! },
    ...game.turns.slice(0, turns).map((t, k) => ({
      label: `turn ${k + 1}: ${t.commands.filter((c) => c.decision !== 'hold').map((c) => `${c.role} ${c.decision}`).join(', ') || 'all hold'}`,
      state: game.states[k + 1]!,
    })),
  ];
}

/** Hand-made states so each look can be seen without waiting for the bots to reach it. */
function showcase(scenario: Scenario): Step[] {
  const base = createGame(scenario, 'showcase');
  const make = (label: string, f: (s: GameState) => void): Step => {
    const s = structuredClone(base);
    f(s);
    return { label, state: s };
  };
  const track = <R extends Role>(s: GameState, role: R, patch: Partial<GameState['tracks'][R]>) => {
    s.tracks[role] = { ...s.tracks[role], ...patch };
  };
  return [
    make('exercise, strategic ambiguity', () => {}),
    make('quarantine, warnings, MSDF on station', (s) => { track(s, 'beijing', { coercion: 'quarantine' }); track(s, 'washington', { posture: 'warningsAndShowOfForce' }); track(s, 'tokyo', { determination: 'importantInfluenceSituation', maritimeSecurity: 'ordered' }); s.indicators.shippingPct = 70; s.indicators.lngDays = 8; }),
    make('blockade, strikes on Taiwan, convoys', (s) => { track(s, 'beijing', { coercion: 'blockade', missileStrikes: 'onTaiwanOnly' }); track(s, 'washington', { posture: 'convoyEscort' }); track(s, 'tokyo', { determination: 'anticipatedArmedAttackSituation' }); s.indicators.shippingPct = 22; s.indicators.lngDays = 3; s.indicators.coalDays = 25; s.indicators.oilDays = 120; }),
    make('invasion, strikes on allied bases, intervention from Japan', (s) => { track(s, 'beijing', { coercion: 'amphibiousInvasion', missileStrikes: 'alsoOnAlliedBases' }); track(s, 'washington', { posture: 'directIntervention', operatingFrom: 'basesInJapan' }); track(s, 'tokyo', { determination: 'survivalThreateningSituation' }); s.flags.invasionLaunched = true; s.forces.amphibiousFleetPct = 80; s.forces.plaAshore = 30; s.indicators.taiwanTerritoryHeldPct = 6; s.indicators.shippingPct = 5; s.indicators.lngDays = 0; s.indicators.coalDays = 12; s.indicators.oilDays = 100; }),
    make('invasion grinding on, fleet halved', (s) => { track(s, 'beijing', { coercion: 'amphibiousInvasion', missileStrikes: 'alsoOnAlliedBases' }); track(s, 'washington', { posture: 'directIntervention', operatingFrom: 'basesInJapan' }); track(s, 'tokyo', { determination: 'armedAttackSituation' }); s.flags.invasionLaunched = true; s.forces.amphibiousFleetPct = 35; s.forces.plaAshore = 60; s.indicators.taiwanTerritoryHeldPct = 22; s.indicators.shippingPct = 2; s.indicators.lngDays = 0; s.indicators.coalDays = 2; s.indicators.oilDays = 70; }),
    make('ceasefire, US standing aside', (s) => { track(s, 'beijing', { coercion: 'ceasefire' }); track(s, 'washington', { posture: 'standingAside' }); s.flags.invasionLaunched = true; s.indicators.taiwanTerritoryHeldPct = 22; s.indicators.shippingPct = 45; s.indicators.lngDays = 4; }),
  ];
}

let map: TheatreMap | null = null;
let steps: Step[] = [];
let index = 0;
let scenario: Scenario;

function render(): void {
  const step = steps[index]!;
  map!.show(step.state, scenario);
  const s = step.state;
  status.textContent = `${index + 1}/${steps.length} · ${step.label} · shipping ${Math.round(s.indicators.shippingPct)}% · LNG ${s.indicators.lngDays.toFixed(1)} d${s.outcome ? ` · outcome ${s.outcome}` : ''}`;
  document.body.dataset.step = String(index);
}

async function start(): Promise<void> {
  const id = select.value;
  const loaded = loadScenario(id === 'showcase' ? 'invasion' : id);
  if (typeof loaded === 'string') throw new Error(loaded);
  scenario = loaded;
  steps = id === 'showcase' ? showcase(scenario) : played(scenario, seedInput.value, 12);
  index = 0;
  const contents = mapContentsOf(scenario.id);
  const t0 = performance.now();
  // One map for the page: another scenario reconfigures it, as the app does.
  if (map) map.configure(contents);
  else {
    const { createTheatreMap } = await import('./createTheatreMap.ts');
    map = await createTheatreMap(host, {
      contents,
      onHover(info) {
        if (!info) { card.hidden = true; return; }
        card.replaceChildren();
        const title = document.createElement('strong');
        title.textContent = info.title;
        card.append(title, ...info.lines.map((l) => { const d = document.createElement('div'); d.textContent = l; return d; }));
        card.style.left = `${Math.min(info.x + 14, host.clientWidth - 330)}px`;
        card.style.top = `${info.y + 14}px`;
        card.hidden = false;
      },
    });
  }
  render();
  document.body.dataset.ready = String(Math.round(performance.now() - t0));
  (window as unknown as { __map: TheatreMap }).__map = map;
}

$('next').addEventListener('click', () => { if (index < steps.length - 1) { index++; render(); } });
$('prev').addEventListener('click', () => { if (index > 0) { index--; render(); } });
$('reset').addEventListener('click', () => map?.resetView());
$('restart').addEventListener('click', () => void start());
select.addEventListener('change', () => void start());

void start();
