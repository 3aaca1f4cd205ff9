import type { Cell, DataValidation, Style, Workbook, Worksheet } from 'exceljs';
import { maxOf } from '../arrays.js';
import { labelsFor } from '../i18n/index.js';
import { type TemplateLabels, templateLabels } from '../i18n/template-labels.js';
import type { EmissionFactor, Kind, Language, Scope, Status } from '../model/budget.js';
import type { SectorCatalogue } from '../model/sectors.js';
import type { WrittenMeasure } from '../model/written.js';
import { headerStyle, noteStyle, titleStyle } from '../render/xlsx/cell-styles.js';
import { wrappedLines } from '../render/xlsx/column-widths.js';
import { pinZipTimestamps } from '../render/xlsx/zip-timestamps.js';
import { safeText } from '../safe-text.js';
import {
  columnLetters,
  type TemplateColumn,
  type TemplateValueType,
  templateColumns,
  templateRows,
} from './columns.js';
import { cellText, formatPhase } from './values.js';

/** What the template is made of: the budget's measures as written, and the words and lists it offers. */
export interface TemplateInput {
  language: Language;
  municipality: string;
  measures: readonly WrittenMeasure[];
  sectors: SectorCatalogue;
  factors: readonly EmissionFactor[];
  /** Document dates (created, modified, zip entries): see workbookDate(). */
  created: Date;
}

/** Rows below the last measure that still get drop-down lists and unlocked cells: room for new measures. */
const spareRows = 500;

const statuses: readonly Status[] = ['proposed', 'adopted', 'in_progress', 'completed', 'postponed', 'cancelled'];
const scopes: readonly Scope[] = ['territorial', 'own_operations', 'indirect'];
const kinds: readonly Kind[] = ['quantified', 'in_baseline', 'not_quantified'];

/** Points per line of wrapped text, and the most lines a row is given (as the workbook writer does). */
const lineHeight = 15;
const maxLines = 8;
const explanationWidths = [9, 22, 70, 34, 10];

const unlocked: Partial<Style> = Object.freeze({ protection: { locked: false } });

/** Writes the measures template (SPEC §7 `export --template`); exceljs is loaded only now. */
export async function writeTemplate(input: TemplateInput): Promise<Uint8Array> {
  const { default: WorkbookModel } = await import('exceljs/lib/doc/workbook.js');
  const workbook: Workbook = new WorkbookModel();
  const words = templateLabels[input.language];
  workbook.creator = 'klimabudsjett';
  workbook.lastModifiedBy = 'klimabudsjett';
  workbook.created = input.created;
  workbook.modified = input.created;
  workbook.title = safeText(words.title(input.municipality));
  const lists = listValues(input);
  await addMeasuresSheet(workbook, input, words, lists);
  addExplanationSheet(workbook, words, input.language);
  addFactorsSheet(workbook, input, words);
  addListsSheet(workbook, words, lists);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  pinZipTimestamps(bytes, input.created);
  return bytes;
}

type ListKey = keyof TemplateLabels['listHeaders'];

/** The values each drop-down list offers, in the template's language. */
function listValues(input: TemplateInput): Record<ListKey, string[]> {
  const labels = labelsFor(input.language);
  const sectorIds = [...new Set(scopes.flatMap((scope) => input.sectors.idsForScope(scope)))].sort(
    input.sectors.compare,
  );
  const responsibles = [...new Set(input.measures.flatMap((measure) => measure.responsible ?? []))].sort((a, b) =>
    a.localeCompare(b, 'nb'),
  );
  return {
    sector: sectorIds.map((id) => input.sectors.label(id, input.language)),
    scope: scopes.map((scope) => labels.scope[scope]),
    kind: kinds.map((kind) => labels.kind[kind]),
    status: statuses.map((status) => labels.status[status]),
    responsible: responsibles.map((name) => safeText(name)),
    factor: input.factors.map((factor) => factor.id),
  };
}

