import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { NO_COLOR: '1' },
    // Removes FORCE_COLOR (an empty one would make Node ≥ 24 warn in every child process).
    setupFiles: ['test/helpers/no-force-color.ts'],
  },
});
