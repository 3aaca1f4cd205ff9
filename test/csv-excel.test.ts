/**
 * `--excel-csv`: the CSV an adviser double-clicks. The dialect itself (BOM, `;`, decimal comma,
 * CRLF, quoting, the formula guard), then the proof that matters: LibreOffice, told what Norwegian
 * Excel assumes (`;`, UTF-8, Norwegian number parsing), reads the Excel CSV into the same cells,
 * numbers as numbers, as it reads the plain CSV with `,` and English number parsing. Skipped, with a
 * note, where soffice is not installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { renderCsvTable } from '../src/render/csv.js';
import type { Table } from '../src/render/table.js';
import { soffice } from './helpers/libreoffice.js';
import { projectRoot, runCli } from './helpers/run-cli.js';
import { loadWorkbook } from './helpers/xlsx-to-text.js';

const example = join(projectRoot, 'examples/porsgrunn');
const work = mkdtempSync(join(tmpdir(), 'klimabudsjett-excel-csv-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const table: Table = {
  id: 't',
  title: 'T',
  columns: [
    { id: 'name', header: 'Navn; kort', type: 'text' },
    { id: 'tonnes', header: 't', type: 'tonnes' },
    { id: 'year', header: 'År', type: 'year' },
  ],
  rows: [{ cells: ['=HYPERLINK("x")', -1234.5, 2026] }, { cells: ['a, b', 0.25, null] }],
};

describe('the Excel dialect', () => {
  it('has a BOM, `;`, CRLF and a decimal comma in nb; the formula guard stays', () => {
    expect(renderCsvTable(table, { language: 'nb', dialect: 'excel' })).toBe(
      '\uFEFF"Navn; kort";t;År\r\n"\'=HYPERLINK(""x"")";-1234,5;2026\r\na, b;0,25;\r\n',
    );
  });

  it('keeps the decimal point in en', () => {
    expect(renderCsvTable(table, { language: 'en', dialect: 'excel' })).toContain(';-1234.5;2026\r\n');
  });

  it('leaves the plain CSV as it was: no BOM, `,`, decimal point', () => {
    const plain = renderCsvTable(table, { language: 'nb' });
    expect(plain.startsWith('\uFEFF')).toBe(false);
    expect(plain).toBe('Navn; kort,t,År\r\n"\'=HYPERLINK(""x"")",-1234.5,2026\r\n"a, b",0.25,\r\n');
  });
});

describe('--excel-csv on the command line', () => {
  it('export --format csv --table measures --excel-csv --lang nb: BOM, `;`, decimal commas', async () => {
    const result = await runCli(
      ['export', example, '--format', 'csv', '--table', 'measures', '--excel-csv', '--lang', 'nb'],
      projectRoot,
    );
    expect(result.code).toBe(0);
    const text = result.stdout;
    expect(text.startsWith('\uFEFFID;Tiltak;Sektor;')).toBe(true);
    expect(text).toMatch(/;\d+,\d+;/);
    expect(text).not.toMatch(/;\d+\.\d+;/);
    expect(text.split('\r\n').length).toBeGreaterThan(3);
  });

  it('writes every CSV of the zip in the dialect', async () => {
    const out = join(work, 'tables.zip');
    const result = await runCli(['export', example, '-o', out, '--excel-csv', '-q'], projectRoot);
    expect(result.code).toBe(0);
    const entries = unzipSync(readFileSync(out));
    const names = Object.keys(entries);
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) {
      const bytes = entries[name] as Uint8Array;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(strFromU8(bytes).split('\r\n')[0]).toContain(';');
    }
  });

  it('implies csv on stdout for a listing, and refuses a format that is not CSV', async () => {
    const listing = await runCli(['pathway', example, '--excel-csv'], projectRoot);
    expect(listing.code).toBe(0);
    expect(listing.stdout.startsWith('\uFEFF')).toBe(true);
    const refused = await runCli(['summary', example, '--excel-csv', '--format', 'md', '--lang', 'en'], projectRoot);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--excel-csv is for CSV output, not md.');
  });
});

/** Calc's CSV import: separator, quote, UTF-8 (76), from line 1, standard columns, then the locale of numbers. */
const importFilter = (separator: string, locale: number) =>
  `Text - txt - csv (StarCalc):${separator.charCodeAt(0)},34,76,1,,${locale},false,true`;

async function openedBy(file: string, filter: string): Promise<string[][]> {
  const outDir = join(work, filter.includes(':59,') ? 'excel' : 'plain');
  const result = spawnSync(
    soffice as string,
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      `--infilter=${filter}`,
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      file,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (result.status !== 0) throw new Error(`soffice failed (${result.status}): ${result.stderr}`);
  const name = (file.split('/').pop() ?? '').replace(/\.csv$/, '.xlsx');
  const workbook = await loadWorkbook(new Uint8Array(readFileSync(join(outDir, name))));
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[Number(cell.col) - 1] = `${typeof cell.value}:${String(cell.value ?? '')}`;
    });
    rows.push(Array.from(cells, (cell) => cell ?? 'object:'));
  });
  return rows;
}

describe.skipIf(soffice === undefined)('LibreOffice opens the Excel CSV into the cells of the plain CSV', () => {
  it('measures in nb', { timeout: 300_000 }, async () => {
    const plainFile = join(work, 'plain.csv');
    const excelFile = join(work, 'excel.csv');
    const args = ['export', example, '--format', 'csv', '--table', 'measures', '--lang', 'nb', '-q'];
    expect((await runCli([...args, '-o', plainFile], projectRoot)).code).toBe(0);
    expect((await runCli([...args, '--excel-csv', '-o', excelFile], projectRoot)).code).toBe(0);

    const plain = await openedBy(plainFile, importFilter(',', 1033));
    const excel = await openedBy(excelFile, importFilter(';', 1044));
    expect(excel).toEqual(plain);
    // The figures came in as numbers, decimals included (a misread decimal comma gives text).
    const numbers = plain.flat().filter((cell) => cell.startsWith('number:'));
    expect(numbers.some((cell) => /\.\d/.test(cell))).toBe(true);
    expect(plain[0]?.[0]).toBe('string:ID');
  });
});

if (soffice === undefined) {
  console.warn('note: soffice (LibreOffice) is not installed; the Excel CSV import test is skipped.');
}
