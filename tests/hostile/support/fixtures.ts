// Real files to attack: the shipped scenarios, the golden replays, and replays built here with the
// engine so that their state hashes are genuine and only the attack differs.
import { readFileSync } from 'node:fs';
import { createGame, createReplay, fromLog, playTurns, ROLES, type Command, type FacilitatorCommand, type Replay } from '../../../engine/index.ts';
import { loadScenario } from '../../../scenarios/catalog.ts';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

export const SCENARIO_FILES = ['quarantine', 'blockade', 'invasion', 'southwest-islands'].map((id) => ({ name: `scenarios/${id}.json`, text: read(`scenarios/${id}.json`) }));
export const GOLDEN_REPLAYS = ['blockade-base-cautious', 'blockade-base-hawkish', 'blockade-takaichi-mixed', 'blockade-no-resupply']
  .map((name) => ({ name: `tests/golden/${name}.replay.json`, text: read(`tests/golden/${name}.replay.json`) }));

export const goldenText = () => GOLDEN_REPLAYS[0]!.text;
export const goldenJson = () => JSON.parse(goldenText()) as Replay;

/**
 * A replay recorded by the engine of today from `facilitator` commands given in turn 1 (the seed
 * and everything else as given), so its hashes are right: what an attacker who edits a file and
 * re-records the hashes produces. The engine does not check free text; the replay format does.
 */
export function recordedReplay(seed: string, facilitator: FacilitatorCommand['action'][], reason = 'for the class'): Replay {
  const scenario = loadScenario('blockade', 'base');
  if (typeof scenario === 'string') throw new Error(scenario);
  const log = [0, 1, 2].map((t) => ({
    commands: ROLES.map((role): Command => ({ turn: t, role, decision: 'hold', by: 'human' })),
    facilitator: t === 1 ? facilitator.map((action): FacilitatorCommand => ({ turn: t, action, reason })) : [],
  }));
  const played = playTurns(scenario, createGame(scenario, seed), fromLog(log));
  if (played.stopped) throw new Error(JSON.stringify(played.stopped));
  return createReplay(scenario, seed, played.turns, played.state);
}

/**
 * A replay whose facilitator sets shipping.noise to 5 (a share: 0-1) before turn 2, as an engine without bounds
 * (the code of 703d6b8) accepted and recorded. Turn 1 is genuine; the engine refuses turn 2 before its hash is read.
 */
export const NOISE_OUT_OF_BOUNDS = (() => {
  const replay = recordedReplay('noise-bounds', []);
  replay.turns[1]!.facilitator = [{ turn: 1, action: { kind: 'setParameter', path: 'shipping.noise', value: 5 }, reason: 'more friction' }];
  return JSON.stringify(replay, null, 2);
})();

/** Text as bytes in an encoding an editor might save it in. */
export function encode(text: string, as: 'utf8' | 'utf8bom' | 'utf16le' | 'utf16lebom' | 'utf16be' | 'utf16bebom' | 'utf32le'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  switch (as) {
    case 'utf8': return Buffer.from(text, 'utf8');
    case 'utf8bom': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le': return le;
    case 'utf16lebom': return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
    case 'utf16be': return be;
    case 'utf16bebom': return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
    case 'utf32le': {
      const chars = [...text];
      const out = Buffer.alloc(4 + chars.length * 4);
      out.writeUInt32LE(0xfeff, 0);
      chars.forEach((c, i) => out.writeUInt32LE(c.codePointAt(0)!, 4 + 4 * i));
      return out;
    }
  }
}
