/**
 * `import mdir` through the command line: the reproducers of the import codes (with golden
 * stylish output) and a real import of the Telemark extract.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packageVersion } from '../src/package-version.js';
import { projectRoot, runCli } from './helpers/run-cli.js';
import { hasShared, sharedDir } from './helpers/shared.js';

describe('import mdir: reproducers of the import codes', () => {
  for (const code of ['import-format', 'import-row'] as const) {
    it(`${code}: exit 1, nothing on stdout, the golden message`, async () => {
      const result = await runCli(
        ['import', 'mdir', `test/fixtures/import/${code}.csv`, '-m', 'Porsgrunn'],
        projectRoot,
      );
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`  error  ${code}`);
      await expect(`${result.stderr}exit ${result.code}\n`).toMatchFileSnapshot(`golden/import/${code}.txt`);
    });
  }

  it('refuses an unknown municipality with the nearest names (exit 2)', async () => {
    const result = await runCli(
      ['import', 'mdir', join(sharedDir, 'data/mdir/telemark-2026.csv'), '-m', 'Porsgrun'],
      projectRoot,
    );
    if (!hasShared) return;
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Did you mean "Porsgrunn"?');
  });
});

describe.skipIf(!hasShared)('import mdir: the real Telemark extract', () => {
  it('writes the example inventory of Porsgrunn exactly as committed', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'klimabudsjett-import-')), 'mdir-2026.yaml');
    const result = await runCli(
      [
        'import',
        'mdir',
        join(sharedDir, 'data/mdir/telemark-2026.csv'),
        '--municipality',
        'Porsgrunn',
        '--vintage',
        '2026',
        '--source',
        'Miljødirektoratet, Klimagassutslipp fra kommuner (publ. 2026), Telemark-utdrag via Telemark fylkeskommune',
        '-o',
        out,
      ],
      projectRoot,
    );
    expect(result.code).toBe(0);
    // The modeline names the published schema; the example's names the one in this repository.
    const [modeline, ...rest] = readFileSync(out, 'utf8').split('\n');
    expect(modeline).toBe(
      `# yaml-language-server: $schema=https://cdn.jsdelivr.net/npm/klimabudsjett@${packageVersion()}/schemas/inventory.schema.json`,
    );
    const [exampleModeline, ...exampleRest] = readFileSync(
      join(projectRoot, 'examples/porsgrunn/inventory/mdir-2026.yaml'),
      'utf8',
    ).split('\n');
    expect(exampleModeline).toBe('# yaml-language-server: $schema=../../../schemas/inventory.schema.json');
    expect(rest).toEqual(exampleRest);
  });

  it('imports Skien to stdout with the published totals', async () => {
    const result = await runCli(
      ['import', 'mdir', join(sharedDir, 'data/mdir/telemark-2026.csv'), '-m', 'skien'],
      projectRoot,
    );
    expect(result.code).toBe(0);
    const inventory = parse(result.stdout) as {
      years: Record<string, Record<string, number | Record<string, number>>>;
    };
    const total = (year: string) =>
      Object.values(inventory.years[year] ?? {}).reduce<number>(
        (sum, sector) => sum + (typeof sector === 'number' ? sector : Object.values(sector).reduce((a, b) => a + b, 0)),
        0,
      );
    // domain.md §5.2: Skien 165 082 t in 2009 and 118 119 t in 2024
    expect(Math.round(total('2009'))).toBe(165082);
    expect(Math.round(total('2024'))).toBe(118119);
  });
});
