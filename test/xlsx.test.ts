/**
 * The Excel workbook (SPEC §8, issue 4), read back with exceljs: never compared as bytes, but dumped
 * to text for goldens, and checked cell by cell against the plan the writer followed: numbers are
 * numeric cells with the number format of their column, formulas stand exactly where planned with
 * the engine's value cached, and no text, however it begins, is ever a formula.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worksheet } from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { TargetReport } from '../src/compute/budget-report.js';
import { computeReport } from '../src/compute/report.js';
import { labelsFor } from '../src/i18n/index.js';
import { checkBudget } from '../src/load/check-budget.js';
import { canCompute } from '../src/load/load-budget.js';
import type { Budget, Language } from '../src/model/budget.js';
import { isNumericType } from '../src/render/number-format.js';
import { safeTable } from '../src/render/safe-table.js';
import type { Column, Row, Table } from '../src/render/table.js';
import { discountRateName } from '../src/render/tables/costs.js';
import { inputStyle, numberFormats } from '../src/render/xlsx/cell-styles.js';
import { sheetNames } from '../src/render/xlsx/sheet-names.js';
import { cellType, dataRow, planRows, translateFormula } from '../src/render/xlsx/sheet-plan.js';
import { fixedWorkbookDate, workbookDate } from '../src/render/xlsx/workbook-date.js';
import { streamingRowThreshold, usesStreaming, writeXlsx, writeXlsxFile } from '../src/render/xlsx/write-xlsx.js';
import { makeBudget, makeCost, makeMeasure, makeTarget } from './fixtures/budgets.js';
import { hostileBudgets } from './fixtures/hostile-workbooks.js';
import { projectRoot, runCli } from './helpers/run-cli.js';
import { loadWorkbook, xlsxToText } from './helpers/xlsx-to-text.js';
import { exportWorkbook, workbookBudgets, workbookOfBudget } from './helpers/xlsx-workbook.js';

const budgets = workbookBudgets();
const scratch = mkdtempSync(join(tmpdir(), 'klimabudsjett-xlsx-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('workbook goldens (text dumps, never bytes)', () => {
  it.each(budgets)('$name', async ({ name, dir }) => {
    const { bytes } = await exportWorkbook(dir);
    await expect(await xlsxToText(bytes)).toMatchFileSnapshot(`golden/xlsx/${name}.txt`);
  });
});

describe('read back with exceljs', () => {
  it.each(budgets)('$name: numbers, formats and formulas stand where the plan puts them', async ({ dir }) => {
    const { tables, bytes, options } = await exportWorkbook(dir);
    const workbook = await loadWorkbook(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(sheetNames(tables.map((table) => table.title)));
    tables.forEach((table, index) => {
      checkSheet(workbook.worksheets[index] as Worksheet, table, options.language);
    });
  });

  it('names the sheets of SPEC §8 in the budget’s language', async () => {
    const porsgrunn = budgets.find((budget) => budget.name === 'porsgrunn');
    const { tables } = await exportWorkbook(porsgrunn?.dir ?? '');
    expect(tables.map((table) => table.title)).toEqual([
      'Sammendrag',
      'Forutsetninger',
      'Utslippsbane',
      'Tiltak',
      'Sektorer',
      'Ansvar',
      'Kostnader',
      'Oppfølging',
      'Faktorer',
      'Kilder',
      'Kontroll',
    ]);
  });
});

/** Titles a spreadsheet would take for formulas if they were written as anything but text. */
const hostileTexts = ['=HYPERLINK("http://example.com","klikk")', '+1', '-2', '@SUM(1)', '=1+1', '\t=2', '\r=3'];

