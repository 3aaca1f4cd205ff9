/**
 * The workbook recalculated by another spreadsheet: headless LibreOffice opens the exported
 * workbooks of every example and conformance case with recalculation forced, converts every sheet
 * to CSV, and every figure must equal the engine's to 1e-6 relative, formulas and plain numbers
 * alike; text must come back as written. Skipped, with a note, where soffice is not installed
 * (`.ci/run` installs Debian's libreoffice-calc-nogui).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelsFor } from '../src/i18n/index.js';
import { checkBudget } from '../src/load/check-budget.js';
import { canCompute } from '../src/load/load-budget.js';
import type { Budget } from '../src/model/budget.js';
import { safeTable } from '../src/render/safe-table.js';
import type { Column, Row, Table } from '../src/render/table.js';
import { annualisedTotalName, discountRateName } from '../src/render/tables/costs.js';
import { sheetNames } from '../src/render/xlsx/sheet-names.js';
import { dataRow, type PlannedValue, planRows } from '../src/render/xlsx/sheet-plan.js';
import { fixedWorkbookDate } from '../src/render/xlsx/workbook-date.js';
import { writeXlsx } from '../src/render/xlsx/write-xlsx.js';
import { makeBudget, makeCost, makeMeasure, makeTarget } from './fixtures/budgets.js';
import { hostileBudgets } from './fixtures/hostile-workbooks.js';
import { convertToCsv, readSheetCsv, recalculatingProfile, soffice } from './helpers/libreoffice.js';
import { loadWorkbook } from './helpers/xlsx-to-text.js';
import { type ExportedWorkbook, exportWorkbook, workbookBudgets, workbookOfBudget } from './helpers/xlsx-workbook.js';

if (soffice === undefined) {
  console.warn('note: soffice (LibreOffice) is not installed; the recalculation test of the workbook is skipped.');
}

const relativeTolerance = 1e-6;

/** A budget whose figures make the guarded formulas take both branches (need ≤ 0, no full effect). */
const edgeBudget = makeBudget({
  manifest: { language: 'en', planPeriod: { start: 2026, end: 2028 }, horizon: 2030, discountRate: 0 },
  inventory: { territorial: { 2015: { road_traffic: 100, heating: 50 }, 2024: { road_traffic: 80, heating: 0 } } },
  measures: [
    makeMeasure({ id: 'A', effect: 30, cost: makeCost({ investment: 5000, annual: -100, lifetime: 5 }) }),
    makeMeasure({ id: 'B', sector: 'heating', effect: -5, cost: makeCost({ annual: 20 }) }),
    makeMeasure({ id: 'C', kind: 'not_quantified', cost: makeCost({ investment: 100, lifetime: 1 }) }),
    makeMeasure({ id: 'D', status: 'cancelled', effect: 7, responsible: null }),
  ],
  targets: [
    makeTarget({ id: 'easy', year: 2028, reductionPct: 10 }),
    makeTarget({ id: 'level', year: 2030, levelT: 40, sectors: ['road_traffic'] }),
  ],
});

/** A formula whose cached value is wrong on purpose: only a real recalculation shows 2. */
const canary: Table = {
  id: 'canary',
  title: 'Canary',
  columns: [
    { id: 'a', header: 'a', type: 'number' },
    { id: 'b', header: 'b', type: 'number', formula: '{a} + 1' },
  ],
  rows: [{ cells: [1, 999] }],
};

