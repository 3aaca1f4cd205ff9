/**
 * The report commands (summary, pathway, measures, progress, costs, factors, export) as a user
 * calls them: formats by flag and by extension, files written atomically, usage errors (exit 2),
 * budgets with errors (exit 1), language and colour; in-process, and a few through the built bin.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli, spawnCli } from './helpers/run-cli.js';

const porsgrunn = join(projectRoot, 'examples', 'porsgrunn');
const minimal = join(projectRoot, 'examples', 'minimal');
const invalid = join(projectRoot, 'test', 'fixtures', 'invalid', 'unknown-factor');
const scratch = mkdtempSync(join(tmpdir(), 'klimabudsjett-reports-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('output files', () => {
  it('writes -o atomically in the format of its extension, and nothing on stdout', async () => {
    const result = await runCli(['summary', porsgrunn, '-o', 'summary.md'], scratch);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('Skrev summary.md.\n');
    const written = readFileSync(join(scratch, 'summary.md'), 'utf8');
    expect(written).toMatch(/^## Klimabudsjett 2026–2029, Porsgrunn: er vi i rute\?\n/);
    expect(readdirSync(scratch).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('lets --format win over the extension, and --quiet keep stderr empty', async () => {
    const result = await runCli(['measures', porsgrunn, '-o', 'measures.txt', '--format', 'json', '--quiet'], scratch);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(readFileSync(join(scratch, 'measures.txt'), 'utf8')).tables[0].id).toBe('measures');
  });

  it('refuses an extension it does not know', async () => {
    const result = await runCli(['summary', porsgrunn, '-o', 'summary.docx', '--lang', 'en'], scratch);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Cannot tell the format of summary.docx');
  });

  it('says in one line, not as a bug, when the output cannot be written (exit 2)', async () => {
    mkdirSync(join(scratch, 'taken.json'));
    const folder = await runCli(['export', porsgrunn, '-o', 'taken.json', '--lang', 'en'], scratch);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe('klimabudsjett: Could not write taken.json: it is a folder.\n');
    writeFileSync(join(scratch, 'file'), '');
    const underFile = await runCli(['summary', porsgrunn, '-o', 'file/summary.md', '--lang', 'en'], scratch);
    expect(underFile.code).toBe(2);
    expect(underFile.stderr).toBe('klimabudsjett: Could not write file/summary.md: a part of its path is a file.\n');
    expect(readdirSync(scratch).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves the workbook to export', async () => {
    const result = await runCli(['summary', porsgrunn, '-o', 'summary.xlsx', '--lang', 'en'], scratch);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('xlsx is written by export');
  });
});

describe('CSV: one table per output', () => {
  it('writes the first table of a listing and names the others on stderr', async () => {
    const result = await runCli(['costs', porsgrunn, '--format', 'csv'], projectRoot);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\r\n')[0]).toBe('År,Investering,Årlige kostnader,Sum');
    expect(result.stderr).toBe(
      'merk: skriver tabellen costs-by-year; de andre er costs-by-responsible, costs-measures, abatement-curve (velg en med --table).\n',
    );
  });

  it('writes the table --table names', async () => {
    const result = await runCli(['costs', porsgrunn, '--format', 'csv', '--table', 'abatement-curve'], projectRoot);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\r\n');
    // One curve per scope, each ranked from 1 and cumulated on its own (SPEC §5.6).
    expect(lines[1]).toMatch(/^Geografisk,1,/);
    expect(lines.find((line) => line.includes('KJ-1'))).toBe(
      'Egen drift,1,KJ-1,Færre kjemikalieprodukter (EcoOnline),Annet,-12500,40,40',
    );
  });

  it('refuses a table that is not there, and lists those that are', async () => {
    const result = await runCli(
      ['progress', porsgrunn, '--format', 'csv', '--table', 'costs', '--lang', 'en'],
      projectRoot,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Choose one of: progress, followup.');
  });

  it('export writes every table as CSV into a zip with -o report.zip, the same bytes every time', async () => {
    const result = await runCli(['export', porsgrunn, '-o', 'report.zip'], scratch);
    expect(result.code).toBe(0);
    const bytes = readFileSync(join(scratch, 'report.zip'));
    const entries = unzipSync(bytes);
    expect(Object.keys(entries)).toContain('measures.csv');
    const single = await runCli(['export', porsgrunn, '--format', 'csv', '--table', 'measures'], projectRoot);
    expect(strFromU8(entries['measures.csv'] as Uint8Array)).toBe(single.stdout);
    await runCli(['export', porsgrunn, '-o', 'again.zip'], scratch);
    expect(readFileSync(join(scratch, 'again.zip')).equals(bytes)).toBe(true);
  });

  it('export -o report.csv without --table names the tables and the zip', async () => {
    const result = await runCli(['export', porsgrunn, '-o', 'report.csv', '--lang', 'en'], scratch);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('-o report.zip');
  });

  it('export to stdout needs --table', async () => {
    const result = await runCli(['export', porsgrunn, '--format', 'csv', '--lang', 'en'], projectRoot);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('choose it with --table');
  });
});

describe('export --format json', () => {
  it('writes the same JSON to stdout and to -o, byte for byte on every run', async () => {
    const first = await runCli(['export', porsgrunn, '--format', 'json'], projectRoot);
    const second = await runCli(['export', porsgrunn, '--format', 'json'], projectRoot);
    // Same cwd: the report names its inventory files relative to it.
    const file = await runCli(['export', porsgrunn, '-o', join(scratch, 'report.json')], projectRoot);
    expect(first.code).toBe(0);
    expect(file.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(readFileSync(join(scratch, 'report.json'), 'utf8')).toBe(first.stdout);
    const report = JSON.parse(first.stdout);
    expect(report.targets[0].progress.achieved_pct).toBeCloseTo(17.868821774, 8);
  });
});

describe('options of measures and factors', () => {
  it('refuses a --year outside the report years', async () => {
    const result = await runCli(['measures', porsgrunn, '--year', '2040', '--lang', 'en'], projectRoot);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--year 2040 lies outside the budget's years 2026–2030.");
  });

  it('refuses a status that does not exist', async () => {
    const result = await runCli(['measures', porsgrunn, '--status', 'adopted,done', '--lang', 'en'], projectRoot);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--status: "done" is not a status.');
  });

  it('filters by status and searches factors', async () => {
    const measures = await runCli(
      ['measures', porsgrunn, '--status', 'in_progress,completed', '--format', 'json'],
      projectRoot,
    );
    const ids = JSON.parse(measures.stdout).tables[0].rows.map((row: { id: string }) => row.id);
    expect(ids).toEqual(['IN-1', 'AV-1', 'KJ-1']);
    const factors = await runCli(['factors', porsgrunn, '--search', 'NVE', '--format', 'json'], projectRoot);
    const factorIds = JSON.parse(factors.stdout).tables[0].rows.map((row: { id: string }) => row.id);
    expect(factorIds).toEqual(['electricity_nordic_location', 'electricity_residual_mix']);
  });
});

describe('budgets with problems', () => {
  it('prints the errors on stderr and computes nothing (exit 1)', async () => {
    const result = await runCli(['summary', invalid], projectRoot);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('error  unknown-factor');
  });

  it('gives exit 2 for a folder that does not exist', async () => {
    const result = await runCli(['export', join(scratch, 'nowhere'), '--format', 'json'], projectRoot);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('finnes ikke');
  });

  it('prints warnings but still reports', async () => {
    const dir = join(scratch, 'warning');
    cpSync(minimal, dir, { recursive: true });
    const measures = readFileSync(join(dir, 'measures', 'tiltak.yaml'), 'utf8');
    writeFileSync(join(dir, 'measures', 'tiltak.yaml'), measures.replace('    responsible: "Eiendom og drift"\n', ''));
    const result = await runCli(['measures', dir], projectRoot);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('warning  measure-without-responsible');
    expect(result.stdout).toContain('T-1');
    const quiet = await runCli(['measures', dir, '--quiet'], projectRoot);
    expect(quiet.stderr).toBe('');
  });
});

describe('language and colour', () => {
  it("takes the manifest's language unless --lang says otherwise", async () => {
    const dir = join(scratch, 'english');
    cpSync(minimal, dir, { recursive: true });
    const manifest = readFileSync(join(dir, 'budget.yaml'), 'utf8');
    writeFileSync(join(dir, 'budget.yaml'), manifest.replace('plan_period:', 'language: en\nplan_period:'));
    expect((await runCli(['summary', dir], projectRoot)).stdout).toContain('are we on track?');
    expect((await runCli(['summary', dir, '--lang', 'nn'], projectRoot)).stdout).toContain('er vi i rute?');
    expect((await runCli(['summary', minimal], projectRoot)).stdout).toContain('er vi i rute?');
  });

  it('colours a table on FORCE_COLOR, never with NO_COLOR or --no-color, never in files or CSV', async () => {
    const forced = { NO_COLOR: '', FORCE_COLOR: '1' };
    expect((await runCli(['summary', porsgrunn], projectRoot, { env: forced })).stdout).toContain('\u001b[');
    const noColor = await runCli(['summary', porsgrunn, '--no-color'], projectRoot, { env: forced });
    expect(noColor.stdout).not.toContain('\u001b[');
    const both = { NO_COLOR: '1', FORCE_COLOR: '1' };
    expect((await runCli(['summary', porsgrunn], projectRoot, { env: both })).stdout).not.toContain('\u001b[');
    const csv = await runCli(['measures', porsgrunn, '--format', 'csv'], projectRoot, { env: forced });
    expect(csv.stdout).not.toContain('\u001b[');
    await runCli(['summary', porsgrunn, '-o', 'coloured.txt'], scratch, { env: forced });
    expect(readFileSync(join(scratch, 'coloured.txt'), 'utf8')).not.toContain('\u001b[');
  });

  it('colours on a terminal by default', async () => {
    const result = await runCli(['summary', porsgrunn], projectRoot, { tty: true, env: { NO_COLOR: '' } });
    expect(result.stdout).toContain('\u001b[1mKlimabudsjett');
  });
});

const hasBuild = existsSync(join(projectRoot, 'dist', 'bundle', 'cli.js'));

describe.skipIf(!hasBuild)('through the built bin (after npm run build)', () => {
  it('summary in Norwegian and in English', () => {
    const nb = spawnCli(['summary', porsgrunn], projectRoot);
    expect(nb.code).toBe(0);
    expect(nb.stderr).toBe('');
    expect(nb.stdout).toMatch(/kep-2025 +2015 +114\u00a0865 +2024 +94\u00a0340 +−17,9\u00a0% +−35,0\u00a0% +nei/);
    const en = spawnCli(['summary', porsgrunn, '--lang', 'en'], projectRoot);
    expect(en.stdout).toMatch(/kep-2025 +2015 +114,865 +2024 +94,340 +-17\.9% +-35\.0% +no/);
  });

  it('export --format json in a folder', () => {
    const result = spawnCli(['export', '.', '--format', 'json'], minimal);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).municipality.name).toBe('Eksempelby');
  });

  it('measures --format csv and a usage error', () => {
    const csv = spawnCli(['measures', porsgrunn, '--format', 'csv'], projectRoot);
    expect(csv.stdout.startsWith('ID,Tiltak,Sektor,')).toBe(true);
    const usage = spawnCli(['measures', porsgrunn, '--sort', 'size', '--lang', 'en'], projectRoot);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--sort takes effect, cost, nok_per_t or id, not "size".');
  });
});
