// How the strategist does against the fixed temperaments: for every shipped scenario's first variant and
// every seat, the seat's mean score (engine/scorecard.ts) over the same seeds as the cautious bot, the
// hawkish bot and the strategist, with the other seats all cautious or all hawkish bots.
// npm run report:strategist [-- --runs N] [--seed S] (16 runs, seeds "report-0" ... by default). Prints figures; asserts
// nothing. One thread: about a second a game. Another --seed checks that a change did not fit the default seeds.
import { allBots, pairedDifference, playGame, ROLES, roleScore, TEMPERAMENTS, type Actor, type PolicyTemperament } from '../engine/index.ts';
import { loadScenario, scenarioFiles } from '../scenarios/catalog.ts';
import { parseFlags } from './flags.ts';

const parsed = parseFlags(process.argv.slice(2), { runs: 'string', seed: 'string' }, 0, 'report:strategist');
if (!parsed.ok) throw new Error(parsed.error);
const RUNS = Number(parsed.value.values.runs ?? 16);
if (!Number.isInteger(RUNS) || RUNS < 2) throw new Error('--runs takes a whole number from 2');
const SEED = String(parsed.value.values.seed ?? 'report');
const SEATS: Actor[] = ['bot:cautious', 'bot:hawkish', 'bot:strategist'];

console.log(`The seat's mean score over ${RUNS} seeds ("${SEED}-0" ...), by who sits in it, against other seats all of one temperament.`);
console.log('"vs cautious" and "vs hawkish": the strategist\'s score minus the fixed bot\'s, seed by seed, mean ± standard error.');
console.log('Verdict: better when it beats both on average; the same when it scores as the better one on every seed (nothing it could choose did better on');
console.log('these seeds, often because that bot already meets every objective); worse when it trails either by more than two standard errors; otherwise within noise.\n');
console.log(['scenario', 'seat', 'others', 'cautious', 'hawkish', 'strategist', 'vs cautious', 'vs hawkish', 'verdict'].map((h, i) => h.padEnd(i < 2 ? 18 : i < 6 ? 11 : 16)).join(''));
const verdicts = { better: 0, 'the same': 0, 'within noise': 0, worse: 0 };
for (const file of scenarioFiles()) {
  const scenario = loadScenario(file.id);
  if (typeof scenario === 'string') throw new Error(scenario);
  for (const role of ROLES) {
    for (const others of TEMPERAMENTS as readonly PolicyTemperament[]) {
      const scores = SEATS.map((by) => Array.from({ length: RUNS }, (_, i) => roleScore(scenario, playGame(scenario, `${SEED}-${i}`, { ...allBots(others), [role]: by }, false).state, role)));
      const means = scores.map((xs) => xs.reduce((a, x) => a + x, 0) / RUNS);
      const vs = [pairedDifference(scores[2]!, scores[0]!), pairedDifference(scores[2]!, scores[1]!)];
      const best = means[0]! >= means[1]! ? 0 : 1;
      const same = scores[2]!.every((x, i) => x === scores[best]![i]);
      const verdict = vs.every((v) => v.mean > 0) ? 'better' : same ? 'the same' : vs.some((v) => v.mean < -2 * v.se) ? 'worse' : 'within noise';
      verdicts[verdict]++;
      const diff = (v: { mean: number; se: number }) => `${v.mean >= 0 ? '+' : ''}${v.mean.toFixed(3)}±${v.se.toFixed(3)}`;
      console.log([file.id, role, others, ...means.map((m) => m.toFixed(3)), ...vs.map(diff), verdict].map((c, i) => c.padEnd(i < 2 ? 18 : i < 6 ? 11 : 16)).join(''));
    }
  }
}
const rows = verdicts.better + verdicts['the same'] + verdicts['within noise'] + verdicts.worse;
console.log(`\nOf ${rows} (scenario, seat, others) cases, the strategist did better than both fixed temperaments in ${verdicts.better}, the same as the better one on every seed in ${verdicts['the same']}, within noise of it in ${verdicts['within noise']}, and worse in ${verdicts.worse}.`);