const listColumn: Record<ListKey, number> = { sector: 1, scope: 2, kind: 3, status: 4, responsible: 5, factor: 6 };

function listKeyOf(type: TemplateValueType): ListKey | undefined {
  return type in listColumn ? (type as ListKey) : undefined;
}

async function addMeasuresSheet(
  workbook: Workbook,
  input: TemplateInput,
  words: TemplateLabels,
  lists: Record<ListKey, string[]>,
): Promise<void> {
  const sheet = workbook.addWorksheet(words.sheets.measures, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: templateRows.notes, topLeftCell: 'C3', activeCell: 'A3' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 3, fitToHeight: 0 },
  });
  const rows = input.measures.map((measure) => templateColumns.map((column) => cellValue(measure, column, input)));
  const lastRow = templateRows.firstData + rows.length + spareRows - 1;
  templateColumns.forEach((column, index) => {
    const text = words.columns[column.id];
    const longest = maxOf([
      maxOf(text.header.split(/\s+/).map((word) => word.length)),
      // Short headers on one line, longer ones over two.
      text.header.length <= 14 ? text.header.length : Math.ceil(text.header.length / 2),
      Math.ceil(text.note.length / 1.4),
      maxOf(
        rows.map((row) => shownLength(row[index])),
        0,
      ),
    ]);
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = Math.min(50, Math.max(8, longest + 2));
    sheetColumn.style = { ...unlocked, numFmt: numberFormat(column), alignment: { wrapText: isLong(column) } };
  });

  const header = sheet.getRow(templateRows.header);
  const notes = sheet.getRow(templateRows.notes);
  templateColumns.forEach((column, index) => {
    const text = words.columns[column.id];
    const headerCell = header.getCell(index + 1);
    headerCell.value = text.header;
    headerCell.style = { ...headerStyle(column.type === 'number' ? 'number' : 'text'), protection: { locked: true } };
    const noteCell = notes.getCell(index + 1);
    noteCell.value = column.required ? `${text.note} *` : text.note;
    noteCell.style = {
      ...noteStyle,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF2F5' } },
      protection: { locked: true },
      alignment: { wrapText: true, vertical: 'top' },
    };
  });
  header.height = 32;
  notes.height = 26;

  rows.forEach((values, rowIndex) => {
    const row = sheet.getRow(templateRows.firstData + rowIndex);
    let lines = 1;
    values.forEach((value, index) => {
      if (value === null) return;
      const cell = row.getCell(index + 1);
      const column = templateColumns[index] as TemplateColumn;
      cell.value = value;
      cell.style = cellStyle(column);
      if (typeof value === 'string' && isLong(column)) {
        lines = Math.max(lines, wrappedLines(value, sheet.getColumn(index + 1).width ?? 10));
      }
    });
    // Spreadsheets do not all grow rows to wrapped text on opening, so the height is written.
    if (lines > 1) row.height = lineHeight * Math.min(lines, maxLines);
  });

  // exceljs keeps range validations in `dataValidations`, left out of its type declarations.
  const validations = (sheet as Worksheet & { dataValidations: { add(range: string, rule: DataValidation): void } })
    .dataValidations;
  templateColumns.forEach((column, index) => {
    const key = listKeyOf(column.type);
    const letters = columnLetters(index + 1);
    const range = `${letters}${templateRows.firstData}:${letters}${lastRow}`;
    if (key !== undefined) {
      validations.add(range, listValidation(words, key, lists[key].length, column));
    } else if (column.type === 'year') {
      validations.add(range, yearValidation(words, column));
    }
  });

  // Only the header rows are locked: every other cell takes edits, rows may be added, deleted and sorted.
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true,
    sort: true,
    autoFilter: true,
  });
  sheet.autoFilter = `A${templateRows.header}:${columnLetters(templateColumns.length)}${templateRows.header}`;
}

