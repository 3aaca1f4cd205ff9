/**
 * CSV (RFC 4180): CRLF line ends, fields quoted when they hold a comma, a quote or a line break,
 * UTF-8 without a byte-order mark. The first row holds the column headers in the report's language
 * (the table as the other formats show it); numbers are plain machine numbers (`.` decimal sign,
 * no grouping), absent values empty, statuses and yes/no in words. Text that a spreadsheet would
 * take for a formula (beginning with =, +, -, @, tab or CR) gets a leading ' (OWASP), so it is
 * never run. Only the table itself is written: no title, caption or notes.
 */
import { labelsFor } from '../i18n/index.js';
import { machineCellText } from './cell-text.js';
import type { RenderOptions } from './render-options.js';
import { safeTable } from './safe-table.js';
import type { Table } from './table.js';

const lineEnd = '\r\n';
const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

/** Renders one table as CSV. */
export function renderCsvTable(unsafe: Table, options: Pick<RenderOptions, 'language'>): string {
  const table = safeTable(unsafe);
  const labels = labelsFor(options.language);
  const lines = [table.columns.map((column) => field(column.header))];
  for (const row of table.rows) {
    lines.push(
      table.columns.map((column, index) => {
        const value = row.cells[index] ?? null;
        const text = machineCellText(value, column, labels);
        return typeof value === 'number' ? text : field(text);
      }),
    );
  }
  return lines.map((line) => line.join(',') + lineEnd).join('');
}

/**
 * Renders tables as CSV: one table is one CSV document; several are written one after another,
 * a blank line apart (the command line writes one table per output).
 */
export function renderCsv(tables: readonly Table[], options: Pick<RenderOptions, 'language'>): string {
  return tables.map((table) => renderCsvTable(table, options)).join(lineEnd);
}

/** A text field: defused against formula injection, then quoted when needed. */
export function field(text: string): string {
  const safe = formulaStart.test(text) ? `'${text}` : text;
  return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
