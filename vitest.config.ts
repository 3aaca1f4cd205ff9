import { defineConfig } from 'vitest/config';

/**
 * The slow tests: fuzzing, the workbook at scale, LibreOffice, the packed package and the CI of a
 * budget repository (each spawns npm or LibreOffice, or loads thousands of inputs). The everyday
 * `npx vitest` leaves them out; `npm test` (and so `.ci/run`) sets KB_SLOW=1 and runs everything.
 */
export const slowTests = [
  'test/fuzz.test.ts',
  'test/xlsx-scale.test.ts',
  'test/xlsx-libreoffice.test.ts',
  'test/package.test.ts',
  'test/ci-workflow.test.ts',
  'test/bad-input-corpus.test.ts',
];

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...(process.env.KB_SLOW === '1' ? [] : slowTests)],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { NO_COLOR: '1' },
    // Removes FORCE_COLOR (an empty one would make Node ≥ 24 warn in every child process).
    setupFiles: ['test/helpers/no-force-color.ts'],
  },
});
