import type { CellValue, Row, Workbook, Worksheet } from 'exceljs';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { nearestList } from '../diagnostics/describe.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { labelsFor } from '../i18n/index.js';
import { labelFor } from '../i18n/label-ids.js';
import { say, type TemplateCall } from '../i18n/messages/index.js';
import { type TemplateColumnId, templateLabels } from '../i18n/template-labels.js';
import { type Language, languages } from '../model/budget.js';
import { allSectorInfos, type SectorInfo } from '../model/sectors.js';
import { safeText } from '../safe-text.js';
import { activityLines, cellAddress, columnLetters, type TemplateColumn, templateColumns } from './columns.js';
import { parseNumberText, parsePhase } from './values.js';
import { measuresSheetNames } from './write-template.js';
import { measureZip } from './zip-bounds.js';

/** A measure read from one row: its data as a measures file holds it, and where each value came from. */
export interface ImportedMeasure {
  data: Record<string, unknown>;
  /** The sheet row. */
  row: number;
  /** JSON of a path inside the measure (`["effect","t_co2e"]`) → its sheet column. */
  cells: Map<string, number>;
}

export interface TemplateReadResult {
  measures: ImportedMeasure[];
  /** The measures sheet's name as found: for cell addresses. */
  sheet: string;
  diagnostics: Diagnostic[];
}

/** The budget's own categories: their labels are read as sector ids too. */
export interface ReadContext {
  categories: readonly SectorInfo[];
}

/** Unpacked size a measures template may reach: a template of a thousand measures is a few megabytes. */
export const maxUnpackedBytes = 100 * 1024 * 1024;
/** Rows a measures sheet may have (header rows included). */
export const maxRows = 20_000;

/** Reads a filled-in measures template (SPEC §7 `import measures`); every problem is a located diagnostic. */
export async function readTemplate(bytes: Uint8Array, file: string, context: ReadContext): Promise<TemplateReadResult> {
  const fail = (message: TemplateCall, hint: TemplateCall): TemplateReadResult => ({
    measures: [],
    sheet: '',
    diagnostics: [
      { code: 'import-format', severity: 'error', ...say('templateMessage', { message, hint }), file, path: [] },
    ],
  });
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return fail(['encrypted'], ['encryptedHint']);
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return fail(['notWorkbook'], ['notWorkbookHint']);
  const measured = measureZip(bytes, maxUnpackedBytes);
  if (measured.kind === 'too-large' || measured.kind === 'too-many-entries') {
    return fail(['tooLarge', `${maxUnpackedBytes / 1024 / 1024} MB`], ['tooLargeHint']);
  }
  if (measured.kind === 'malformed') return fail(['notWorkbook'], ['notWorkbookHint']);
  if (measured.rows > maxRows) return fail(['tooManyRows', maxRows], ['tooManyRowsHint']);

  const { default: ExcelJS } = await import('exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    return fail(['notWorkbook'], ['notWorkbookHint']);
  }
  const wanted = measuresSheetNames().map((name) => name.toLowerCase());
  const sheet = workbook.worksheets.find((candidate) => wanted.includes(candidate.name.trim().toLowerCase()));
  if (!sheet) {
    const found = workbook.worksheets.map((candidate) => candidate.name);
    return fail(['noSheet', templateLabels.nb.sheets.measures, found], ['noSheetHint']);
  }
  return new SheetReader(sheet, file, context).read();
}

interface ReadCell {
  value: string | number | boolean | Date | null;
  column: number;
}

/** The header texts of every language (and the field ids), folded, → column id. */
const headerIndex: ReadonlyMap<string, TemplateColumnId> = new Map(
  templateColumns.flatMap((column) => [
    [fold(column.id), column.id] as const,
    ...languages.map((language) => [fold(templateLabels[language].columns[column.id].header), column.id] as const),
  ]),
);

const noteTexts: ReadonlySet<string> = new Set(
  templateColumns.flatMap((column) =>
    languages.flatMap((language) => {
      const note = templateLabels[language].columns[column.id].note;
      return [fold(note), fold(`${note} *`)];
    }),
  ),
);

/** The language most of a header row's texts are written in (nb when it cannot tell). */
function headerLanguage(row: Row): Language {
  const texts: string[] = [];
  row.eachCell((cell) => {
    texts.push(fold(plainText(cell.value)));
  });
  let best: Language = 'nb';
  let bestCount = 0;
  for (const language of languages) {
    const headers = new Set(templateColumns.map((column) => fold(templateLabels[language].columns[column.id].header)));
    const count = texts.filter((text) => headers.has(text)).length;
    if (count > bestCount) [best, bestCount] = [language, count];
  }
  return best;
}

