import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'engine/**/*.test.ts', 'scenarios/**/*.test.ts', 'cli/**/*.test.ts'],
    // Some tests spawn the CLI, whose workers compile TypeScript on start: allow for a loaded machine.
    testTimeout: 60_000,
  },
});
