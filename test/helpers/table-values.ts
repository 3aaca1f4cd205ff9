import type { CellValue, Row, Table } from '../../src/render/table.js';

/** The values of one column in the body rows (or in `rows`). */
export function columnValues(table: Table, columnId: string, rows: readonly Row[] = bodyRows(table)): CellValue[] {
  const index = table.columns.findIndex((column) => column.id === columnId);
  if (index < 0) throw new Error(`table ${table.id} has no column ${columnId}`);
  return rows.map((row) => row.cells[index] ?? null);
}

/** The rows that are neither totals nor summaries. */
export function bodyRows(table: Table): Row[] {
  return table.rows.filter((row) => row.role === undefined || row.role === 'body');
}

/** The rows with role total or summary. */
export function totalRows(table: Table): Row[] {
  return table.rows.filter((row) => row.role === 'total' || row.role === 'summary');
}

/** One row as an object keyed by column id. */
export function rowObject(table: Table, row: Row): Record<string, CellValue> {
  return Object.fromEntries(table.columns.map((column, index) => [column.id, row.cells[index] ?? null]));
}