function fold(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

class SheetReader {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly columnOf = new Map<TemplateColumnId, number>();
  /** The language whose headers the sheet has: messages name columns and values in it. */
  private language: Language = 'nb';

  constructor(
    private readonly sheet: Worksheet,
    private readonly file: string,
    private readonly context: ReadContext,
  ) {}

  read(): TemplateReadResult {
    const result = (measures: ImportedMeasure[]) => ({
      measures,
      sheet: this.sheet.name,
      diagnostics: this.diagnostics,
    });
    const headerRow = this.findHeader();
    if (headerRow === undefined) {
      this.report('import-format', 'error', 1, 1, ['noHeader'], ['noHeaderHint']);
      return result([]);
    }
    const missing = templateColumns.filter((column) => column.required && !this.columnOf.has(column.id));
    for (const column of missing) {
      this.report(
        'import-format',
        'error',
        headerRow,
        this.sheet.columnCount + 1,
        ['missingColumn', this.header(column.id)],
        ['missingColumnHint'],
      );
    }
    if (missing.length > 0) return result([]);
    if (this.reportMerges(headerRow)) return result([]);

    const measures: ImportedMeasure[] = [];
    const last = this.sheet.rowCount;
    for (let rowNumber = headerRow + 1; rowNumber <= last; rowNumber++) {
      const cells = this.rowCells(rowNumber);
      if (cells.size === 0 || this.isNotesRow(cells)) continue;
      const measure = this.readMeasure(rowNumber, cells);
      if (measure) measures.push(measure);
    }
    if (measures.length === 0 && !this.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
      this.report('import-row', 'warning', headerRow + 1, 1, ['noRows'], ['noRowsHint']);
    }
    return result(measures);
  }

  /** The first of the top rows that names at least three of the template's columns. */
  private findHeader(): number | undefined {
    for (let rowNumber = 1; rowNumber <= Math.min(5, this.sheet.rowCount); rowNumber++) {
      const found = new Map<TemplateColumnId, number>();
      const unknown: [number, string][] = [];
      this.sheet.getRow(rowNumber).eachCell((cell, column) => {
        const text = plainText(cell.value);
        if (text === '') return;
        const id = headerIndex.get(fold(text));
        if (id !== undefined && !found.has(id)) found.set(id, column);
        else unknown.push([column, text]);
      });
      if (found.size < 3) continue;
      for (const [id, column] of found) this.columnOf.set(id, column);
      this.language = headerLanguage(this.sheet.getRow(rowNumber));
      for (const [column, text] of unknown) {
        this.report('import-value', 'warning', rowNumber, column, ['unknownColumn', text], ['unknownColumnHint']);
      }
      return rowNumber;
    }
    return undefined;
  }

  /** Merged cells below the header hide values: one error per merge. */
  private reportMerges(headerRow: number): boolean {
    const merges = (this.sheet.model as { merges?: string[] }).merges ?? [];
    let found = false;
    for (const range of merges) {
      const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
      if (!match || Number(match[4]) < headerRow) continue;
      found = true;
      const column = lettersToNumber(match[1] as string);
      this.report('import-row', 'error', Number(match[2]), column, ['merged', range], ['mergedHint']);
    }
    return found;
  }

  /** The non-empty cells of the template's columns in a row; formulas give their cached value (with a warning). */
  private rowCells(rowNumber: number): Map<TemplateColumnId, ReadCell> {
    const row = this.sheet.getRow(rowNumber);
    const cells = new Map<TemplateColumnId, ReadCell>();
    for (const [id, column] of this.columnOf) {
      const value = this.cellValue(row.getCell(column).value, rowNumber, column);
      if (value === null || (typeof value === 'string' && value.trim() === '')) continue;
      cells.set(id, { value, column });
    }
    return cells;
  }

  private cellValue(value: CellValue, row: number, column: number): ReadCell['value'] {
    if (value === null || value === undefined) return null;
    if (typeof value !== 'object' || value instanceof Date) return value;
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null || (typeof result === 'object' && !(result instanceof Date))) {
        this.report('import-row', 'error', row, column, ['formulaNoValue'], ['formulaNoValueHint']);
        return null;
      }
      this.report('import-value', 'warning', row, column, ['formula'], ['formulaHint']);
      return result as ReadCell['value'];
    }
    return plainText(value);
  }

  private isNotesRow(cells: ReadonlyMap<TemplateColumnId, ReadCell>): boolean {
    const texts = [...cells.values()].map((cell) => (typeof cell.value === 'string' ? fold(cell.value) : ''));
    return texts.filter((text) => noteTexts.has(text)).length * 2 > texts.length;
  }

  private readMeasure(row: number, cells: ReadonlyMap<TemplateColumnId, ReadCell>): ImportedMeasure | undefined {
    const data: Record<string, unknown> = {};
    const located = new Map<string, number>();
    let complete = true;
    const set = (path: readonly (string | number)[], value: unknown, column: number) => {
      setAt(data, path, value);
      located.set(JSON.stringify(path), column);
    };
    for (const column of templateColumns) {
      const cell = cells.get(column.id);
      if (cell === undefined) {
        if (column.required) {
          const place = this.columnOf.get(column.id) ?? 1;
          this.report('import-row', 'error', row, place, ['required', this.header(column.id)], ['requiredHint']);
          complete = false;
        }
        continue;
      }
      if (/^(factor|amount|unit)_\d$/.test(column.id) || column.id.startsWith('indicator_')) continue;
      const value = this.convert(column, cell, row);
      if (value === undefined) complete = false;
      else set(column.path, value, cell.column);
    }
    const activity = this.readActivity(row, cells, set);
    const indicator = this.readIndicator(row, cells, set);
    if (!activity || !indicator || !complete) return undefined;
    return { data: ordered(data), row, cells: located };
  }

  /** Activity lines: filled lines in order, empty lines skipped; a line needs a factor and an amount. */
  private readActivity(
    row: number,
    cells: ReadonlyMap<TemplateColumnId, ReadCell>,
    set: (path: readonly (string | number)[], value: unknown, column: number) => void,
  ): boolean {
    let index = 0;
    let ok = true;
    for (let line = 1; line <= activityLines; line++) {
      const factor = cells.get(`factor_${line}` as TemplateColumnId);
      const amount = cells.get(`amount_${line}` as TemplateColumnId);
      const unit = cells.get(`unit_${line}` as TemplateColumnId);
      if (!factor && !amount && !unit) continue;
      if (!factor || !amount) {
        const place = (factor ?? amount ?? unit) as ReadCell;
        this.report('import-row', 'error', row, place.column, ['incompleteActivity', line], ['incompleteActivityHint']);
        ok = false;
        continue;
      }
      const column = (id: string) => templateColumns.find((candidate) => candidate.id === id) as TemplateColumn;
      const amountValue = this.convert(column(`amount_${line}`), amount, row);
      if (amountValue === undefined) {
        ok = false;
        continue;
      }
      set(['activity', index, 'factor'], safeText(plainText(factor.value), '').trim(), factor.column);
      set(['activity', index, 'amount'], amountValue, amount.column);
      if (unit) set(['activity', index, 'unit'], safeText(plainText(unit.value), '').trim(), unit.column);
      index++;
    }
    return ok;
  }

  private readIndicator(
    row: number,
    cells: ReadonlyMap<TemplateColumnId, ReadCell>,
    set: (path: readonly (string | number)[], value: unknown, column: number) => void,
  ): boolean {
    const columns = templateColumns.filter((column) => column.id.startsWith('indicator_'));
    const present = columns.filter((column) => cells.has(column.id));
    if (present.length === 0) return true;
    const id = cells.get('indicator_id');
    if (id === undefined) {
      const first = cells.get(present[0]?.id as TemplateColumnId) as ReadCell;
      this.report('import-row', 'error', row, first.column, ['incompleteIndicator'], ['incompleteIndicatorHint']);
      return false;
    }
    let ok = true;
    for (const column of present) {
      const cell = cells.get(column.id) as ReadCell;
      const value = this.convert(column, cell, row);
      if (value === undefined) ok = false;
      else set(column.path, value, cell.column);
    }
    return ok;
  }

  /** A cell's value as the measures file takes it; undefined (with an error) when it cannot be read. */
  private convert(column: TemplateColumn, cell: ReadCell, row: number): unknown {
    // Control and bidi characters never reach the YAML (outputs would replace them anyway).
    const text = safeText(plainText(cell.value), '');
    const error = (message: TemplateCall, hint: TemplateCall) => {
      this.report('import-row', 'error', row, cell.column, message, hint);
      return undefined;
    };
    switch (column.type) {
      case 'number':
        return this.number(cell, row) ?? error(['notNumber', text], ['notNumberHint']);
      case 'year':
        return this.year(cell, row) ?? error(['notYear', text], ['notYearHint']);
      case 'sector':
      case 'scope':
      case 'kind':
      case 'status': {
        const allowed = this.allowed(column.type);
        const found = labelFor(text, allowed, column.type === 'sector' ? this.context.categories : []);
        if (found) return found.id;
        // A sector the budget does not know is left to the budget's checks (unknown-sector, with its hint).
        if (column.type === 'sector') return text.trim();
        const near = nearestList(text, Object.values(labelsFor(this.language)[column.type]), 1);
        const allowedLabels = this.allowedLabels(column.type);
        return error(
          ['notLabel', text, this.header(column.id)],
          near[0] === undefined ? ['notLabelHint', allowedLabels] : ['notLabelHint', allowedLabels, near[0]],
        );
      }
      case 'phase':
        return parsePhase(text) ?? error(['badPhase', text], ['badPhaseHint']);
      case 'tags':
        return text
          .split(/[,;\n]/)
          .map((tag) => tag.trim())
          .filter((tag) => tag !== '');
      case 'lines':
        return text
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter((line) => line !== '');
      default:
        // Ids and free text as typed; an id typed as a number (12) is the text "12".
        return column.id === 'id' || column.type === 'factor' ? text.trim() : text;
    }
  }

  private number(cell: ReadCell, row: number): number | undefined {
    if (typeof cell.value === 'number') return Number.isFinite(cell.value) ? cell.value : undefined;
    if (typeof cell.value !== 'string') return undefined;
    const value = parseNumberText(cell.value);
    if (value !== undefined) {
      this.report(
        'import-value',
        'warning',
        row,
        cell.column,
        ['textNumber', cell.value, String(value)],
        ['textNumberHint'],
      );
    }
    return value;
  }

  private year(cell: ReadCell, row: number): number | undefined {
    if (cell.value instanceof Date) return cell.value.getUTCFullYear();
    const value = this.number(cell, row);
    return value !== undefined && Number.isInteger(value) && value >= 1900 && value <= 2200 ? value : undefined;
  }

  private allowed(type: 'sector' | 'scope' | 'kind' | 'status'): string[] {
    if (type === 'sector') return [...allSectorInfos, ...this.context.categories].map((sector) => sector.id);
    return Object.keys(labelsFor('en')[type]);
  }

  private allowedLabels(type: 'scope' | 'kind' | 'status'): string {
    return Object.values(labelsFor(this.language)[type]).join(', ');
  }

  private header(id: TemplateColumnId): string {
    return templateLabels[this.language].columns[id].header;
  }

  private report(
    code: DiagnosticCode,
    severity: Severity,
    row: number,
    column: number,
    message: TemplateCall,
    hint: TemplateCall,
  ): void {
    const words = say('templateMessage', { message, hint });
    this.diagnostics.push(cellDiagnostic(this.file, this.sheet.name, row, column, { code, severity, ...words }));
  }
}

