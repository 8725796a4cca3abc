import { scenarioFiles } from '../scenarios/catalog.ts';
import { runBatch } from './runBatch.ts';
import { seatChoices, totalVariation } from './seatChoices.ts';
import { policyProfiles, sensitivity } from './sensitivity.ts';
import { ROLES } from '../engine/index.ts';

// Prints the figures docs/calibration.md quotes, as Markdown, with the batch command for each row.
const RUNS = 1000;
const SEED = 'calibration';
const pct = (n: number) => `${Math.round((100 * n) / RUNS)}%`;
const KEY_OUTCOMES = ['prcDecisiveDefeat', 'prcVictory', 'taiwanCapitulates', 'stalemate', 'blockadeBroken', 'statusQuoRestored', 'negotiatedSettlement', 'generalWar'];
const CHECKPOINT_VERDICTS = ['prcDecisiveDefeat', 'stalemateTowardTaiwan', 'stalemate', 'stalemateTowardBeijing', 'prcVictory', 'taiwanCapitulates', 'negotiatedSettlement', 'generalWar'];
const KEY_METRICS = ['taiwanTerritoryHeldPct', 'lngDaysToExhaustion', 'inboundShipsLostPct', 'shipsLost.prc', 'shipsLost.us', 'shipsLost.japan', 'shipsLost.taiwan', 'aircraftLost.us', 'aircraftLost.japan', 'casualties.prc', 'casualties.taiwan', 'casualties.us', 'casualties.japan', 'gdpImpactPct.taiwan', 'turns'];

for (const file of scenarioFiles()) {
  console.log(`\n### ${file.title} (\`${file.id}\`)\n`);
  console.log(`| variant | ${KEY_OUTCOMES.join(' | ')} | distance from ${file.variants[0]!.id}${file.checkpointDays ? ' (at the checkpoint)' : ''} |`);
  console.log(`|---|${KEY_OUTCOMES.map(() => '---').join('|')}|---|`);
  const metricRows: string[] = [];
  const checkpointRows: string[] = [];
  let first: Record<string, number> | undefined;
  for (const v of file.variants) {
    const r = await runBatch({ scenarioId: file.id, variant: v.id, runs: RUNS, seed: SEED, mode: 'mixed' });
    // The distance is judged as the games are: an invasion at its checkpoint (engine/metrics.ts), others by their ending.
    const shares = Object.fromEntries(Object.entries(r.atCheckpoint ?? r.outcomes).map(([k, n]) => [k, n / RUNS]));
    first ??= shares;
    console.log(`| ${v.id} | ${KEY_OUTCOMES.map((o) => pct(r.outcomes[o] ?? 0)).join(' | ')} | ${Math.round(100 * totalVariation(first, shares))}% |`);
    if (r.atCheckpoint) checkpointRows.push(`| ${v.id} | ${CHECKPOINT_VERDICTS.map((o) => pct(r.atCheckpoint![o] ?? 0)).join(' | ')} |`);
    metricRows.push(`| ${v.id} | ${KEY_METRICS.map((m) => { const x = r.metrics[m]; return x?.p50 === null || x === undefined ? 'n/a' : `${x.p50}`; }).join(' | ')} |`);
  }
  console.log(`\nMedians (p50) of key metrics:\n\n| variant | ${KEY_METRICS.join(' | ')} |\n|---|${KEY_METRICS.map(() => '---').join('|')}|`);
  for (const row of metricRows) console.log(row);
  if (checkpointRows.length) {
    console.log(`\nJudged at the checkpoint (D+${file.checkpointDays}), as the published games were: a game still running is a stalemate trending one way.\n\n| variant | ${CHECKPOINT_VERDICTS.join(' | ')} |\n|---|${CHECKPOINT_VERDICTS.map(() => '---').join('|')}|`);
    for (const row of checkpointRows) console.log(row);
  }
  console.log(`\nReproduce a row: \`npm run sim -- batch --scenario ${file.id} --variant VARIANT --runs ${RUNS} --seed ${SEED}\``);
}

