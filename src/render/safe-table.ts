import { hasUnsafeText, safeText } from '../safe-text.js';
import type { Table } from './table.js';

/** A table whose every text (title, caption, headers, text cells, notes) is safe; numbers untouched. */
export function safeTable(table: Table): Table {
  return {
    ...table,
    title: safeText(table.title),
    ...(table.caption === undefined ? {} : { caption: safeText(table.caption) }),
    columns: table.columns.map((column) => ({
      ...column,
      header: safeText(column.header),
      ...(column.shortHeader === undefined ? {} : { shortHeader: safeText(column.shortHeader) }),
    })),
    // Rows are copied only when they need it: a table of 100 000 measures is not doubled for nothing.
    rows: table.rows.map((row) =>
      row.cells.some((cell) => typeof cell === 'string' && hasUnsafeText(cell))
        ? { ...row, cells: row.cells.map((cell) => (typeof cell === 'string' ? safeText(cell) : cell)) }
        : row,
    ),
    ...(table.notes === undefined ? {} : { notes: table.notes.map((note) => safeText(note)) }),
  };
}
