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
import type { Table } from '../src/render/table.js';
import { sheetNames } from '../src/render/xlsx/sheet-names.js';
import { dataRow, planRows } from '../src/render/xlsx/sheet-plan.js';
import { fixedWorkbookDate } from '../src/render/xlsx/workbook-date.js';
import { writeXlsx } from '../src/render/xlsx/write-xlsx.js';
import { makeBudget, makeCost, makeMeasure, makeTarget } from './fixtures/budgets.js';
import { convertToCsv, readSheetCsv, recalculatingProfile, soffice } from './helpers/libreoffice.js';
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

  beforeAll(async () => {
    for (const { name, dir } of workbookBudgets()) workbooks.set(name, await exportWorkbook(dir));
    workbooks.set('edge-cases', await workbookOfBudget(edgeBudget));
    const files = [...workbooks].map(([name, workbook]) => {
      const file = join(work, `${name}.xlsx`);
      writeFileSync(file, workbook.bytes);
      return file;
    });
    files.push(join(work, 'canary.xlsx'));
    writeFileSync(join(work, 'canary.xlsx'), await writeXlsx([canary], { language: 'en', created: fixedWorkbookDate }));
    convertToCsv(files, csvDir, recalculatingProfile(join(work, 'profile')));
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('recalculates on load (a wrong cached value is replaced)', () => {
    expect(readSheetCsv(csvDir, 'canary', 'Canary')[dataRow(0) - 1]).toEqual(['1', '2']);
  });

  it('matches every number, formula result and text of every sheet', () => {
    const counts = { numbers: 0, formulas: 0, texts: 0 };
    const problems: string[] = [];
    for (const [name, { tables, options }] of workbooks) {
      const names = sheetNames(tables.map((table) => table.title));
      const labels = labelsFor(options.language);
      tables.forEach((table, tableIndex) => {
        const sheet = names[tableIndex] as string;
        const csv = readSheetCsv(csvDir, name, sheet);
        [...planRows(table, labels)].forEach((values, rowIndex) => {
          const line = csv[dataRow(rowIndex) - 1] ?? [];
          values.forEach((planned, columnIndex) => {
            const shown = line[columnIndex] ?? '';
            const where = `${name} ${sheet} row ${dataRow(rowIndex)} column ${columnIndex + 1}`;
            const expected = planned !== null && typeof planned === 'object' ? planned.result : planned;
            if (planned !== null && typeof planned === 'object') counts.formulas++;
            if (typeof expected === 'number') {
              counts.numbers++;
              // Percent-formatted cells come out as "17.9%" even as raw values.
              const value = shown.endsWith('%') ? Number(shown.slice(0, -1)) / 100 : Number(shown);
              const close =
                shown !== '' && Math.abs(value - expected) <= relativeTolerance * Math.max(1, Math.abs(expected));
              if (!close) problems.push(`${where}: LibreOffice ${JSON.stringify(shown)}, engine ${expected}`);
            } else if (typeof expected === 'string') {
              counts.texts++;
              if (shown !== expected)
                problems.push(`${where}: LibreOffice ${JSON.stringify(shown)}, written ${JSON.stringify(expected)}`);
            } else if (shown !== '') {
              problems.push(`${where}: LibreOffice ${JSON.stringify(shown)}, written nothing`);
            }
          });
        });
      });
    }
    console.info(
      `LibreOffice: ${counts.numbers} numbers (${counts.formulas} of them formulas) and ${counts.texts} texts compared in ${workbooks.size} workbooks.`,
    );
    expect(problems.slice(0, 20)).toEqual([]);
    expect(counts.formulas).toBeGreaterThan(100);
  });
});
