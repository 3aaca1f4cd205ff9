import type { Labels } from '../i18n/labels.js';
import type { Rating, Status } from '../model/budget.js';
import { formatMachineNumber, isNumericType, type NumberFormat } from './number-format.js';
import type { CellValue, Column } from './table.js';

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
