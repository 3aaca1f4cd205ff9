import { maxOf } from '../../arrays.js';
import type { CellType } from '../table.js';
import type { PlannedValue } from './sheet-plan.js';

/** Narrowest and widest column, in characters of the default font. */
const minWidth = 6;
const maxWidth = 40;
/** Room for the autofilter button and a little air. */
const padding = 3;

/** A column's width in characters, and whether its text wraps (text longer than the widest column). */
export interface ColumnFit {
  width: number;
  wrap: boolean;
}

/**
 * Fits columns to their content: the longest formatted value, but at least the longest word of the
 * header and half its length (headers wrap to two lines), within 6–50 characters; text columns with
 * longer values wrap at 50.
 */
export function fitColumns(
  types: readonly CellType[],
  headers: readonly string[],
  rows: readonly (readonly PlannedValue[])[],
  rowTypes: readonly (CellType | undefined)[] = [],
): ColumnFit[] {
  return types.map((type, index) => {
    let longest = 0;
    for (const [number, row] of rows.entries()) {
      // A record row's values (after its label) have the row's type.
      const shownAs = index > 0 ? (rowTypes[number] ?? type) : type;
      longest = Math.max(longest, shownLength(row[index] ?? null, shownAs));
    }
    const header = headers[index] ?? '';
    const word = maxOf(
      header.split(/\s+/).map((part) => part.length),
      0,
    );
    const wanted = Math.max(longest, word, Math.ceil(header.length / 2)) + padding;
    const width = Math.min(maxWidth, Math.max(minWidth, wanted));
    // exceljs leaves out a width of exactly 9 (its default), and the file then shows Excel's 8.43.
    return { width: width === 9 ? 10 : width, wrap: wanted > maxWidth };
  });
}

/** How many characters a value takes once formatted by its column's number format. */
function shownLength(value: PlannedValue, type: CellType): number {
  if (value === null) return 0;
  if (typeof value === 'string') return value.includes('\n') ? longestLine(value) : value.length;
  const number = typeof value === 'number' ? value : value.result;
  if (typeof number === 'string') return number.length;
  const sign = number < 0 ? 1 : 0;
  switch (type) {
    case 'percent':
    case 'ratio':
      return sign + digits(Math.abs(number) * 100) + 4;
    case 'year':
      return digits(number);
    case 'number':
      return sign + grouped(Math.abs(number)) + 4;
    default:
      return sign + grouped(Math.abs(number));
  }
}

function longestLine(text: string): number {
  return maxOf(text.split('\n').map((line) => line.length));
}

/** Digits of the integer part (arithmetic: this runs for every cell of long tables). */
function digits(magnitude: number): number {
  return magnitude < 10 ? 1 : Math.floor(Math.log10(magnitude)) + 1;
}

/** Length of the integer part with thousands separators. */
function grouped(magnitude: number): number {
  const count = digits(Math.round(magnitude));
  return count + Math.floor((count - 1) / 3);
}

/** Estimates how many lines text takes in a column of `width` characters when it wraps at spaces. */
export function wrappedLines(text: string, width: number): number {
  // Text averages a little narrower than the digit "0" that column widths count in.
  const room = Math.max(1, Math.floor(width * 1.1) - 1);
  let count = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    count++;
    for (const word of paragraph.split(/\s+/)) {
      if (line + (line > 0 ? 1 : 0) + word.length <= room) {
        line += (line > 0 ? 1 : 0) + word.length;
        continue;
      }
      if (line > 0) count++;
      // A word longer than the column breaks over several lines.
      const extra = Math.floor(Math.max(0, word.length - 1) / room);
      count += extra;
      line = word.length - extra * room;
    }
  }
  return count;
}
