import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import type { AddWorksheetOptions, DataValidation, DefinedNamesModel, Row, Style, Workbook, Worksheet } from 'exceljs';
import { maxOf } from '../../arrays.js';
import { replaceFileAtomic } from '../../atomic-file.js';
import { labelsFor } from '../../i18n/index.js';
import type { Language } from '../../model/budget.js';
import { safeText } from '../../safe-text.js';
import { cellLinks } from '../cell-text.js';
import { isNumericType } from '../number-format.js';
import { safeTable } from '../safe-table.js';
import type { CellType, RowRole, Table } from '../table.js';
import { bodyStyle, captionStyle, headerStyle, inputStyle, noteStyle, titleStyle } from './cell-styles.js';
import { fitColumns, wrappedLines } from './column-widths.js';
import { conditionalFormats } from './conditional-formats.js';
import { sheetNames } from './sheet-names.js';
import { columnLetter, dataRow, type PlannedValue, planRows, sheetRows, type ValueLabels } from './sheet-plan.js';
import { deflateStoredZip } from './zip-deflate.js';
import { pinZipFileTimestamps, pinZipTimestamps } from './zip-timestamps.js';

export interface XlsxOptions {
  /** Language of the words the writer adds itself (status and rating labels, yes/no, page footers). */
  language: Language;
  /** Document dates (created, modified, zip entries): see workbookDate(). */
  created: Date;
  /** Document title; default: the first table's title. */
  title?: string;
  /** Use exceljs's streaming writer (true) or its document model (false); default: by size. */
  streaming?: boolean;
}

/**
 * Width units of one A4 landscape page at the smallest scale still read on paper (about 42 %): a
 * wider sheet prints on more pages side by side (the measures on two), rather than shrunk to one
 * page at 18 % (looked at in LibreOffice's PDF: unreadable).
 */
const printableWidth = 360;

/** Width units that fit an A4 portrait page at full scale: narrower sheets print upright. */
const portraitWidth = 100;

/** Points per line of text, and the most lines a wrapped row is given. */
const lineHeight = 15;
const maxLines = 12;

/**
 * The style of every row (its cells carry their own): one object, because exceljs files a row's
 * style by the object and would otherwise serialise a fresh empty style for every row. `Row.style`
 * is exceljs's own field, left out of its type declarations; frozen, so exceljs cannot change it.
 */
const rowStyle: Partial<Style> = Object.freeze({});

type StyledRow = Row & { style: Partial<Style> };

/**
 * The streaming writer hands rows to the zip only when the event loop turns; yielding every so
 * many rows lets the zip compress on another thread while later rows are rendered, instead of
 * all of it after the last row (about a tenth less time to write a 10 000-measure workbook).
 */
const rowsPerTurn = 32;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Above this many table rows in all, the streaming writer is used: it keeps memory flat. */
export const streamingRowThreshold = 5000;

/** exceljs's streaming writer, loaded on first use (its index would also load the readers). */
async function loadWorkbookWriter() {
  return (await import('exceljs/lib/stream/xlsx/workbook-writer.js')).default;
}

/** Writes tables to an xlsx workbook, one sheet per table; exceljs is loaded only now. */
export async function writeXlsx(tables: readonly Table[], options: XlsxOptions): Promise<Uint8Array> {
  let bytes: Uint8Array;
  if (usesStreaming(tables, options)) {
    const WorkbookWriter = await loadWorkbookWriter();
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
    });
    const workbook = new WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
    await fillWorkbook(workbook, tables, options, true);
    await workbook.commit();
    bytes = Buffer.concat(chunks);
  } else {
    const { default: WorkbookModel } = await import('exceljs/lib/doc/workbook.js');
    const workbook = new WorkbookModel();
    await fillWorkbook(workbook, tables, options, false);
    // Zipped stored, then deflated by Node's zlib: see zip-deflate.ts.
    bytes = deflateStoredZip(new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } })));
  }
  pinZipTimestamps(bytes, options.created);
  return bytes;
}

/**
 * Streams tables into an xlsx file with exceljs's WorkbookWriter (for large budgets: rows go to
 * disk as they are written); atomic: a temporary file beside `path`, then a rename.
 */
