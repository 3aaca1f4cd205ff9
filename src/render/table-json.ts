/**
 * JSON of listing tables (`summary --format json` and the other listings): the table model itself,
 * for scripts. Each table has its id, title, caption, columns (id, header, type, formula) and rows
 * as objects keyed by column id with the raw values: unrounded numbers, status and rating ids,
 * booleans, null for absent values; total rows apart under `totals` with their role. The whole
 * computed budget (SPEC §7.1) is `export --format json`, rendered by renderJson.
 */

import { safeJsonText } from '../safe-text.js';
import type { RenderOptions } from './render-options.js';
import type { CellValue, Row, Table } from './table.js';

/** Renders tables as one JSON document with a trailing newline. */
export function renderTableJson(tables: readonly Table[], options: Pick<RenderOptions, 'language'>): string {
  const document = {
    language: options.language,
    tables: tables.map((table) => ({
      id: table.id,
      title: table.title,
      caption: table.caption ?? null,
      columns: table.columns.map((column) => ({
        id: column.id,
        header: column.header,
        type: column.type,
        ...(column.formula === undefined ? {} : { formula: column.formula }),
      })),
      rows: table.rows.filter((row) => isBody(row)).map((row) => rowObject(table, row)),
      totals: table.rows.filter((row) => !isBody(row)).map((row) => ({ role: row.role, cells: rowObject(table, row) })),
      notes: [...(table.notes ?? [])],
    })),
  };
  return safeJsonText(`${JSON.stringify(document, null, 2)}\n`);
}

function isBody(row: Row): boolean {
  return row.role === undefined || row.role === 'body';
}

function rowObject(table: Table, row: Row): Record<string, CellValue> {
  const values: Record<string, CellValue> = {};
  table.columns.forEach((column, index) => {
    const value = row.cells[index] ?? null;
    values[column.id] = typeof value === 'number' && !Number.isFinite(value) ? null : value;
  });
  return values;
}
