// A futures worker: plays a range of seeds and reports progress about every 50 ms, then the results.
import { playFuture, type FuturesJob } from './futures.ts';
import { serveRange } from './serveRange.ts';

serveRange((job: FuturesJob) => job, playFuture);