describe('text is never a formula', () => {
  const budget = makeBudget({
    manifest: { language: 'nb' },
    inventory: { territorial: { 2015: { road_traffic: 1000 }, 2024: { road_traffic: 900 } } },
    measures: hostileTexts.map((text, index) =>
      makeMeasure({
        id: `M-${index}`,
        title: text,
        responsible: text,
        description: text,
        assumptions: text,
        references: [text],
        tags: [text],
        effect: 10,
        cost: makeCost({ investment: 1000 }),
      }),
    ),
    targets: [makeTarget({ id: 't', title: '=EVIL()', year: 2030 })],
  });

  it('writes text beginning with =, +, -, @, tab or CR as a string cell', async () => {
    const { bytes } = await workbookOfBudget(budget);
    const workbook = await loadWorkbook(bytes);
    const measures = workbook.getWorksheet('Tiltak') as Worksheet;
    const titles: string[] = [];
    let risky = 0;
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          if (typeof cell.value === 'string' && /^[=+\-@\t\r\n]/.test(cell.value)) {
            risky++;
            expect(cell.formula, `${sheet.name}!${cell.address}`).toBeUndefined();
          }
        });
      });
    }
    measures.getColumn(2).eachCell((cell) => {
      if (typeof cell.value === 'string') titles.push(cell.value);
    });
    for (const text of hostileTexts.slice(0, 5)) expect(titles).toContain(text);
    // a tab stays text too; a CR is a control character, replaced by U+FFFD (safeText)
    expect(titles.some((title) => title.endsWith('=2') && title.startsWith('\t'))).toBe(true);
    expect(titles).toContain('\uFFFD=3');
    expect(risky).toBeGreaterThan(hostileTexts.length * 5);
  });
});