describe.skipIf(soffice === undefined)('LibreOffice recalculates the workbook to the engine’s figures', () => {
  const work = mkdtempSync(join(tmpdir(), 'klimabudsjett-libreoffice-'));
  const csvDir = join(work, 'csv');
  const workbooks = new Map<string, ExportedWorkbook>();
  /** Per changed workbook, the workbook klimabudsjett writes for the budget with that discount rate. */
  const recomputed = new Map<string, ExportedWorkbook>();

  beforeAll(async () => {
    for (const { name, dir } of workbookBudgets()) workbooks.set(name, await exportWorkbook(dir));
    workbooks.set('edge-cases', await workbookOfBudget(edgeBudget));
    for (const { name, budget } of hostileBudgets()) workbooks.set(name, await workbookOfBudget(budget));
    const files = [...workbooks].map(([name, workbook]) => {
      const file = join(work, `${name}.xlsx`);
      writeFileSync(file, workbook.bytes);
      return file;
    });
    for (const [name, rate] of rateChanges) {
      const original = workbooks.get(name) as ExportedWorkbook;
      const changed = join(work, `${name}-rate.xlsx`);
      writeFileSync(changed, await withDiscountRate(original, rate));
      files.push(changed);
      const dir = workbookBudgets().find((budget) => budget.name === name)?.dir as string;
      recomputed.set(name, await workbookOfBudget(withRate(dir, rate)));
    }
    files.push(join(work, 'canary.xlsx'));
    writeFileSync(join(work, 'canary.xlsx'), await writeXlsx([canary], { language: 'en', created: fixedWorkbookDate }));
    convertToCsv(files, csvDir, recalculatingProfile(join(work, 'profile')));
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('recalculates on load (a wrong cached value is replaced)', () => {
    expect(readSheetCsv(csvDir, 'canary', 'Canary')[dataRow(0) - 1]).toEqual(['1', '2']);
  });

  it('shows no error value (Err:5xx, #NAME?, #VALUE! …) on any sheet, the hostile budgets’ included', () => {
    const errors: string[] = [];
    for (const [name, { tables }] of workbooks) {
      for (const sheet of sheetNames(tables.map((table) => table.title))) {
        readSheetCsv(csvDir, name, sheet).forEach((line, row) => {
          line.forEach((shown, column) => {
            if (/^(Err:\d+|#[A-Z][A-Z0-9/]*[!?]?)$/.test(shown))
              errors.push(`${name} ${sheet} ${row + 1}:${column + 1} ${shown}`);
          });
        });
      }
    }
    expect(errors).toEqual([]);
    expect([...workbooks.keys()]).toEqual(expect.arrayContaining(hostileBudgets().map(({ name }) => name)));
  });

  it('matches every number, formula result and text of every sheet', () => {
    const counts = { numbers: 0, formulas: 0, texts: 0 };
    const problems: string[] = [];
    for (const [name, workbook] of workbooks) problems.push(...compareWorkbook(csvDir, name, workbook, counts));
    console.info(
      `LibreOffice: ${counts.numbers} numbers (${counts.formulas} of them formulas) and ${counts.texts} texts compared in ${workbooks.size} workbooks.`,
    );
    expect(problems.slice(0, 20)).toEqual([]);
    expect(counts.formulas).toBeGreaterThan(100);
  });

  it.each(rateChanges)(
    '%s: another discount rate in its cell gives the engine’s annualised costs and NOK/t for that rate',
    (name) => {
      const counts = { numbers: 0, formulas: 0, texts: 0 };
      const expected = recomputed.get(name) as ExportedWorkbook;
      const costColumns = new Set(['annualised', 'nok_per_t']);
      // The cost cells: the annualised cost and NOK/t columns, and the summary's annualised cost (read by name).
      const isCost = (column: Column, row: Row) =>
        costColumns.has(column.id) || (row.formula === annualisedTotalName && column.id !== 'label');
      const problems = compareWorkbook(csvDir, `${name}-rate`, expected, counts, isCost);
      expect(problems.slice(0, 20)).toEqual([]);
      // The test can fail: the figures for the new rate differ from the cached ones.
      const before = costFigures(workbooks.get(name) as ExportedWorkbook, costColumns);
      const after = costFigures(expected, costColumns);
      expect(after.length).toBe(before.length);
      expect(after.filter((value, index) => Math.abs(value - (before[index] as number)) > 1).length).toBeGreaterThan(3);
      expect(counts.formulas).toBeGreaterThan(6);
      const summary = expected.tables[0]?.rows.find((row) => row.formula === annualisedTotalName);
      expect(summary?.cells[1]).toBeCloseTo(after.length > 0 ? totalAnnualised(expected) : 0, 6);
    },
  );
});

/** The budgets whose discount rate is changed in the workbook, and the rate typed in (0: the r = 0 branch). */
const rateChanges: [string, number][] = [
  ['porsgrunn', 0.07],
  ['conformance-c03-activity', 0],
];

/** A budget folder, checked, with another discount rate in its manifest. */
function withRate(dir: string, discountRate: number): Budget {
  const result = checkBudget('.', { cwd: dir });
  if (!canCompute(result)) throw new Error(`${dir} has errors`);
  return { ...result.budget, manifest: { ...result.budget.manifest, discountRate } };
}

/** The workbook with another value typed into the discount rate's named cell (read and written by exceljs). */
async function withDiscountRate({ tables, bytes }: ExportedWorkbook, rate: number): Promise<Uint8Array> {
  const index = tables.findIndex((table) => table.names?.some((name) => name.name === discountRateName));
  const table = tables[index] as Table;
  const name = table.names?.find((candidate) => candidate.name === discountRateName);
  if (name === undefined) throw new Error('no discount rate cell');
  const workbook = await loadWorkbook(bytes);
  const sheet = workbook.getWorksheet(sheetNames(tables.map((candidate) => candidate.title))[index]);
  const position = table.columns.findIndex((column) => column.id === name.column);
  const cell = sheet?.getCell(dataRow(name.row), position + 1);
  if (cell === undefined || cell.value !== tables[index]?.rows[name.row]?.cells[position]) {
    throw new Error('the discount rate cell is not where its name says');
  }
  cell.value = rate;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The total annualised cost on the Kostnader sheet of a workbook (its named total row). */
function totalAnnualised({ tables }: ExportedWorkbook): number {
  const costs = tables.find((table) => table.names?.some((name) => name.name === annualisedTotalName)) as Table;
  const name = costs.names?.find((candidate) => candidate.name === annualisedTotalName);
  const position = costs.columns.findIndex((column) => column.id === name?.column);
  return costs.rows[name?.row ?? -1]?.cells[position] as number;
}

/** Every number planned in the columns with these ids, sheet after sheet. */
function costFigures({ tables, options }: ExportedWorkbook, columns: ReadonlySet<string>): number[] {
  const labels = labelsFor(options.language);
  return tables.flatMap((table) =>
    [...planRows(table, labels)].flatMap((values) =>
      values.flatMap((planned, position) => {
        if (!columns.has(table.columns[position]?.id ?? '')) return [];
        const value = planned !== null && typeof planned === 'object' ? planned.result : planned;
        return typeof value === 'number' ? [value] : [];
      }),
    ),
  );
}

/** Figures compared, and how many of them formulas. */
interface Counts {
  numbers: number;
  formulas: number;
  texts: number;
}

/**
 * Compares the CSV LibreOffice wrote for each sheet of workbook `name` with the plan of a workbook
 * (itself, or the one written for a changed budget), cell by cell: numbers to 1e-6 relative, text
 * exactly; with `compares`, only the cells it picks.
 */
function compareWorkbook(
  csvDir: string,
  name: string,
  { tables, options }: ExportedWorkbook,
  counts: Counts,
  compares: (column: Column, row: Row) => boolean = () => true,
): string[] {
  const problems: string[] = [];
  const names = sheetNames(tables.map((table) => table.title));
  const labels = labelsFor(options.language);
  // The writer makes budget text safe (control and bidi characters replaced): so is what it is compared with.
  tables.map(safeTable).forEach((table, tableIndex) => {
    const sheet = names[tableIndex] as string;
    const csv = readSheetCsv(csvDir, name, sheet);
    [...planRows(table, labels)].forEach((values, rowIndex) => {
      const line = csv[dataRow(rowIndex) - 1] ?? [];
      values.forEach((planned, columnIndex) => {
        if (!compares(table.columns[columnIndex] as Column, table.rows[rowIndex] as Row)) return;
        const problem = compareCell(line[columnIndex] ?? '', planned, counts);
        if (problem !== null)
          problems.push(`${name} ${sheet} row ${dataRow(rowIndex)} column ${columnIndex + 1}: ${problem}`);
      });
    });
  });
  return problems;
}

/** What is wrong with a cell LibreOffice shows, against the planned cell; null when nothing. */
function compareCell(shown: string, planned: PlannedValue, counts: Counts): string | null {
  const expected = planned !== null && typeof planned === 'object' ? planned.result : planned;
  if (planned !== null && typeof planned === 'object') counts.formulas++;
  if (typeof expected === 'number') {
    counts.numbers++;
    // Percent-formatted cells come out as "17.9%" even as raw values.
    const value = shown.endsWith('%') ? Number(shown.slice(0, -1)) / 100 : Number(shown);
    const close = shown !== '' && Math.abs(value - expected) <= relativeTolerance * Math.max(1, Math.abs(expected));
    return close ? null : `LibreOffice ${JSON.stringify(shown)}, engine ${expected}`;
  }
  if (typeof expected === 'string') {
    counts.texts++;
    return shown === expected ? null : `LibreOffice ${JSON.stringify(shown)}, written ${JSON.stringify(expected)}`;
  }
  return shown === '' ? null : `LibreOffice ${JSON.stringify(shown)}, written nothing`;
}
