// The strategist worker: decides the strategist seats of each turn it is sent. The page keeps one for the
// game, so the engine's code is compiled and its machine queries memoised once, not every turn.
import { strategistChoices, type FromStrategistWorker, type ToStrategistWorker } from './strategist.ts';

const scope = self as unknown as {
  postMessage(message: FromStrategistWorker): void;
  onmessage: ((e: MessageEvent<ToStrategistWorker>) => void) | null;
};
scope.onmessage = (e) => {
  const { id, job } = e.data;
  try {
    scope.postMessage({ id, choices: strategistChoices(job) });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
