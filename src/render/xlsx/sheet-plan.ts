import type { Labels } from '../../i18n/index.js';
import { isNumericType } from '../number-format.js';
import type { CellType, CellValue, Column, Row, Table } from '../table.js';

/**
 * Where a table goes on its sheet and what each cell holds: plain values, or formulas with their
 * computed result. Pure and free of exceljs, so the writer, the tests and the LibreOffice check
 * agree on every cell.
 */

/** Rows of every sheet: title, caption, an empty row, the header, then the table's rows. */
export const sheetRows = { title: 1, caption: 2, header: 4, firstData: 5 } as const;

/** The words a cell's value may be translated into. */
export type ValueLabels = Pick<Labels, 'yes' | 'no' | 'status' | 'rating'>;

/** A formula with the value the engine computed for it (cached in the file). */
export interface PlannedFormula {
  formula: string;
  /** A number, or '' where a guarded formula yields nothing. */
  result: number | string;
}

/** What a cell holds in the workbook. */
export type PlannedValue = string | number | PlannedFormula | null;

/** Excel's longest cell text. */
const maxTextLength = 32767;

/** The sheet row of the table row at `index`. */
export function dataRow(index: number): number {
  return sheetRows.firstData + index;
}

/** The column letters of the 1-based column `position` (1 → A, 27 → AA). */
export function columnLetter(position: number): string {
  let letters = '';
  for (let rest = position; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** Plans the cells of a table's rows, one array per row, lazily (tables may be long). */
export function* planRows(table: Table, labels: ValueLabels): Generator<PlannedValue[]> {
  const letters = new Map(table.columns.map((column, index) => [column.id, columnLetter(index + 1)]));
  const positions = new Map(table.columns.map((column, index) => [column.id, index]));
  const formulas = table.columns.map((column) => {
    if (column.formula === undefined) return undefined;
    const parts = templateFormula(column, letters, rowMarker).split(rowMarker);
    const inputs = referencedColumns(column.formula, letters).map((id) => positions.get(id) as number);
    return { parts, inputs, guarded: guarded.test(column.formula) };
  });
  const numeric = table.columns.map((column) => isNumericType(column.type));
  const keyed = keyedRows(table);
  let groupStart = sheetRows.firstData;
  for (const [index, row] of table.rows.entries()) {
    const rowNumber = dataRow(index);
    const isTotal = row.role === 'total';
    const planned: PlannedValue[] = new Array(table.columns.length);
    for (let position = 0; position < planned.length; position++) {
      const column = table.columns[position] as Column;
      const type = cellType(column, row, position);
      const value = row.cells[position] ?? null;
      if (
        !(row.type === undefined ? numeric[position] : isNumericType(type)) ||
        (value !== null && typeof value !== 'number')
      ) {
        planned[position] = plainValue(type, value, labels);
        continue;
      }
      const result = value === null ? null : scaled(type, value);
      if (row.type !== undefined && position > 0) {
        planned[position] = recordValue(row, type, result, keyed, columnLetter(position + 1), position);
        continue;
      }
      const template = formulas[position];
      if (template !== undefined && allFinite(row.cells, template.inputs)) {
        const formula = template.parts.join(String(rowNumber));
        // A guarded template (IF(need>0, effect/need, "")) yields '' where the engine has no value.
        planned[position] = result !== null ? { formula, result } : template.guarded ? { formula, result: '' } : null;
      } else if (result !== null && isTotal && rowNumber > groupStart) {
        const letter = letters.get(column.id) as string;
        planned[position] = { formula: `SUM(${letter}${groupStart}:${letter}${rowNumber - 1})`, result };
      } else {
        planned[position] = result;
      }
    }
    yield planned;
    if (isTotal) groupStart = rowNumber + 1;
  }
}

/**
 * The type of a cell: a record row's own type after its label, else its column's (the writer, the
 * plan and the tests agree on it).
 */
export function cellType(column: Column, row: Row, position: number): CellType {
  return row.type !== undefined && position > 0 ? row.type : column.type;
}

/** The keyed rows of a table (record layout): key → the row and its sheet row number. */
function keyedRows(table: Table): Map<string, { row: Row; number: number }> {
  const keyed = new Map<string, { row: Row; number: number }>();
  table.rows.forEach((row, index) => {
    if (row.key !== undefined) keyed.set(row.key, { row, number: dataRow(index) });
  });
  return keyed;
}

/**
 * A value cell of a record row: its formula over other rows of the same column (A1 references),
 * when every row it refers to holds a finite number there; else the value.
 */
function recordValue(
  row: Row,
  type: CellType,
  result: number | null,
  keyed: ReadonlyMap<string, { row: Row; number: number }>,
  letter: string,
  position: number,
): PlannedValue {
  if (row.formula === undefined) return result;
  let inputsFinite = true;
  const substituted = row.formula.replace(/\{([^}]+)\}/g, (_, key: string) => {
    const input = keyed.get(key);
    if (input === undefined) throw new Error(`row formula "${row.formula}" names an unknown row "${key}"`);
    if (!isFiniteNumber(input.row.cells[position])) inputsFinite = false;
    return `${letter}${input.number}`;
  });
  if (!inputsFinite) return result;
  const formula = withoutSpaces(type === 'percent' ? `(${substituted})/100` : substituted);
  if (result !== null) return { formula, result };
  return guarded.test(row.formula) ? { formula, result: '' } : null;
}

/** True when every cell at `positions` is a finite number (a formula's inputs). */
function allFinite(cells: readonly CellValue[], positions: readonly number[]): boolean {
  for (const position of positions) if (!isFiniteNumber(cells[position])) return false;
  return true;
}

/** Stands for the row number while a template is translated once per column. */
const rowMarker = '\u0000';

const guarded = /\bIF\(/i;

/** The value of a non-numeric cell (or a number in a text column): labels translated, text capped. */
function plainValue(type: CellType, value: CellValue, labels: ValueLabels): PlannedValue {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? labels.yes : labels.no;
  let text = value;
  if (type === 'status') text = labels.status[value as keyof Labels['status']] ?? value;
  else if (type === 'rating') text = labels.rating[value as keyof Labels['rating']] ?? value;
  return text.length > maxTextLength ? `${text.slice(0, maxTextLength - 1)}…` : text;
}

/** Percent cells hold fractions, so '0.0 %' shows them right; every other number is as computed. */
function scaled(type: CellType, value: number): number | null {
  if (!Number.isFinite(value)) return null;
  return type === 'percent' ? value / 100 : value;
}

function isFiniteNumber(value: CellValue | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Translates a column's formula template to A1 references of one row: `{baseline} - {effect}` →
 * `D7-E7`. Whitespace outside string literals is dropped (Excel's canonical form). A percent
 * column's template yields percent units, so its formula is divided by 100 like its values.
 */
export function templateFormula(column: Column, letters: ReadonlyMap<string, string>, row: number | string): string {
  const formula = translateFormula(column.formula as string, letters, row);
  return column.type === 'percent' ? `(${formula})/100` : formula;
}

/** Replaces `{column}` by its A1 reference in `row` and drops whitespace outside "strings". */
export function translateFormula(template: string, letters: ReadonlyMap<string, string>, row: number | string): string {
  const substituted = template.replace(/\{([^}]+)\}/g, (_, id: string) => {
    const letter = letters.get(id);
    if (letter === undefined) throw new Error(`formula template "${template}" names an unknown column "${id}"`);
    return `${letter}${row}`;
  });
  return withoutSpaces(substituted);
}

/** Drops whitespace outside "strings" (Excel's canonical form of a formula). */
function withoutSpaces(formula: string): string {
  return formula
    .split('"')
    .map((part, index) => (index % 2 === 0 ? part.replace(/\s+/g, '') : part))
    .join('"');
}

/** The column ids a template refers to (checked against the table's columns). */
function referencedColumns(template: string, letters: ReadonlyMap<string, string>): string[] {
  const ids = [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);
  for (const id of ids) {
    if (!letters.has(id)) throw new Error(`formula template "${template}" names an unknown column "${id}"`);
  }
  return ids;
}