export async function writeXlsxFile(tables: readonly Table[], path: string, options: XlsxOptions): Promise<void> {
  const WorkbookWriter = await loadWorkbookWriter();
  await replaceFileAtomic(path, async (temporary) => {
    const workbook = new WorkbookWriter({
      stream: createWriteStream(temporary),
      useStyles: true,
      useSharedStrings: true,
    });
    await fillWorkbook(workbook, tables, options, true);
    await workbook.commit();
    pinZipFileTimestamps(temporary, options.created);
  });
}

/** True when the tables go through the streaming writer. */
export function usesStreaming(tables: readonly Table[], options: Pick<XlsxOptions, 'streaming'>): boolean {
  return options.streaming ?? tables.reduce((sum, table) => sum + table.rows.length, 0) > streamingRowThreshold;
}

async function fillWorkbook(
  workbook: Workbook,
  unsafeTables: readonly Table[],
  options: XlsxOptions,
  streaming: boolean,
): Promise<void> {
  // Budget text in cells: no control or bidi characters (they would also make the XML invalid).
  const tables = unsafeTables.map(safeTable);
  const labels = labelsFor(options.language);
  const pageOfPages = labelsFor(options.language).workbook.pageOfPages;
  const title = safeText(options.title ?? tables[0]?.title ?? '');
  workbook.creator = 'klimabudsjett';
  workbook.lastModifiedBy = 'klimabudsjett';
  workbook.created = options.created;
  workbook.modified = options.created;
  workbook.title = title;
  const names = sheetNames(tables.map((table) => table.title));
  const definedNames = new Set<string>();
  const namedCells = namedCellsOf(workbook);
  for (const [index, table] of tables.entries()) {
    const name = names[index] as string;
    const worksheet = await addSheet(workbook, table, name, { title, pageOfPages }, labels, streaming);
    for (const key of table.names ?? []) {
      checkDefinedName(key.name, definedNames);
      const position = table.columns.findIndex((column) => column.id === key.column);
      if (position < 0 || key.row < 0 || key.row >= table.rows.length) {
        throw new Error(`defined name ${key.name} points outside table ${table.id}`);
      }
      namedCells.push({ name: key.name, ranges: [`'${name}'!$${columnLetter(position + 1)}$${dataRow(key.row)}`] });
    }
    if (streaming) worksheet.commit();
  }
}

/**
 * The workbook's defined names, handed to exceljs as its model: each name one cell. exceljs's own
 * bookkeeping (`definedNames.add`) keeps a matrix per name and walks every row above the name's
 * cell to write it, so a summary of 1 000 targets (17 000 names down 30 000 rows) took 15 s to
 * write and 2 000 took 50 s; the list is written as it is.
 */
function namedCellsOf(workbook: Workbook): DefinedNamesModel {
  const model: DefinedNamesModel = [];
  Object.defineProperty(workbook.definedNames, 'model', { get: () => model, configurable: true });
  return model;
}

