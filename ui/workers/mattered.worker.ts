// A worker of "which decisions mattered": makes the plan from the job (the game's log replayed once),
// then plays a range of its units (a way of playing a turn, over one seed), reporting progress.
import { matteredPlan, playUnit, type MatteredJob } from './mattered.ts';
import { serveRange } from './serveRange.ts';

serveRange((job: MatteredJob) => matteredPlan(job), playUnit);
