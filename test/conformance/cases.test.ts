import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithExpected } from '../helpers/compare-expected.js';
import { runCli } from '../helpers/run-cli.js';
import { conformanceCases, hasShared } from '../helpers/shared.js';

/**
 * The conformance cases of ../shared/conformance/cases, run as compare.py runs them: `export .
 * --format json` in the case folder (in-process here), exit 0, every value of expected.json found
 * at its place in the output by compare.py's rules.
 */
describe.skipIf(!hasShared)('conformance: computed budgets (../shared/conformance/cases)', () => {
  for (const caseDir of conformanceCases('cases')) {
    it(basename(caseDir), async () => {
      const result = await runCli(['export', '.', '--format', 'json'], caseDir);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const expected: unknown = JSON.parse(readFileSync(join(caseDir, 'expected.json'), 'utf8'));
      expect(compareWithExpected(JSON.parse(result.stdout), expected)).toEqual([]);
    });
  }
});