/** Writes one table on a new sheet: title, caption, header, rows, notes, and the sheet's setup. */
async function addSheet(
  workbook: Workbook,
  table: Table,
  name: string,
  page: { title: string; pageOfPages: string },
  labels: ValueLabels,
  streaming: boolean,
): Promise<Worksheet> {
  const columnCount = Math.max(1, table.columns.length);
  const lastColumn = columnLetter(columnCount);
  const lastRow = table.rows.length > 0 ? dataRow(table.rows.length - 1) : sheetRows.header;
  const frozenColumns = table.columns.length > 6 && ['id', 'text'].includes(table.columns[0]?.type ?? '') ? 1 : 0;
  const planned: PlannedValue[][] = [...planRows(table, labels)];
  const headers = table.columns.map((column) => column.header);
  const records = table.rows.some((row) => row.type !== undefined);
  // A heading inside a record layout runs over the cells to its right: it sets no width.
  const fitted = records
    ? planned.map((values, index) => (table.rows[index]?.role === 'heading' ? [null, ...values.slice(1)] : values))
    : planned;
  const fits = fitColumns(
    table.columns.map((column) => column.type),
    headers,
    fitted,
    records ? table.rows.map((row) => row.type) : [],
  );
  const widths = fits.map((fit) => fit.width);
  const worksheet = workbook.addWorksheet(name, sheetSetup(widths, frozenColumns, page));
  widths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
  const styles = (role: RowRole) =>
    table.columns.map((column, index) =>
      bodyStyle(column.type, role, {
        // A heading runs over the empty cells to its right instead of wrapping.
        wrap: role !== 'heading' && (fits[index]?.wrap ?? false),
        indent: index > 0 && isNumericType(table.columns[index - 1]?.type ?? 'text'),
      }),
    );
  const rowStyles = {
    body: styles('body'),
    total: styles('total'),
    summary: styles('summary'),
    heading: styles('heading'),
  };
  const recordStyles = new Map<string, Partial<Style>>();
  /** The style of a record row's values: by the row's type and role, made once per pair. */
  const recordStyle = (type: CellType, role: RowRole) => {
    const key = `${type}:${role}`;
    if (!recordStyles.has(key)) recordStyles.set(key, bodyStyle(type, role, { wrap: false, indent: false }));
    return recordStyles.get(key) as Partial<Style>;
  };
  const inputs = inputCells(table);

  const finish = (rowNumber: number) => {
    if (streaming) worksheet.getRow(rowNumber).commit();
  };
  const titleCell = worksheet.getRow(sheetRows.title).getCell(1);
  titleCell.value = table.title;
  titleCell.style = titleStyle;
  worksheet.getRow(sheetRows.title).height = 21;
  finish(sheetRows.title);
  if (table.caption) {
    const captionCell = worksheet.getRow(sheetRows.caption).getCell(1);
    captionCell.value = table.caption;
    captionCell.style = captionStyle;
    finish(sheetRows.caption);
  }

  const headerRow = worksheet.getRow(sheetRows.header);
  table.columns.forEach((column, index) => {
    const cell = headerRow.getCell(index + 1);
    cell.value = column.header;
    cell.style = headerStyle(column.type);
  });
  headerRow.height = lineHeight * maxOf(headers.map((header, index) => wrappedLines(header, widths[index] ?? 10)));
  finish(sheetRows.header);

  // Linked cells (the overview's documents) are hyperlinks, as in HTML and Markdown.
  const links = cellLinks(table);
  for (const [index, values] of planned.entries()) {
    if (streaming && index % rowsPerTurn === rowsPerTurn - 1) await nextTurn();
    const role = table.rows[index]?.role ?? 'body';
    const row = worksheet.getRow(dataRow(index));
    (row as StyledRow).style = rowStyle;
    let lines = 1;
    values.forEach((value, position) => {
      if (value === null && role !== 'total' && role !== 'heading') return;
      const cell = row.getCell(position + 1);
      const link = links[index]?.[position] ?? null;
      if (value !== null)
        cell.value = link !== null && typeof value === 'string' ? { text: value, hyperlink: link } : value;
      const type = table.rows[index]?.type;
      const input = inputs.get(`${index}:${position}`);
      cell.style =
        input?.style ??
        (type !== undefined && position > 0 ? recordStyle(type, role) : (rowStyles[role][position] as Partial<Style>));
      if (input?.validation !== undefined) cell.dataValidation = input.validation;
      if (typeof value === 'string' && fits[position]?.wrap) {
        lines = Math.max(lines, wrappedLines(value, widths[position] as number));
      }
    });
    // Spreadsheets do not all grow rows to wrapped text on opening, so the height is written.
    if (lines > 1) row.height = lineHeight * Math.min(lines, maxLines);
    finish(dataRow(index));
  }

  (table.notes ?? []).forEach((note, index) => {
    const rowNumber = lastRow + 2 + index;
    const cell = worksheet.getRow(rowNumber).getCell(1);
    cell.value = note;
    cell.style = noteStyle;
    finish(rowNumber);
  });

  // A record layout (label/value blocks) is read, not filtered.
  if (!records) worksheet.autoFilter = `A${sheetRows.header}:${lastColumn}${lastRow}`;
  for (const format of conditionalFormats(table, labels)) worksheet.addConditionalFormatting(format);
  return worksheet;
}