describe('determinism', () => {
  const porsgrunn = budgets.find((budget) => budget.name === 'porsgrunn')?.dir ?? '';

  it('gives the same contents and the same bytes for the same input', async () => {
    const first = await exportWorkbook(porsgrunn);
    const second = await exportWorkbook(porsgrunn);
    expect(await xlsxToText(second.bytes)).toBe(await xlsxToText(first.bytes));
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it('stamps every zip entry with the document date', async () => {
    const created = new Date(Date.UTC(2026, 3, 30, 12, 34, 56));
    for (const streaming of [false, true]) {
      const { bytes } = await exportWorkbook(porsgrunn, { created, streaming });
      const stamps = zipEntryStamps(bytes);
      expect(stamps.length).toBeGreaterThan(10);
      expect(new Set(stamps)).toEqual(new Set(['2026-04-30 12:34:56']));
    }
  });

  it('writes the same cells through the streaming writer as through the document model', async () => {
    const documentModel = await exportWorkbook(porsgrunn, { streaming: false });
    const streamed = await exportWorkbook(porsgrunn, { streaming: true });
    expect(await xlsxToText(streamed.bytes)).toBe(await xlsxToText(documentModel.bytes));
  });

  it('writes the same bytes to a file (writeXlsxFile) as to memory', async () => {
    const { tables, options } = await exportWorkbook(porsgrunn, { streaming: true });
    const file = join(scratch, 'streamed.xlsx');
    await writeXlsxFile(tables, file, options);
    const inMemory = await writeXlsx(tables, options);
    expect(Buffer.compare(readFileSync(file), Buffer.from(inMemory))).toBe(0);
  });

  it('streams large workbooks without being asked', () => {
    const table = (rows: number): Table => ({
      id: 't',
      title: 't',
      columns: [{ id: 'a', header: 'a', type: 'tonnes' }],
      rows: Array.from({ length: rows }, () => ({ cells: [1] })),
    });
    expect(usesStreaming([table(streamingRowThreshold)], {})).toBe(false);
    expect(usesStreaming([table(streamingRowThreshold + 1)], {})).toBe(true);
    expect(usesStreaming([table(1)], { streaming: true })).toBe(true);
  });

  it('takes the document date from SOURCE_DATE_EPOCH, else 2000-01-01', () => {
    expect(workbookDate({})).toEqual(new Date('2000-01-01T00:00:00Z'));
    expect(workbookDate({ SOURCE_DATE_EPOCH: '1700000000' })).toEqual(new Date(1700000000 * 1000));
    expect(workbookDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toEqual(fixedWorkbookDate);
    expect(workbookDate({ SOURCE_DATE_EPOCH: '' })).toEqual(fixedWorkbookDate);
  });
});

describe('export -o budget.xlsx', () => {
  it('writes the workbook atomically, dated by SOURCE_DATE_EPOCH, byte for byte the same twice', async () => {
    const env = { SOURCE_DATE_EPOCH: '1767225600' };
    const files = ['first.xlsx', 'second.xlsx'].map((name) => join(scratch, name));
    for (const file of files) {
      const result = await runCli(['export', 'examples/porsgrunn', '-o', file], projectRoot, { env });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain('Skrev');
    }
    const [first, second] = files.map((file) => readFileSync(file));
    expect(Buffer.compare(first as Buffer, second as Buffer)).toBe(0);
    const dump = await xlsxToText(first as Buffer);
    expect(dump).toContain('created=2026-01-01T00:00:00.000Z');
    expect(dump).toContain('title="Klimabudsjett Porsgrunn 2026–2029"');
  });

  it('refuses to write the binary workbook to a terminal (exit 2)', async () => {
    const result = await runCli(['export', 'examples/minimal', '--format', 'xlsx', '--lang', 'en'], projectRoot, {
      tty: true,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not written to a terminal');
    expect(result.io.outBytes().length).toBe(0);
  });

  it('writes the workbook to stdout when stdout is not a terminal', async () => {
    const result = await runCli(['export', 'examples/minimal', '--format', 'xlsx'], projectRoot);
    expect(result.code, result.stderr).toBe(0);
    const bytes = result.io.outBytes();
    expect(Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    expect(await xlsxToText(bytes)).toContain('sheets  "Sammendrag"');
  });

  it('labels the workbook in the language given with --lang', async () => {
    const file = join(scratch, 'english.xlsx');
    const result = await runCli(['export', 'examples/porsgrunn', '--lang', 'en', '-o', file], projectRoot);
    expect(result.code, result.stderr).toBe(0);
    const workbook = await loadWorkbook(readFileSync(file));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary',
      'Assumptions',
      'Pathway',
      'Measures',
      'Sectors',
      'Responsible',
      'Costs',
      'Follow-up',
      'Factors',
      'Sources',
      'Checks',
    ]);
  });
});

describe('sheet names, formulas, defined names', () => {
  it('makes sheet names Excel accepts: no []:*?/\\ or apostrophes, ≤ 31 characters, unique', () => {
    expect(
      sheetNames(['Tiltak', 'tiltak', 'a/b:c*d?e[f]g\\h', "Bob's", 'x'.repeat(40), 'x'.repeat(40), '', 'History']),
    ).toEqual([
      'Tiltak',
      'tiltak (2)',
      'a b c d e f g h',
      'Bob s',
      'x'.repeat(31),
      `${'x'.repeat(27)} (2)`,
      'Sheet',
      'History (2)',
    ]);
  });

  it('translates formula templates to A1 references of the row, keeping "strings" intact', () => {
    const letters = new Map([
      ['need', 'K'],
      ['effect', 'E'],
    ]);
    expect(translateFormula('IF({need} > 0, {effect} / {need}, " a b ")', letters, 7)).toBe('IF(K7>0,E7/K7," a b ")');
    expect(() => translateFormula('{nope} + 1', letters, 7)).toThrow(/unknown column "nope"/);
  });

  it('sums total rows over the body rows above, back to the previous total', () => {
    const table: Table = {
      id: 't',
      title: 't',
      columns: [
        { id: 'label', header: 'label', type: 'text' },
        { id: 'a', header: 'a', type: 'tonnes' },
        { id: 'b', header: 'b', type: 'percent', formula: '{a} * 100' },
      ],
      rows: [
        { cells: ['x', 1, 100] },
        { cells: ['y', 2, 200] },
        { cells: ['sum', 3, 300], role: 'total' },
        { cells: ['z', 4, null] },
        { cells: ['sum', 4, null], role: 'total' },
      ],
    };
    const plan = [...planRows(table, labelsFor('en'))];
    expect(plan[0]).toEqual(['x', 1, { formula: '(B5*100)/100', result: 1 }]);
    expect(plan[2]).toEqual(['sum', { formula: 'SUM(B5:B6)', result: 3 }, { formula: '(B7*100)/100', result: 3 }]);
    expect(plan[4]).toEqual(['sum', { formula: 'SUM(B8:B8)', result: 4 }, null]);
  });

  it('plans record rows with their own type and formulas over other rows of the same column', () => {
    const table: Table = {
      id: 't',
      title: 't',
      columns: [
        { id: 'label', header: '', type: 'text' },
        { id: 'v1', header: '', type: 'tonnes' },
        { id: 'v2', header: '', type: 'tonnes' },
      ],
      rows: [
        { key: 'base', type: 'tonnes', cells: ['base', 100, 200] },
        { key: 'cut', type: 'percent', cells: ['cut', 35, null] },
        { type: 'tonnes', formula: '{base} * (1 - {cut})', cells: ['level', 65, 130] },
        { type: 'ratio', formula: 'IF({base} > 0, {base} / {base}, "")', cells: ['one', 1, null] },
        { type: 'nok', formula: 'Annualised_cost_total', cells: ['cost', 12] },
      ],
    };
    const plan = [...planRows(table, labelsFor('en'))];
    expect(plan[1]).toEqual(['cut', 0.35, null]);
    // The second column's cut is empty: its level stays a plain number.
    expect(plan[2]).toEqual(['level', { formula: 'B5*(1-B6)', result: 65 }, 130]);
    expect(plan[3]).toEqual([
      'one',
      { formula: 'IF(B5>0,B5/B5,"")', result: 1 },
      { formula: 'IF(C5>0,C5/C5,"")', result: '' },
    ]);
    expect(plan[4]).toEqual(['cost', { formula: 'Annualised_cost_total', result: 12 }, null]);
    expect(cellType(table.columns[1] as Column, table.rows[1] as Row, 1)).toBe('percent');
    expect(cellType(table.columns[0] as Column, table.rows[1] as Row, 0)).toBe('text');
    const unknown: Table = { ...table, rows: [{ type: 'tonnes', formula: '{nope}', cells: ['x', 1] }] };
    expect(() => [...planRows(unknown, labelsFor('en'))]).toThrow(/unknown row "nope"/);
  });

  it('names the summary figures where the blocks hold them, and the discount rate on the assumptions sheet', async () => {
    const porsgrunn = budgets.find((budget) => budget.name === 'porsgrunn');
    const { bytes } = await exportWorkbook(porsgrunn?.dir ?? '');
    const result = checkBudget('.', { cwd: porsgrunn?.dir ?? '' });
    if (!canCompute(result)) throw new Error('porsgrunn has errors');
    const report = computeReport(result.budget);
    const workbook = await loadWorkbook(bytes);
    const named = (name: string) => {
      const [range] = workbook.definedNames.getRanges(name).ranges;
      const [sheet, cell] = (range as string).split('!') as [string, string];
      const value = workbook.getWorksheet(sheet.replace(/^'|'$/g, ''))?.getCell(cell.replace(/\$/g, '')).value;
      return typeof value === 'object' && value !== null && 'result' in value ? value.result : value;
    };
    const headline = report.targets.find((target) => target.year >= report.planPeriod.start) as TargetReport;
    const at = (values: readonly (number | null)[], year: number) => values[headline.years.indexOf(year)];
    expect(named('Discount_rate')).toBe(report.discountRate);
    expect(named('Target_level')).toBeCloseTo(headline.level, 6);
    expect(named('Base_emissions')).toBe(headline.base);
    expect(named('Gap_2029')).toBeCloseTo(at(headline.gap, 2029) as number, 6);
    expect(named('Gap_decided_2027')).toBeCloseTo(at(headline.decided.gap, 2027) as number, 6);
    expect(named('Coverage_2028')).toBeCloseTo(at(headline.coverage, 2028) as number, 6);
    for (const target of report.targets) {
      expect(named(`Latest_emissions_${target.id.replace(/-/g, '_')}`)).toBe(target.progress.latest);
    }
  });

  it('refuses defined names Excel would not take', async () => {
    const table = (name: string): Table => ({
      id: 't',
      title: 't',
      columns: [{ id: 'a', header: 'a', type: 'tonnes' }],
      rows: [{ cells: [1] }],
      names: [{ name, row: 0, column: 'a' }],
    });
    const options = { language: 'en' as const, created: fixedWorkbookDate };
    await expect(writeXlsx([table('Gap_2029')], options)).resolves.toBeInstanceOf(Uint8Array);
    for (const bad of ['A1', 'R1C1', '2029_gap', 'gap-2029', 'Gap 2029']) {
      await expect(writeXlsx([table(bad)], options)).rejects.toThrow(/defined name/);
    }
  });
});

describe('hostile budgets (ids, rates, plan lengths, text)', () => {
  /** ECMA-376 / Excel: a letter, `_` or `\\` first, then letters, digits, `_`, `.`, `\\`; no cell reference; ≤ 255. */
  const validName = (name: string) =>
    /^[\p{L}_\\][\p{L}\p{N}_.\\]{0,254}$/u.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
    !/^[Rr]([0-9]+)?[Cc]?([0-9]+)?$/.test(name) &&
    !/^(true|false)$/i.test(name);

  it.each(hostileBudgets())(
    '$name: valid, unique defined names on numbers; every cell as planned',
    async ({ budget }) => {
      for (const streaming of [false, true]) {
        const { tables, bytes, options } = await workbookOfBudget(budget, [], { streaming });
        const workbook = await loadWorkbook(bytes);
        const names = tables.flatMap((table) => table.names ?? []).map(({ name }) => name);
        expect(names.filter((name) => !validName(name))).toEqual([]);
        expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
        for (const name of names) {
          const [range] = workbook.definedNames.getRanges(name).ranges;
          const [sheet, cell] = (range as string).split('!') as [string, string];
          const named = workbook.getWorksheet(sheet.replace(/^'|'$/g, ''))?.getCell(cell.replace(/\$/g, ''));
          // `result`, not `value.result`: exceljs's value leaves out a cached 0.
          const number = named?.formula === undefined ? named?.value : named.result;
          expect(typeof number, `${name} → ${range}`).toBe('number');
        }
        // Each target has its own names, however alike the ids.
        const targets = budget.targets.length;
        expect(names.filter((name) => name.startsWith('Base_emissions_')).length).toBe(targets);
        tables.forEach((table, index) => {
          checkSheet(workbook.worksheets[index] as Worksheet, safeTable(table), options.language);
        });
      }
    },
  );

  it('names in the summary’s note only names the workbook defines (a plan without 2029 has no Gap_2029)', async () => {
    for (const { name, budget } of hostileBudgets()) {
      const { tables } = await workbookOfBudget(budget);
      const summary = tables[0] as Table;
      const defined = new Set(tables.flatMap((table) => table.names ?? []).map((named) => named.name));
      const cited = (summary.notes ?? []).flatMap((note) => note.match(/\b[A-Z][a-z]+(_[A-Za-z0-9]+)+\b/g) ?? []);
      expect(
        cited.filter((named) => !defined.has(named)),
        name,
      ).toEqual([]);
      if (budget.targets.some((target) => target.year >= budget.manifest.planPeriod.start)) {
        expect(cited.length, name).toBeGreaterThan(1);
      }
    }
  });

  it('lets the discount rate’s cell take only the rates the schema takes (not 4 for 4 %, not -1), both writers', async () => {
    const schema = JSON.parse(readFileSync(join(projectRoot, 'schemas/budget.schema.json'), 'utf8'));
    const { minimum, maximum } = schema.properties.discount_rate;
    const budget = hostileBudgets()[0]?.budget as Budget;
    for (const streaming of [false, true]) {
      const { tables, bytes } = await workbookOfBudget(budget, [], { streaming });
      const workbook = await loadWorkbook(bytes);
      const [range] = workbook.definedNames.getRanges(discountRateName).ranges;
      const [sheet, cell] = (range as string).split('!') as [string, string];
      const rate = workbook.getWorksheet(sheet.replace(/^'|'$/g, ''))?.getCell(cell.replace(/\$/g, ''));
      expect(rate?.dataValidation).toMatchObject({
        type: 'decimal',
        operator: 'between',
        showErrorMessage: true,
        formulae: [minimum, maximum],
      });
      // No other cell is held to a range.
      const held = workbook.worksheets.flatMap((worksheet) =>
        Object.keys((worksheet as unknown as { dataValidations: { model: object } }).dataValidations.model),
      );
      expect(held).toEqual([cell.replace(/\$/g, '')]);
      expect(tables.some((table) => table.names?.some((name) => name.between !== undefined))).toBe(true);
    }
  });

  it('keeps every page footer within Excel’s 255 characters, whatever the municipality is called', async () => {
    for (const { name, budget } of hostileBudgets()) {
      const workbook = await loadWorkbook((await workbookOfBudget(budget)).bytes);
      for (const sheet of workbook.worksheets) {
        const footer = sheet.headerFooter.oddFooter ?? '';
        expect(footer.length, `${name} ${sheet.name}`).toBeLessThanOrEqual(255);
        expect(footer, `${name} ${sheet.name}`).toMatch(/&A&R&8\S.*&P.*&N$/);
        // A lone half of a surrogate pair (a cut emoji) would be invalid XML.
        expect(footer, `${name} ${sheet.name}`).not.toMatch(/[\uD800-\uDFFF]/u);
      }
    }
    const long = hostileBudgets().find(({ name }) => name === 'hostile-long-name')?.budget;
    const footer = (await loadWorkbook((await workbookOfBudget(long as Budget)).bytes)).worksheets[0]?.headerFooter;
    expect(footer?.oddFooter).toMatch(/^&L&8Klimabudsjett (&&)+(😀)*…&C/);
  });
});

/** Checks every cell of a sheet against the table it was written from. */
function checkSheet(sheet: Worksheet, table: Table, language: Language): void {
  const plan = [...planRows(table, labelsFor(language))];
  const inputs = new Set((table.names ?? []).filter((name) => name.input).map((name) => `${name.row}:${name.column}`));
  let plannedFormulas = 0;
  plan.forEach((values, rowIndex) => {
    values.forEach((planned, columnIndex) => {
      const column = table.columns[columnIndex];
      const cell = sheet.getCell(dataRow(rowIndex), columnIndex + 1);
      const where = `${sheet.name}!${cell.address}`;
      const type = column === undefined ? 'text' : cellType(column, table.rows[rowIndex] ?? { cells: [] }, columnIndex);
      const format = inputs.has(`${rowIndex}:${column?.id}`) ? inputStyle(type).numFmt : numberFormats[type];
      if (planned === null) {
        expect(cell.value, where).toBeNull();
      } else if (typeof planned === 'object') {
        plannedFormulas++;
        expect(cell.formula, where).toBe(planned.formula);
        expect(cell.result ?? '', where).toBe(planned.result);
        expect(cell.numFmt, where).toBe(format);
      } else if (typeof planned === 'number') {
        expect(cell.value, where).toBe(planned);
        expect(cell.numFmt, where).toBe(format);
      } else {
        expect(cell.value, where).toBe(planned);
        expect(isNumericType(type) && cell.formula !== undefined, where).toBe(false);
      }
    });
  });
  let formulas = 0;
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      if (cell.formula !== undefined) formulas++;
    });
  });
  expect(formulas, `${sheet.name}: formulas in all`).toBe(plannedFormulas);
}

/** The modification time of every entry of a zip, from its central directory and local headers. */
function zipEntryStamps(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const stamp = (at: number) => {
    const time = view.getUint16(at, true);
    const date = view.getUint16(at + 2, true);
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${(date >> 9) + 1980}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`;
  };
  const stamps: string[] = [];
  for (let entry = 0; entry < entries; entry++) {
    stamps.push(stamp(offset + 12));
    stamps.push(stamp(view.getUint32(offset + 42, true) + 10));
    offset +=
      46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return stamps;
}
