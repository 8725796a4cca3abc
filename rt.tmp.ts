import { botSeats, playGame } from './engine/index.ts';
import { loadScenario } from './scenarios/catalog.ts';
const [id, v] = process.argv.slice(2);
const s = loadScenario(id!, v!) as any;
const tally = new Map<string, number>();
for (let i = 0; i < 300; i++) {
  const seed = `calibration-test#${i}`;
  const g = playGame(s, seed, botSeats('mixed', seed), true);
  const st = g.state;
  const ev = g.turns.flatMap((t: any) => t.events);
  const wp = ev.some((e: any) => e.type === 'machineEvent' && e.event === 'warPowersDeadline');
  const fromJapan = g.turns.some((t: any, k: number) => g.states?.[k+1]?.tracks.washington.operatingFrom === 'basesInJapan') ;
  const key = `${st.outcome}|${st.ending}|wp=${wp}|consent=${st.tracks.tokyo.priorConsultation}|cong=${st.tracks.washington.congress}|posture=${st.tracks.washington.posture}`;
  tally.set(key, (tally.get(key) ?? 0) + 1);
}
console.log([...tally].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n}\t${k}`).join('\n'));