/**
 * The input cells of a table (`row:position` → its style and the values it takes): an assumption a
 * reader may change.
 */
function inputCells(table: Table): Map<string, { style: Partial<Style>; validation?: DataValidation }> {
  const cells = new Map<string, { style: Partial<Style>; validation?: DataValidation }>();
  for (const name of table.names ?? []) {
    const position = table.columns.findIndex((column) => column.id === name.column);
    const column = table.columns[position];
    if (!name.input || column === undefined) continue;
    const style = inputStyle(column.type);
    cells.set(
      `${name.row}:${position}`,
      name.between === undefined ? { style } : { style, validation: between(name.between) },
    );
  }
  return cells;
}

/** A number from `low` to `high`, or nothing else as typed (the spreadsheet's error box says so). */
function between([low, high]: readonly [number, number]): DataValidation {
  return {
    type: 'decimal',
    operator: 'between',
    allowBlank: false,
    showErrorMessage: true,
    errorStyle: 'stop',
    formulae: [low, high],
  };
}

/** The views and print setup of a sheet: frozen header (and first column), upright or landscape, fit to width. */
function sheetSetup(
  widths: readonly number[],
  frozenColumns: number,
  page: { title: string; pageOfPages: string },
): Partial<AddWorksheetOptions> {
  const width = widths.reduce((sum, columnWidth) => sum + columnWidth, 0);
  const pagesWide = Math.max(1, Math.ceil(width / printableWidth));
  return {
    views: [
      {
        state: 'frozen',
        xSplit: frozenColumns,
        ySplit: sheetRows.header,
        topLeftCell: `${columnLetter(frozenColumns + 1)}${sheetRows.firstData}`,
        activeCell: `A${sheetRows.firstData}`,
      },
    ],
    pageSetup: {
      paperSize: 9,
      orientation: width <= portraitWidth ? 'portrait' : 'landscape',
      fitToPage: true,
      fitToWidth: pagesWide,
      fitToHeight: 0,
      printTitlesRow: `${sheetRows.header}:${sheetRows.header}`,
      ...(frozenColumns > 0 && pagesWide > 1 ? { printTitlesColumn: 'A:A' } : {}),
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: pageFooter(page.title, page.pageOfPages) },
  };
}

/** Excel's longest page header or footer, codes included: a longer one makes it repair the file. */
const maxFooterLength = 255;

/**
 * The page footer: the workbook's title on the left, the sheet in the middle, page of pages on the
 * right; the title is cut (with …) where a long municipality name would make it too long.
 */
function pageFooter(title: string, pageOfPages: string): string {
  const footer = (text: string) => `&L&8${footerText(text)}&C&8&A&R&8${pageOfPages}`;
  if (footer(title).length <= maxFooterLength) return footer(title);
  // By code points: a cut must not split a surrogate pair (a lone half is invalid XML).
  const characters = [...title];
  const cut = (kept: number) => `${characters.slice(0, kept).join('')}…`;
  let kept = characters.length;
  while (kept > 0 && footer(cut(kept)).length > maxFooterLength) kept--;
  return footer(cut(kept));
}

/** Text for a page header or footer: `&` starts a code there, so it is doubled. */
function footerText(text: string): string {
  return text.replace(/&/g, '&&');
}

/**
 * Checks a defined name: Excel wants a letter or underscore first, then letters, digits, `_` and
 * `.`, no cell reference look-alike (A1, R1C1), unique without regard to case.
 */
function checkDefinedName(name: string, taken: Set<string>): void {
  const valid =
    /^[A-Za-z_][A-Za-z0-9_.]{0,254}$/.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
    !/^[RrCc]([0-9]+)?$/.test(name) &&
    !/^[Rr][0-9]*[Cc][0-9]*$/.test(name);
  if (!valid) throw new Error(`"${name}" is not a valid defined name`);
  if (taken.has(name.toLowerCase())) throw new Error(`defined name "${name}" is used twice`);
  taken.add(name.toLowerCase());
}
