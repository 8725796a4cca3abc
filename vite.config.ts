import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './ui/csp.ts';
import { landPlugin } from './ui/map/landPlugin.ts';
import { offlineApp } from './ui/offlineApp.ts';

export default defineConfig({
  // Relative paths: the build runs from any folder of any static host (a school's /games/kuroshio/).
  base: './',
  // landPlugin clips Natural Earth land to the theatre at build time (virtual:theatre-land); offlineApp
  // adds the web app manifest and the service worker that keeps the build for offline play.
  plugins: [contentSecurityPolicy(), landPlugin(), offlineApp()],
  build: {
    target: 'es2022',
    // The map (pixi.js) is loaded lazily; keep the entry chunk for the shell small.
    chunkSizeWarningLimit: 800,
  },
  test: {
    // Some tests spawn the CLI, whose workers compile TypeScript on start: allow for a loaded machine.
    testTimeout: 60_000,
    // Every language's pack installed before each test file, as the CLI does: tests speak ja and zh-TW at will
    // (the browser loads one pack at a time, scenarios/languages/load.ts).
    setupFiles: ['scenarios/languages/all.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // One test file per core. Vitest's default is one fewer than the cores, which on a 2-core machine ran
          // every unit file one at a time; its own process mostly waits once modules are transformed.
          maxWorkers: availableParallelism(),
          // A case of the property tests or a walk of Tokyo's machine is a minute of CPU or more on a 2-core
          // machine that other work is loading, with two files running: a timeout is for a hang, not for load.
          testTimeout: 180_000,
          // Test files in a worker share its loaded modules instead of loading the engine, the scenarios and
          // their schemas again for each file (most of a small file's time). So a test file must leave
          // process-wide state as it found it: restore globals it sets (vi.unstubAllGlobals, delete), the
          // language it picks, the working folder and the console (tests/cli/support.ts does both).
          isolate: false,
          include: ['tests/**/*.test.ts', 'engine/**/*.test.ts', 'scenarios/**/*.test.ts', 'cli/**/*.test.ts', 'ui/**/*.test.ts'],
          exclude: ['tests/e2e/**', '**/*.e2e.test.ts', '**/node_modules/**'],
        },
      },
      {
        // Browser tests: the app is built and served once for the whole run. They run after the unit files
        // (groupOrder), on Vitest's default number of workers, so a browser never shares a 2-core machine
        // with a unit file and a second browser: its clicks and screenshots then keep to their timeouts.
        extends: true,
        test: {
          name: 'e2e',
          // A browser test that takes 13 s on a quiet machine took over 60 s in CI while other work loaded the
          // machine (load average 16): as for the unit files, a timeout is for a hang, not for load.
          testTimeout: 180_000,
          include: ['tests/e2e/**/*.test.ts', 'tests/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
