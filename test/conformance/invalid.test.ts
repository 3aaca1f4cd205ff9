import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { conformanceCases, hasShared } from '../helpers/shared.js';

interface ExpectedDiagnostics {
  exit_code: number;
  diagnostics: Record<string, string | number>[];
}

describe.skipIf(!hasShared)('conformance: invalid budgets (../shared/conformance/invalid)', () => {
  for (const caseDir of conformanceCases('invalid')) {
    it(basename(caseDir), async () => {
      const expected = JSON.parse(
        readFileSync(join(caseDir, 'expected-diagnostics.json'), 'utf8'),
      ) as ExpectedDiagnostics;
      const result = await runCli(['validate', '.', '--format', 'json'], caseDir);
      expect(result.code).toBe(expected.exit_code);
      const got = (JSON.parse(result.stdout) as { diagnostics: Record<string, unknown>[] }).diagnostics;
      for (const want of expected.diagnostics) {
        const match = got.some((diagnostic) =>
          Object.entries(want).every(([key, value]) => String(diagnostic[key]) === String(value)),
        );
        expect(match, `no diagnostic matching ${JSON.stringify(want)} in ${JSON.stringify(got, null, 1)}`).toBe(true);
      }
    });
  }
});
