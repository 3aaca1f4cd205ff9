import type { Labels } from '../i18n/labels.js';
import type { Rating, Status } from '../model/budget.js';
import { formatMachineNumber, isNumericType, type NumberFormat } from './number-format.js';
import type { CellValue, Column, Table } from './table.js';

/**
 * The text of a cell for people (terminal, Markdown): numbers in the language's format, statuses,
 * ratings and yes/no translated, an absent value as the empty string.
 */
export function humanCellText(value: CellValue, column: Column, labels: Labels, numbers: NumberFormat): string {
  if (value === null) return '';
  if (typeof value === 'number') return isNumericType(column.type) ? numbers.format(value, column.type) : String(value);
  return wordText(value, column, labels);
}

/**
 * The text of a cell for machines (CSV): plain numbers (see formatMachineNumber), words translated
 * as in the human formats, an absent value as the empty string.
 */
export function machineCellText(value: CellValue, column: Column, labels: Labels): string {
  if (value === null) return '';
  if (typeof value === 'number') return column.type === 'year' ? String(value) : formatMachineNumber(value);
  return wordText(value, column, labels);
}

function wordText(value: string | boolean, column: Column, labels: Labels): string {
  if (typeof value === 'boolean') return value ? labels.yes : labels.no;
  if (column.type === 'status') return labels.status[value as Status] ?? value;
  if (column.type === 'rating') return labels.rating[value as Rating] ?? value;
  return value;
}

/**
 * What a column's `colorBy` says of a value: a gap above 0 and a false verdict are bad, a gap at or
 * below 0 and a true verdict good; undefined for anything else. Every output that colours asks here.
 */
export function cellTone(value: CellValue, column: Column): 'good' | 'bad' | undefined {
  if (column.colorBy === 'verdict' && typeof value === 'boolean') return value ? 'good' : 'bad';
  if (column.colorBy === 'gap' && typeof value === 'number') return value > 0 ? 'bad' : 'good';
  return undefined;
}

/**
 * The addresses of a table's linked cells (`Column.link`), one array per row: the relative address
 * held by the linked column, percent-encoded segment by segment (parentheses too, for Markdown), or
 * null where the row has none (no rows at all when no column links).
 */
export function cellLinks(table: Table): (string | null)[][] {
  if (!table.columns.some((column) => column.link !== undefined)) return [];
  const sources = table.columns.map((column) =>
    column.link === undefined ? -1 : table.columns.findIndex((other) => other.id === column.link),
  );
  return table.rows.map((row) =>
    sources.map((source) => {
      const address = source < 0 ? null : row.cells[source];
      return typeof address === 'string' && address !== '' ? encodeAddress(address) : null;
    }),
  );
}

function encodeAddress(address: string): string {
  return address
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()]/g, (paren) => (paren === '(' ? '%28' : '%29')))
    .join('/');
}
