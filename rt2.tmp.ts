import { botSeats, playGame } from './engine/index.ts';
import { loadScenario } from './scenarios/catalog.ts';
const [id, v] = process.argv.slice(2);
const s = loadScenario(id!, v!) as any;
const first = (g: any, pred: (st: any) => boolean) => { const k = g.states.findIndex(pred); return k < 0 ? 99 : k; };
const rows: any[] = [];
for (let i = 0; i < 300; i++) {
  const seed = `calibration-test#${i}`;
  const g: any = playGame(s, seed, botSeats('mixed', seed), true);
  const st = g.state;
  rows.push({ win: ['prcVictory','taiwanCapitulates'].includes(st.outcome),
    inv: first(g, (x: any) => x.tracks.beijing.coercion === 'amphibiousInvasion'),
    usIn: first(g, (x: any) => x.tracks.washington.posture === 'directIntervention'),
    japan: first(g, (x: any) => x.tracks.washington.operatingFrom === 'basesInJapan'),
    sdf: first(g, (x: any) => x.tracks.tokyo.sdfRole === 'defenceOperation'),
    strikes: first(g, (x: any) => x.tracks.tokyo.forceScope === 'strikesOnAttackingForces'),
    seats: Object.values(botSeats('mixed', seed)).join(',') });
}
const avg = (xs: any[], k: string) => (xs.reduce((a, r) => a + Math.min(r[k], 40), 0) / xs.length).toFixed(1);
for (const w of [true, false]) { const xs = rows.filter(r => r.win === w); console.log(w, xs.length, ['inv','usIn','japan','sdf','strikes'].map(k => `${k}=${avg(xs,k)}`).join(' ')); }
console.log(rows.filter(r=>r.win).slice(0,10));
