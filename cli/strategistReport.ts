// How the strategist does against the fixed temperaments: for every shipped scenario's first variant and
// every seat, the seat's mean score (engine/scorecard.ts) over the same seeds as the cautious bot, the
// hawkish bot and the strategist, with the other seats all cautious or all hawkish bots.
// npm run report:strategist [-- --runs N]. Prints figures; asserts nothing. One thread: about a second a game.
import { allBots, playGame, ROLES, roleScore, TEMPERAMENTS, type Actor, type PolicyTemperament } from '../engine/index.ts';
import { loadScenario, scenarioFiles } from '../scenarios/catalog.ts';

const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 8;
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs takes a whole number from 1');
const SEATS: Actor[] = ['bot:cautious', 'bot:hawkish', 'bot:strategist'];

console.log(`The seat's mean score over ${RUNS} seeds ("report-0" ...), by who sits in it, against other seats all of one temperament\n`);
console.log(['scenario', 'seat', 'others', 'cautious', 'hawkish', 'strategist', 'best'].map((h, i) => h.padEnd(i < 2 ? 18 : 11)).join(''));
let wins = 0;
let rows = 0;
for (const file of scenarioFiles()) {
  const scenario = loadScenario(file.id);
  if (typeof scenario === 'string') throw new Error(scenario);
  for (const role of ROLES) {
    for (const others of TEMPERAMENTS as readonly PolicyTemperament[]) {
      const means = SEATS.map((by) => {
        let sum = 0;
        for (let i = 0; i < RUNS; i++) sum += roleScore(scenario, playGame(scenario, `report-${i}`, { ...allBots(others), [role]: by }, false).state, role);
        return sum / RUNS;
      });
      const best = means[2]! > Math.max(means[0]!, means[1]!) ? 'strategist' : means[2]! === Math.max(means[0]!, means[1]!) ? 'tie' : 'fixed';
      wins += best === 'strategist' ? 1 : 0;
      rows++;
      console.log([file.id, role, others, ...means.map((m) => m.toFixed(3)), best].map((c, i) => c.padEnd(i < 2 ? 18 : 11)).join(''));
    }
  }
}
console.log(`\nThe strategist scored best in ${wins} of ${rows} (scenario, seat, others) cases.`);
