/**
 * One reproducer per diagnostic code (hledger's test/errors discipline): test/fixtures/invalid/<code>/
 * is a small budget folder that produces that code and nothing else. Its stylish and JSON outputs are
 * pinned in test/golden/invalid/; the goldens double as documentation of every error message.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type DiagnosticCode, diagnosticCodes, ioFailureCodes, isDiagnosticCode } from '../src/diagnostics/codes.js';
import { runCli } from './helpers/run-cli.js';

const fixturesDir = fileURLToPath(new URL('fixtures/invalid', import.meta.url));

/** Codes without a reproducer here, each with the reason. */
const notReproducedHere: Partial<Record<DiagnosticCode, string>> = {
  'import-format': 'reported by `import`, not by `validate`: reproduced in test/import-cli.test.ts',
  'import-row': 'reported by `import`, not by `validate`: reproduced in test/import-cli.test.ts',
  'import-value': 'reported by `import measures`, not by `validate`: reproduced in test/template.test.ts',
};

const fixtures = existsSync(fixturesDir)
  ? readdirSync(fixturesDir)
      .filter((name) => statSync(join(fixturesDir, name)).isDirectory())
      .sort()
  : [];

interface JsonOutput {
  diagnostics: { code: string; severity: string; file: string; line: number | null; message: string }[];
  summary: { errors: number; warnings: number; infos: number };
}

/** The exit code `validate` must give for a budget whose only problem is `code`. */
function expectedExit(code: DiagnosticCode): number {
  if (ioFailureCodes.has(code)) return 2;
  return diagnosticCodes[code].severity === 'error' ? 1 : 0;
}

describe('every diagnostic code has a reproducer', () => {
  it('has a fixture for each code of codes.ts (except those listed with a reason)', () => {
    const wanted = Object.keys(diagnosticCodes).filter((code) => !(code in notReproducedHere));
    const missing = wanted.filter((code) => !fixtures.includes(code));
    expect(missing, `add test/fixtures/invalid/<code>/ for: ${missing.join(', ')}`).toEqual([]);
  });

  it('names every fixture folder after a code', () => {
    const strays = fixtures.filter((name) => !isDiagnosticCode(name));
    expect(strays, 'fixture folders must be named after a code of codes.ts').toEqual([]);
  });

  it('lists only existing codes as exceptions', () => {
    expect(Object.keys(notReproducedHere).filter((code) => !isDiagnosticCode(code))).toEqual([]);
  });
});

describe.each(fixtures.filter(isDiagnosticCode))('fixtures/invalid/%s', (code) => {
  const dir = join(fixturesDir, code);

  it('gives the code, with its default severity, and nothing else', async () => {
    const result = await runCli(['validate', '.', '--format', 'json', '--lang', 'en'], dir);
    const output = JSON.parse(result.stdout) as JsonOutput;
    expect(output.diagnostics.map((diagnostic) => diagnostic.code)).toEqual([code]);
    expect(output.diagnostics[0]?.severity).toBe(diagnosticCodes[code].severity);
    expect(result.code).toBe(expectedExit(code));
    expect(result.stderr).toBe('');
  });

  it('matches the stylish golden file (English, the reference)', async () => {
    const result = await runCli(['validate', '.', '--format', 'stylish', '--lang', 'en'], dir);
    expect(result.stdout).toBe('');
    await expect(`${result.stderr}exit ${result.code}\n`).toMatchFileSnapshot(`golden/invalid/${code}.txt`);
  });

  it('matches the JSON golden file (English)', async () => {
    const result = await runCli(['validate', '.', '--format', 'json', '--lang', 'en'], dir);
    await expect(result.stdout).toMatchFileSnapshot(`golden/invalid/${code}.json`);
  });

  it('says it in bokmål by default (the fixture has no `language`), as its golden file shows', async () => {
    const result = await runCli(['validate', '.', '--format', 'stylish'], dir);
    await expect(`${result.stderr}exit ${result.code}\n`).toMatchFileSnapshot(`golden/invalid/nb/${code}.txt`);
    const english = await runCli(['validate', '.', '--format', 'stylish', '--lang', 'en'], dir);
    expect(result.code).toBe(english.code);
  });
});

/** A few broken budgets in nynorsk (every code is pinned in bokmål above). */
const nynorskFixtures = ['unknown-factor', 'schema', 'year-order', 'target-reduction-sign', 'yaml-syntax'] as const;

describe.each(nynorskFixtures)('validate --lang nn on fixtures/invalid/%s', (code) => {
  it('matches its nynorsk golden file', async () => {
    const result = await runCli(['validate', '.', '--lang', 'nn'], join(fixturesDir, code));
    await expect(`${result.stderr}exit ${result.code}\n`).toMatchFileSnapshot(`golden/invalid/nn/${code}.txt`);
  });
});

/** The CI formats for a few fixtures: an error with a hint, a warning, and a whole-file error without a range. */
const formatFixtures = ['unknown-factor', 'measure-without-responsible', 'file-empty'] as const;
const ciFormats = { github: 'txt', junit: 'xml', sarif: 'json' } as const;

describe.each(formatFixtures)('validate --format github|junit|sarif on fixtures/invalid/%s', (code) => {
  it.each(Object.entries(ciFormats))('%s matches its golden file', async (format, extension) => {
    const result = await runCli(['validate', '.', '--format', format, '--lang', 'en'], join(fixturesDir, code));
    expect(result.code).toBe(expectedExit(code));
    expect(result.stderr).toBe('');
    // The tool's version changes with every release; the SARIF format version stays.
    const output = result.stdout.replace(/("name": "klimabudsjett",\s*"version": )"[^"]*"/, '$1"<version>"');
    await expect(output).toMatchFileSnapshot(`golden/validate-formats/${code}.${format}.${extension}`);
  });
});
