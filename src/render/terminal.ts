import { Chalk, type ChalkInstance } from 'chalk';
import CliTable from 'cli-table3';
import { labelsFor } from '../i18n/index.js';
import type { Rating, Status } from '../model/budget.js';
import { safeText } from '../safe-text.js';
import { cellTone, humanCellText } from './cell-text.js';
import { truncateToWidth, wrapToWidth } from './display-width.js';
import { isNumericType, numberFormatFor } from './number-format.js';
import type { RenderOptions } from './render-options.js';
import { safeTable } from './safe-table.js';
import type { CellValue, Column, Row, Table } from './table.js';
import { columnGap, layoutColumns } from './terminal-layout.js';

type Paint = (text: string) => string;

/** Borderless: a rule under the header, columns two spaces apart. */
const tableChars = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '─',
  'mid-mid': '─'.repeat(columnGap),
  right: '',
  'right-mid': '',
  middle: ' '.repeat(columnGap),
};

/**
 * Renders tables for a terminal of `options.width` columns (cli-table3, no borders): a bold title,
 * a caption, the table and its notes, tables a blank line apart. Numbers are right-aligned in the
 * language's format; absent values are blank; an id repeated from the row above is shown once.
 * Text that does not fit is cut with … (or wrapped, for columns marked `wrap`), and columns that
 * still do not fit are left out (named in a note). Statuses, ratings, verdicts and gaps are coloured when
 * `options.color` is on. No line is longer than the width. A document title, when given, comes
 * first, bold and underlined.
 */
export function renderTerminal(tables: readonly Table[], options: RenderOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  // Budget text may hold escape sequences: made safe before any colour code is added.
  const body = tables.map((table) => renderTable(safeTable(table), options, chalk)).join('\n');
  if (options.documentTitle === undefined) return body;
  const heading = wrapToWidth(safeText(options.documentTitle), options.width).map((line) => chalk.bold.underline(line));
  return `${heading.join('\n')}\n\n${body}`;
}

function renderTable(table: Table, options: RenderOptions, chalk: ChalkInstance): string {
  const labels = labelsFor(options.language);
  const numbers = numberFormatFor(options.language);
  const lines: string[] = [];
  const addWrapped = (text: string, paint: Paint) => {
    for (const line of wrapToWidth(text, options.width)) lines.push(paint(line));
  };
  addWrapped(table.title, chalk.bold);
  if (table.caption) addWrapped(table.caption, chalk.dim);

  if (table.rows.length === 0) {
    lines.push(labels.noRows);
  } else {
    const texts = table.rows.map((row, rowIndex) =>
      table.columns.map((column, index) =>
        index === 0 && repeatsAbove(table, rowIndex)
          ? ''
          : humanCellText(row.cells[index] ?? null, column, labels, numbers),
      ),
    );
    const layout = layoutColumns(table.columns, texts, options.width);
    const shownColumns = layout.shown.map((index) => table.columns[index] as Column);
    // cli-table3 takes cell objects in `head` too; its types say only strings.
    const head = layout.headers.map((header, position) => ({
      content: wrapToWidth(header, layout.widths[position] ?? 1).join('\n'),
      vAlign: 'bottom',
    })) as unknown as string[];
    const grid = new CliTable({
      head,
      colWidths: layout.widths,
      colAligns: shownColumns.map((column) => (isNumericType(column.type) ? 'right' : 'left')),
      chars: tableChars,
      style: { head: [], border: [], compact: true, 'padding-left': 0, 'padding-right': 0 },
      wordWrap: false,
    });
    let afterBody = false;
    table.rows.forEach((row, rowIndex) => {
      const isTotal = row.role === 'total' || row.role === 'summary';
      // A rule above each block of sums that follows body rows (one per scope in a table of several).
      if (isTotal && afterBody) grid.push(layout.widths.map((columnWidth) => '─'.repeat(columnWidth)));
      afterBody = !isTotal;
      grid.push(
        layout.shown.map((index, position) => {
          const column = table.columns[index] as Column;
          const columnWidth = layout.widths[position] ?? 0;
          const text = texts[rowIndex]?.[index] ?? '';
          const fitted = column.wrap ? wrapToWidth(text, columnWidth).join('\n') : truncateToWidth(text, columnWidth);
          return paintCell(fitted, row, index, column, chalk);
        }),
      );
    });
    for (const line of grid.toString().split('\n')) lines.push(line.trimEnd());
    if (layout.hidden.length > 0) {
      const hidden = layout.hidden.map((index) => table.columns[index]?.header ?? '');
      addWrapped(labels.hiddenColumns(hidden), chalk.dim);
    }
  }
  for (const note of table.notes ?? []) addWrapped(note, chalk.dim);
  return `${lines.join('\n')}\n`;
}

/** True when the first column is an id that the body row above shows already (shown once). */
function repeatsAbove(table: Table, rowIndex: number): boolean {
  if (rowIndex === 0 || table.columns[0]?.type !== 'id') return false;
  const row = table.rows[rowIndex];
  const above = table.rows[rowIndex - 1];
  const isBody = (candidate: Row | undefined) => candidate?.role === undefined || candidate.role === 'body';
  return isBody(row) && isBody(above) && row?.cells[0] !== null && row?.cells[0] === above?.cells[0];
}

function paintCell(text: string, row: Row, index: number, column: Column, chalk: ChalkInstance): string {
  const value: CellValue = row.cells[index] ?? null;
  const paint = cellPaint(value, column, chalk);
  const painted = paint ? paint(text) : text;
  return row.role === 'total' || row.role === 'summary' ? chalk.bold(painted) : painted;
}

function cellPaint(value: CellValue, column: Column, chalk: ChalkInstance): Paint | undefined {
  if (value === null) return undefined;
  if (column.type === 'status') return statusPaint(chalk)[value as Status];
  if (column.type === 'rating') return ratingPaint(chalk)[value as Rating];
  const tone = cellTone(value, column);
  return tone === undefined ? undefined : tone === 'good' ? chalk.green : chalk.red;
}

function statusPaint(chalk: ChalkInstance): Record<Status, Paint> {
  return {
    proposed: chalk.cyan,
    adopted: chalk.blue,
    in_progress: chalk.yellow,
    completed: chalk.green,
    postponed: chalk.magenta,
    cancelled: chalk.gray,
  };
}

function ratingPaint(chalk: ChalkInstance): Record<Rating, Paint> {
  return { green: chalk.green, yellow: chalk.yellow, red: chalk.red };
}