/** A drop-down list from the hidden sheet; other values are let through with a warning (the import checks them). */
function listValidation(words: TemplateLabels, key: ListKey, length: number, column: TemplateColumn): DataValidation {
  const letter = columnLetters(listColumn[key]);
  const name = quotedSheet(words.sheets.lists);
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`${name}!$${letter}$2:$${letter}$${Math.max(2, length + 1)}`],
    showErrorMessage: key !== 'responsible',
    errorStyle: 'warning',
    errorTitle: words.columns[column.id].header,
    error: words.columns[firstLine(column.id)].explanation,
    showInputMessage: false,
  };
}

/** Activity lines 2–4 are explained as "as line 1": their messages take line 1's words. */
function firstLine(id: TemplateColumn['id']): TemplateColumn['id'] {
  return /^(factor|amount|unit)_\d$/.test(id) ? (id.replace(/_\d$/, '_1') as TemplateColumn['id']) : id;
}

function yearValidation(words: TemplateLabels, column: TemplateColumn): DataValidation {
  return {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [1900, 2200],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: words.columns[column.id].header,
    error: words.columns[column.id].explanation,
  };
}

function quotedSheet(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replaceAll("'", "''")}'`;
}

function cellStyle(column: TemplateColumn): Partial<Style> {
  return { ...unlocked, numFmt: numberFormat(column), alignment: { wrapText: isLong(column), vertical: 'top' } };
}

function isLong(column: TemplateColumn): boolean {
  return ['title', 'description', 'references', 'assumptions', 'indicator_title'].includes(column.id);
}

/** Years bare, kroner grouped, other numbers as typed (their decimals matter); text as text. */
function numberFormat(column: TemplateColumn): string {
  if (column.type === 'year') return '0';
  if (column.id === 'investment' || column.id === 'annual') return '#,##0';
  if (column.type === 'number') return 'General';
  return '@';
}

/** The value a measure shows in a column: numbers as numbers, coded values as labels, lists as text. */
function cellValue(measure: WrittenMeasure, column: TemplateColumn, input: TemplateInput): string | number | null {
  const value = valueAt(measure, column.path);
  if (value === undefined || value === null) return null;
  const labels = labelsFor(input.language);
  switch (column.type) {
    case 'number':
    case 'year':
      return typeof value === 'number' ? value : null;
    case 'sector':
      return input.sectors.label(String(value), input.language);
    case 'scope':
      return labels.scope[value as Scope] ?? String(value);
    case 'kind':
      return labels.kind[value as Kind] ?? String(value);
    case 'status':
      return labels.status[value as Status] ?? String(value);
    case 'phase':
      return formatPhase(value as Record<string, number>, input.language);
    case 'tags':
      return (value as string[]).map((tag) => safeText(tag)).join(', ');
    case 'lines':
      return (value as string[]).map((line) => safeText(line)).join('\n');
    default:
      return cellText(value);
  }
}

