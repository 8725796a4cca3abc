import { scenarioFiles } from '../scenarios/catalog.ts';
import { runBatch } from './runBatch.ts';

// Prints the figures docs/calibration.md quotes, as Markdown, with the batch command for each row.
const RUNS = 1000;
const SEED = 'calibration';
const pct = (n: number) => `${Math.round((100 * n) / RUNS)}%`;
const KEY_OUTCOMES = ['prcDecisiveDefeat', 'prcVictory', 'taiwanCapitulates', 'stalemate', 'blockadeBroken', 'statusQuoRestored', 'negotiatedSettlement', 'generalWar'];
const KEY_METRICS = ['taiwanTerritoryHeldPct', 'lngDaysToExhaustion', 'inboundShipsLostPct', 'shipsLost.prc', 'shipsLost.us', 'shipsLost.japan', 'shipsLost.taiwan', 'aircraftLost.us', 'aircraftLost.japan', 'casualties.prc', 'casualties.taiwan', 'casualties.us', 'casualties.japan', 'gdpImpactPct.taiwan', 'turns'];

for (const file of scenarioFiles()) {
  console.log(`\n### ${file.title} (\`${file.id}\`)\n`);
  console.log(`| variant | ${KEY_OUTCOMES.join(' | ')} |`);
  console.log(`|---|${KEY_OUTCOMES.map(() => '---').join('|')}|`);
  const metricRows: string[] = [];
  for (const v of file.variants) {
    const r = await runBatch({ scenarioId: file.id, variant: v.id, runs: RUNS, seed: SEED, mode: 'mixed' });
    console.log(`| ${v.id} | ${KEY_OUTCOMES.map((o) => pct(r.outcomes[o] ?? 0)).join(' | ')} |`);
    metricRows.push(`| ${v.id} | ${KEY_METRICS.map((m) => { const x = r.metrics[m]; return x?.p50 === null || x === undefined ? 'n/a' : `${x.p50}`; }).join(' | ')} |`);
  }
  console.log(`\nMedians (p50) of key metrics:\n\n| variant | ${KEY_METRICS.join(' | ')} |\n|---|${KEY_METRICS.map(() => '---').join('|')}|`);
  for (const row of metricRows) console.log(row);
  console.log(`\nReproduce a row: \`npm run sim -- batch --scenario ${file.id} --variant VARIANT --runs ${RUNS} --seed ${SEED}\``);
}