// What the seed articles' decisions change: Tokyo's policies over the same seeds, and the Takaichi reading against the base.
const choices = await seatChoices({ scenarioId: 'blockade', variant: 'base', role: 'tokyo', runs: RUNS, seed: SEED, mode: 'mixed' });
const outcomes = [...new Set(choices.policies.flatMap((p) => Object.keys(p.outcomes)))].sort();
const share = (x: number) => `${Math.round(100 * x)}%`;
console.log(`\n### What Tokyo's choices change in the blockade (\`blockade\`, \`base\`)\n`);
console.log(`Every other seat plays as its bot would on the same ${RUNS} seeds; only Tokyo's policy changes. "Changed": seeds whose outcome differs from \`${choices.policies[0]!.policy}\`; "distance": total variation between the outcome distributions.\n`);
console.log(`| Tokyo | ${outcomes.join(' | ')} | changed | distance |\n|---|${outcomes.map(() => '---').join('|')}|---|---|`);
for (const p of choices.policies) console.log(`| ${p.policy}: ${p.says} | ${outcomes.map((o) => share(p.outcomes[o] ?? 0)).join(' | ')} | ${share(p.changedFromReference)} | ${share(p.distanceFromReference)} |`);
console.log(`\nReproduce: \`npm run sim -- choices --scenario blockade --role tokyo --runs ${RUNS} --seed ${SEED}\``);

const JAPAN = ['japanAttacked', 'usForcesAttacked', 'casualties.japan', 'shipsLost.japan', 'gdpImpactPct.japan', 'allianceCredibility'];
const [base, reading] = await Promise.all(['base', 'takaichi-reading'].map((variant) => runBatch({ scenarioId: 'blockade', variant, runs: RUNS, seed: SEED, mode: 'mixed' })));
const dist = (r: typeof base) => Object.fromEntries(Object.entries(r!.outcomes).map(([k, n]) => [k, n / RUNS]));
console.log(`\n### The Takaichi reading against the base case (\`blockade\`)\n`);
console.log(`Outcome distributions differ by ${share(totalVariation(dist(base), dist(reading)))} (total variation). Means over ${RUNS} games:\n`);
console.log(`| variant | ${JAPAN.join(' | ')} |\n|---|${JAPAN.map(() => '---').join('|')}|`);
for (const r of [base!, reading!]) console.log(`| ${r.variant} | ${JAPAN.map((m) => r.metrics[m]?.mean ?? 'n/a').join(' | ')} |`);

// What each seat's choices change, choice against chance, and dominated options, per scenario's first variant.
const SENSITIVITY_RUNS = 300;
console.log(`\n## Sensitivity: what each seat changes, and how much is choice\n`);
console.log(`Per scenario's first variant, ${SENSITIVITY_RUNS} seeds from "${SEED}". An invasion is judged at its checkpoint, as the published games were; the others by their ending. "Flips": seeds whose outcome differs between the seat's cautious and hawkish bot, the other seats as mixed bots. "Choice": the share of the outcome's variance (Gini impurity) between profiles of the seats' play, the rest being chance (the dice), over every combination of the policies compared per seat (${policyProfiles().length}: each seat's cautious and hawkish bots and holding every turn, and Tokyo's consent without force and force without consent) and over the 16 where every seat is a cautious or hawkish bot. A policy is dominated when, seed by seed, it never ends better for its own seat (cli/outcomeValues.ts) and sometimes worse.\n`);
console.log(`| scenario | ${ROLES.map((r) => `${r} flips`).join(' | ')} | choice, all policies | choice, bots | dominated policies | dominant |\n|---|${ROLES.map(() => '---').join('|')}|---|---|---|---|`);
for (const file of scenarioFiles()) {
  const r = await sensitivity({ scenarioId: file.id, variant: file.variants[0]!.id, runs: SENSITIVITY_RUNS, seed: SEED });
  const dominated = r.seats.flatMap((s) => s.policies.filter((p) => p.dominatedBy.length).map((p) => `${s.role} ${p.policy} (by ${p.dominatedBy.join(', ')})`));
  const dominant = r.seats.filter((s) => s.dominant).map((s) => `${s.role} ${s.dominant}`);
  console.log(`| ${file.id} | ${r.seats.map((s) => share(s.changedByTemperament)).join(' | ')} | ${share(r.variance.policies.choiceShare)} | ${share(r.variance.temperaments.choiceShare)} | ${dominated.join('; ') || 'none'} | ${dominant.join('; ') || 'none'} |`);
}
console.log(`\nReproduce a row: \`npm run sim -- sensitivity --scenario ID --runs ${SENSITIVITY_RUNS} --seed ${SEED}\``);
