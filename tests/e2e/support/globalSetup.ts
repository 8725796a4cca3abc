// Vitest global setup for the e2e project: build the app once per test run, serve it on a free
// port, hand its URL to every e2e test file (`appUrl()` in ./app.ts), and stop the server and
// delete the build when the run ends. Runs in Vitest's main process, not in a test worker.
//
// If the app does not build, the error is handed to the tests instead of thrown here: a throw
// would abort the whole run (unit tests included) and leave a report that counts no failure;
// this way every e2e test fails with the build's error and the other tests still run.
import type { TestProject } from 'vitest/node';
import { startApp } from './server.ts';
// The keys of Vitest's ProvidedContext used here are declared in ./app.ts.

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const t0 = performance.now();
  try {
    const app = await startApp();
    console.log(`e2e: built the app in ${(app.buildMs / 1000).toFixed(1)} s, serving it at ${app.url} (${((performance.now() - t0) / 1000).toFixed(1)} s in all)`);
    project.provide('appUrl', app.url);
    project.provide('appDir', app.outDir);
    project.provide('appError', '');
    return () => app.close();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    console.error(`e2e: the app could not be built and served: ${message}`);
    project.provide('appUrl', '');
    project.provide('appDir', '');
    project.provide('appError', message);
    return undefined;
  }
}
