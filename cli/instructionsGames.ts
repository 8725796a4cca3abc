import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { internalized } from '../engine/internalized.ts';
import { runGameColumns } from './batchGames.ts';

// Run by cli/benchInstructions.ts under Valgrind: games [0, N) of the resolved scenario in the file named, as a batch
// plays them, then a digest of their outcomes and metrics, so two versions of the engine can be shown to play the
// same games. Arguments: the scenario's JSON file, N, the batch seed.
const [file, runs, seed] = process.argv.slice(2);
// As a worker has it: a copy made by a message between threads, its texts then internalized (cli/batchWorker.ts).
const scenario = internalized(structuredClone(JSON.parse(readFileSync(file!, 'utf8'))));
const games = runGameColumns(scenario, seed!, 'mixed', 0, Number(runs));
const digest = createHash('sha256').update(games.outcomes).update(new Uint8Array(games.metrics.buffer)).digest('hex');
console.log(`games ${digest.slice(0, 16)}`);
