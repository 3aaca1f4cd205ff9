import { maxOf } from '../arrays.js';
import { displayWidth } from './display-width.js';
import type { Column } from './table.js';

/** Columns between two table columns. */
export const columnGap = 2;
/**
 * Text columns are not narrowed below this (or their content) before columns are left out: the
 * main text (a title: priority 1) more than secondary ones.
 */
const comfortableTextWidth = { main: 28, secondary: 14 };
/** The narrowest a text column gets when nothing more can be left out. */
const minimumTextWidth = 4;

/** Where each shown column goes and how wide it is. */
export interface TerminalLayout {
  /** Indexes of the shown columns, in table order. */
  shown: number[];
  /** Width of each shown column. */
  widths: number[];
  /** The header of each shown column (full or short). */
  headers: string[];
  /** Indexes of the columns left out. */
  hidden: number[];
}

/**
 * Fits a table into `width` columns: full headers on one line if everything fits; else short
 * headers; then headers wrapped at spaces (as few as needed) if that keeps every text whole; else
 * text columns narrowed (their cells are cut with …); then both; then columns left out, highest
 * `priority` first. `texts` holds each row's cell texts.
 */
export function layoutColumns(
  columns: readonly Column[],
  texts: readonly (readonly string[])[],
  width: number,
): TerminalLayout {
  const bodyWidths = columns.map((_, index) =>
    maxOf(
      texts.map((row) => displayWidth(row[index] ?? '')),
      0,
    ),
  );
  const all = columns.map((_, index) => index);
  const fits = (widths: readonly number[], shown: readonly number[]) =>
    shown.reduce((sum, index) => sum + (widths[index] ?? 0), 0) + columnGap * Math.max(0, shown.length - 1) <= width;

  const fullHeaders = columns.map((item) => item.header);
  const natural = (headers: readonly string[]) =>
    columns.map((_, index) => Math.max(bodyWidths[index] ?? 0, displayWidth(headers[index] ?? '')));
  const fullNatural = natural(fullHeaders);
  if (fits(fullNatural, all)) return layout(all, fullNatural, fullHeaders, []);

  const headers = columns.map((item) => item.shortHeader ?? item.header);
  const shortNatural = natural(headers);
  if (fits(shortNatural, all)) return layout(all, shortNatural, headers, []);

  // Headers wrap at spaces, where needed, so that no text is cut: a column needs only its longest header word.
  const headerWrapped = columns.map((item, index) =>
    isText(item) ? (shortNatural[index] ?? 0) : Math.max(bodyWidths[index] ?? 0, longestWord(headers[index] ?? '')),
  );
  if (fits(headerWrapped, all))
    return layout(all, unwrapHeaders(columns, all, headerWrapped, shortNatural, width), headers, []);

  // Else text columns narrow (their cells are cut with …), so headers can stay on one line.
  const comfortable = columns.map((item, index) =>
    isText(item)
      ? Math.min(
          shortNatural[index] ?? 0,
          Math.max(
            (item.priority ?? 1) <= 1 ? comfortableTextWidth.main : comfortableTextWidth.secondary,
            longestWord(headers[index] ?? ''),
          ),
        )
      : (shortNatural[index] ?? 0),
  );
  if (fits(comfortable, all))
    return layout(all, distribute(columns, all, comfortable, shortNatural, width), headers, []);

  // Then both: narrow text and wrapped headers.
  const wrapped = columns.map((item, index) =>
    isText(item) ? (comfortable[index] ?? 0) : (headerWrapped[index] ?? 0),
  );
  const shown = [...all];
  const hidden: number[] = [];
  while (!fits(wrapped, shown)) {
    const drop = droppable(columns, shown);
    if (drop === undefined) break;
    shown.splice(shown.indexOf(drop), 1);
    hidden.push(drop);
  }
  const minimum = fits(wrapped, shown)
    ? unwrapHeaders(columns, shown, wrapped, comfortable, width)
    : columns.map((item, index) =>
        isText(item) ? Math.min(wrapped[index] ?? 0, minimumTextWidth) : (wrapped[index] ?? 0),
      );
  const widths = distribute(columns, shown, minimum, shortNatural, width);
  return layout(
    shown,
    widths,
    headers,
    hidden.sort((a, b) => a - b),
  );
}

/**
 * Puts the headers back on one line when the room allows them all; a header row where some wrap
 * and others do not reads worse than one where all do.
 */
function unwrapHeaders(
  columns: readonly Column[],
  shown: readonly number[],
  wrapped: readonly number[],
  singleLine: readonly number[],
  width: number,
): number[] {
  const unwrapped = wrapped.map((columnWidth, index) =>
    shown.includes(index) && !isText(columns[index] as Column)
      ? Math.max(columnWidth, singleLine[index] ?? 0)
      : columnWidth,
  );
  const total =
    shown.reduce((sum, index) => sum + (unwrapped[index] ?? 0), 0) + columnGap * Math.max(0, shown.length - 1);
  return total <= width ? unwrapped : [...wrapped];
}

function layout(
  shown: number[],
  widths: readonly number[],
  headers: readonly string[],
  hidden: number[],
): TerminalLayout {
  return {
    shown,
    widths: shown.map((index) => widths[index] ?? 0),
    headers: shown.map((index) => headers[index] ?? ''),
    hidden,
  };
}

/** Text columns shrink (their cells are cut); the others keep their width. */
function isText(column: Column): boolean {
  return column.type === 'text';
}

function longestWord(text: string): number {
  return maxOf(text.split(' ').map(displayWidth), 0);
}

/** The shown column to leave out next: the highest priority number above 1, the rightmost of equals. */
function droppable(columns: readonly Column[], shown: readonly number[]): number | undefined {
  let best: number | undefined;
  let bestPriority = 1;
  for (const index of shown) {
    const priority = columns[index]?.priority ?? 1;
    if (priority > 1 && priority >= bestPriority) {
      best = index;
      bestPriority = priority;
    }
  }
  return best;
}

/** Gives text columns the room left, one column at a time, from `minimum` up to `natural`. */
function distribute(
  columns: readonly Column[],
  shown: readonly number[],
  minimum: readonly number[],
  natural: readonly number[],
  width: number,
): number[] {
  const widths = [...minimum];
  let room =
    width - columnGap * Math.max(0, shown.length - 1) - shown.reduce((sum, index) => sum + (widths[index] ?? 0), 0);
  const growing = shown.filter((index) => columns[index] !== undefined && isText(columns[index] as Column));
  while (room > 0) {
    const open = growing.filter((index) => (widths[index] ?? 0) < (natural[index] ?? 0));
    if (open.length === 0) break;
    for (const index of open) {
      if (room === 0) break;
      widths[index] = (widths[index] ?? 0) + 1;
      room--;
    }
  }
  return widths;
}
