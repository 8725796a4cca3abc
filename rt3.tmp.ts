import { botSeats, gameMetrics, playGame } from './engine/index.ts';
import { loadScenario } from './scenarios/catalog.ts';
for (const v of ['comprehensive', 'reserves-2030']) {
  const s = loadScenario('quarantine', v) as any;
  const xs: number[] = []; let nul = 0; const oc = new Map();
  for (let i = 0; i < 300; i++) { const seed = `calibration-test#${i}`; const g = playGame(s, seed, botSeats('mixed', seed), false); const m = gameMetrics(g.state).lngDaysToExhaustion; if (m === null) nul++; else xs.push(m); oc.set(g.state.outcome, (oc.get(g.state.outcome)??0)+1); }
  xs.sort((a, b) => a - b);
  console.log(v, 'n', xs.length, 'null', nul, 'median', xs[Math.floor(xs.length / 2)], 'q', xs[Math.floor(xs.length/4)], xs[Math.floor(3*xs.length/4)], [...oc]);
}
