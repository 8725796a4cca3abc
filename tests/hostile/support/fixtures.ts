// Real files to attack: the shipped scenarios, the golden replays, and replays built here with the
// engine so that their state hashes are genuine and only the attack differs.
import { readFileSync } from 'node:fs';
import { createGame, createReplay, resolveTurn, stateHash, ROLES, type Command, type FacilitatorCommand, type Replay } from '../../../engine/index.ts';
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
  let state = createGame(scenario, seed);
  const turns = [];
  for (let t = 0; t < 3; t++) {
    const white: FacilitatorCommand[] = t === 1 ? facilitator.map((action) => ({ turn: t, action, reason })) : [];
    const commands: Command[] = ROLES.map((role) => ({ turn: t, role, decision: 'hold', by: 'human' }));
    const r = resolveTurn(scenario, state, commands, white);
    if (!r.ok) throw new Error(r.error);
    state = r.value.state;
    turns.push({ turn: t, commands, facilitator: white, stateHash: stateHash(state) });
  }
  return createReplay(scenario, seed, turns, state);
}

/** A replay whose facilitator sets shipping.noise to 5 (a share: 0-1), recorded with the hashes that gives; made with the code of 703d6b8, which accepted it. */
export const NOISE_OUT_OF_BOUNDS = read('tests/hostile/fixtures/noise-out-of-bounds.replay.json');

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