/** A diagnostic located at a cell: line = row, column = column number, `cell` = `Tiltak!D7`. */
export function cellDiagnostic(
  file: string,
  sheet: string,
  row: number,
  column: number,
  what: Pick<Diagnostic, 'code' | 'severity' | 'message' | 'hint' | 'said'>,
): Diagnostic {
  const cell = cellAddress(sheet, row, column);
  return {
    ...what,
    file,
    range: { start: { line: row, column }, end: { line: row, column: column + 1 } },
    path: [sheet, `${columnLetters(column)}${row}`],
    cell,
  };
}

/** Text of a cell for reading: rich text joined, hyperlinks by their text, numbers as typed. */
function plainText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      return value.richText.map((part: { text?: unknown }) => String(part.text ?? '')).join('');
    }
    if ('text' in value) return plainText(value.text);
    if ('result' in value) return plainText(value.result);
  }
  return '';
}

function lettersToNumber(letters: string): number {
  let number = 0;
  for (const letter of letters) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

function setAt(target: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let current: Record<string | number, unknown> = target;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      current[key] = value;
      return;
    }
    const next = path[index + 1];
    if (current[key] === undefined) current[key] = typeof next === 'number' ? [] : {};
    current = current[key] as Record<string | number, unknown>;
  });
}

/** The keys of a measure in the order of SPEC §2.5. */
export const measureKeyOrder = [
  'id',
  'title',
  'description',
  'sector',
  'source',
  'scope',
  'responsible',
  'status',
  'kind',
  'start',
  'full_effect',
  'end',
  'phase',
  'effect',
  'activity',
  'uncertainty_pct',
  'cost',
  'overlap_group',
  'indicators',
  'tags',
  'references',
  'assumptions',
];

function ordered(data: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of measureKeyOrder) if (key in data) result[key] = data[key];
  for (const key of Object.keys(data)) if (!(key in result)) result[key] = data[key];
  return result;
}