/** The value at a path of a written measure, if any. */
export function valueAt(measure: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = measure;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function shownLength(value: string | number | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const text = String(value);
  return maxOf(
    text.split('\n').map((line) => line.length),
    0,
  );
}

function addExplanationSheet(workbook: Workbook, words: TemplateLabels, language: Language): void {
  const sheet = workbook.addWorksheet(words.sheets.explanation, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const [heading, ...paragraphs] = words.explanation.intro;
  sheet.getCell('A1').value = heading ?? '';
  sheet.getCell('A1').style = titleStyle;
  paragraphs.forEach((text, index) => {
    const cell = sheet.getCell(`A${index + 2}`);
    cell.value = text;
  });
  const headerRowNumber = paragraphs.length + 3;
  const headers = words.explanation.headers;
  const header = sheet.getRow(headerRowNumber);
  [headers.column, headers.header, headers.explanation, headers.example, headers.required].forEach((text, index) => {
    const cell = header.getCell(index + 1);
    cell.value = text;
    cell.style = headerStyle('text');
  });
  const labels = labelsFor(language);
  templateColumns.forEach((column, index) => {
    const text = words.columns[column.id];
    const row = sheet.getRow(headerRowNumber + 1 + index);
    row.getCell(1).value = columnLetters(index + 1);
    row.getCell(2).value = text.header;
    row.getCell(3).value = allowedText(column, text.explanation, labels);
    row.getCell(4).value = text.example;
    row.getCell(5).value = column.required ? words.explanation.yes : '';
    for (const position of [1, 2, 3, 4, 5]) setWrap(row.getCell(position));
    const lines = Math.max(
      wrappedLines(String(row.getCell(3).value ?? ''), explanationWidths[2] as number),
      wrappedLines(text.example, explanationWidths[3] as number),
    );
    if (lines > 1) row.height = lineHeight * Math.min(lines, maxLines);
  });
  for (const [index, width] of explanationWidths.entries()) sheet.getColumn(index + 1).width = width;
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRowNumber }];
}

/** The explanation, with the allowed words of a coded column after it. */
function allowedText(column: TemplateColumn, explanation: string, labels: ReturnType<typeof labelsFor>): string {
  if (column.type === 'status') return `${explanation} (${statuses.map((status) => labels.status[status]).join(', ')})`;
  if (column.type === 'scope') return `${explanation} (${scopes.map((scope) => labels.scope[scope]).join(', ')})`;
  if (column.type === 'kind') return `${explanation} (${kinds.map((kind) => labels.kind[kind]).join(', ')})`;
  return explanation;
}

function setWrap(cell: Cell): void {
  cell.alignment = { wrapText: true, vertical: 'top' };
}

function addFactorsSheet(workbook: Workbook, input: TemplateInput, words: TemplateLabels): void {
  const sheet = workbook.addWorksheet(words.sheets.factors, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const labels = labelsFor(input.language);
  const headers = words.factorHeaders;
  const header = sheet.getRow(1);
  [headers.id, headers.name, headers.unit, headers.kgCo2e, headers.basis, headers.source].forEach((text, index) => {
    header.getCell(index + 1).value = text;
    header.getCell(index + 1).style = headerStyle(index === 3 ? 'number' : 'text');
  });
  input.factors.forEach((factor, index) => {
    const row = sheet.getRow(index + 2);
    row.getCell(1).value = factor.id;
    row.getCell(2).value = safeText(factor.name[input.language]);
    row.getCell(3).value = factor.unit;
    row.getCell(4).value = factor.kgCo2e ?? factorValues(factor);
    row.getCell(5).value = factor.basis === null ? '' : labels.basis[factor.basis];
    row.getCell(6).value = safeText(factor.source ?? '');
  });
  for (const [index, width] of [28, 40, 8, 22, 16, 60].entries()) sheet.getColumn(index + 1).width = width;
  sheet.autoFilter = 'A1:F1';
}

function factorValues(factor: EmissionFactor): string {
  return [...(factor.values ?? new Map<number, number>())].map(([year, value]) => `${year}: ${value}`).join('; ');
}

/** The hidden sheet the drop-down lists read from. */
function addListsSheet(workbook: Workbook, words: TemplateLabels, lists: Record<ListKey, string[]>): void {
  const sheet = workbook.addWorksheet(words.sheets.lists, { state: 'hidden' });
  for (const [key, column] of Object.entries(listColumn) as [ListKey, number][]) {
    sheet.getRow(1).getCell(column).value = words.listHeaders[key];
    lists[key].forEach((value, index) => {
      sheet.getRow(index + 2).getCell(column).value = value;
    });
    sheet.getColumn(column).width = 28;
  }
}

/** The sheet name the measures go on, in every language: the reader looks for any of them. */
export function measuresSheetNames(): string[] {
  return [...new Set(Object.values(templateLabels).map((words) => words.sheets.measures))];
}
