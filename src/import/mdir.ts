import { maxOf } from '../arrays.js';
/**
 * Miljødirektoratet's municipal emission statistics ("Klimagassutslipp fra kommuner") → rows →
 * one municipality → an inventory file (SPEC §2.2, §7 `import mdir`). Two inputs: the workbook
 * (sheet "Oversikt - detaljert") and a CSV with the same columns or the reduced
 * `Kommune,År,Sektor,Utslippskilde,Utslipp`. A source appears once per gas; the rows of one
 * (year, sector, source) are summed.
 */

import { parse as parseCsvRecords } from 'csv-parse/sync';
import type { CellValue } from 'exceljs';
import { distance } from 'fastest-levenshtein';
import { Document, Scalar, YAMLMap } from 'yaml';
import { municipalityByNumber } from '../data/municipalities.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { type Said, say, type Words } from '../i18n/messages/index.js';
import { compareSectors, inventorySectors } from '../model/sectors.js';

export interface MdirRow {
  /** Four digits, as in the full layout; null in the reduced CSV. */
  municipalityNumber: string | null;
  municipality: string;
  year: number;
  /** A sector id of `src/model/sectors.ts`. */
  sector: string;
  /** The source name, trimmed. */
  source: string;
  /** t CO2e of one gas row. */
  tonnes: number;
}

export interface MdirParseResult {
  rows: MdirRow[];
  diagnostics: Diagnostic[];
}

export type MunicipalitySelection =
  | { name: string; number: string | null; rows: MdirRow[] }
  | { error: Words & { said: Said } };

export interface InventoryYamlOptions {
  municipality: string;
  number: string | null;
  /** The inventory's `source:` text. */
  source: string;
  vintage: string | null;
  /** The imported file; only its base name is written. */
  file: string;
  /** The schema the modeline names (default: the inventory schema's `$id`). */
  schemaUrl?: string;
}

export const mdirSheetName = 'Oversikt - detaljert';

const inventorySchemaUrl = 'https://klimabudsjett.github.io/schemas/v1/inventory.schema.json';

/** Decimals kept when summing gas rows: enough for any published figure, few enough to drop float noise. */
const maxDecimals = 6;

type Field = 'municipalityNumber' | 'municipality' | 'year' | 'sector' | 'source' | 'tonnes';

const requiredFields: readonly Field[] = ['municipality', 'year', 'sector', 'source', 'tonnes'];

const fieldLabels: Record<Field, string> = {
  municipalityNumber: 'Kommunenummer',
  municipality: 'Kommune',
  year: 'År',
  sector: 'Sektor',
  source: 'Utslippskilde',
  tonnes: 'Utslipp',
};

/** A value of either input with its place: CSV line and character column, or sheet row and column. */
interface Cell {
  value: string | number | null;
  line: number;
  column: number;
  /** Characters the value takes in the file, for the end of the range. */
  width: number;
}

type RowCells = Partial<Record<Field, Cell>>;

interface HeaderMatch {
  /** Index of each field's column in the header row. */
  indexes: Partial<Record<Field, number>>;
  /** The column names as written, for diagnostic paths. */
  names: Partial<Record<Field, string>>;
}

/** Parses Miljødirektoratet's statistics as CSV (comma, semicolon or tab separated). */
export function parseMdirCsv(text: string, file: string): MdirParseResult {
  // Line endings are unified first so that the raw records csv-parse reports map onto lines.
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstBreak = normalized.indexOf('\n');
  const headerLine = firstBreak === -1 ? normalized : normalized.slice(0, firstBreak);
  const delimiter = detectDelimiter(headerLine);
  const diagnostics: Diagnostic[] = [];
  const records = parseCsvRecords(normalized, {
    delimiter,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error, raw) => {
      if (!error) return;
      const diagnostic = csvSyntaxDiagnostic(file, error.code, Number(error.lines), raw ?? '');
      // After a stray quote csv-parse may report the same record again as unclosed: keep the first.
      const line = diagnostic.range?.start.line;
      if (!diagnostics.some((earlier) => earlier.range?.start.line === line)) diagnostics.push(diagnostic);
    },
  }) as unknown as CsvRecord[];

  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord) {
    return { rows: [], diagnostics: [...diagnostics, formatDiagnostic(file, say('mdirEmpty', {}))] };
  }
  const header = matchHeader(headerRecord.record);
  if ('missing' in header) {
    const read = headerRecord.record.join(delimiter === '\t' ? ' ⇥ ' : delimiter);
    const said = say('mdirHeader', { missing: header.missing, header: read });
    return { rows: [], diagnostics: [...diagnostics, formatDiagnostic(file, said)] };
  }

  const reader = createRowReader(file, { decimalComma: delimiter !== ',', names: header.names, pathPrefix: [] });
  const expected = headerRecord.record.length;
  for (const { record, raw, info } of dataRecords) {
    if (record.every((value) => value.trim() === '')) continue;
    const { startLine, columns } = locateFields(record, raw, info.lines);
    if (record.length !== expected) {
      const last = columns.at(-1) ?? { line: startLine, column: 1, width: 0 };
      const place =
        record.length > expected
          ? (columns[expected] ?? last)
          : { ...last, column: last.column + last.width, width: 0 };
      reader.fail(
        { value: null, line: place.line, column: place.column, width: Math.max(1, place.width) },
        say('mdirFieldCount', { fields: record.length, expected, delimiter }),
      );
      continue;
    }
    const cells: RowCells = {};
    for (const [field, index] of Object.entries(header.indexes) as [Field, number][]) {
      const place = columns[index] ?? { line: startLine, column: 1, width: 1 };
      cells[field] = {
        value: record[index] ?? '',
        line: place.line,
        column: place.column,
        width: Math.max(1, place.width),
      };
    }
    reader.read(cells);
  }
  const result = reader.finish();
  return { rows: result.rows, diagnostics: [...diagnostics, ...result.diagnostics] };
}

/** Parses the sheet "Oversikt - detaljert" of Miljødirektoratet's workbook. */
export async function parseMdirXlsx(data: Uint8Array, file: string): Promise<MdirParseResult> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a copy gives one whatever `data` views.
    await workbook.xlsx.load(new Uint8Array(data).buffer);
  } catch {
    return {
      rows: [],
      diagnostics: [formatDiagnostic(file, say('mdirNotWorkbook', { sheet: mdirSheetName }))],
    };
  }
  const sheet = workbook.worksheets.find((candidate) => foldName(candidate.name) === foldName(mdirSheetName));
  if (!sheet) {
    const sheets = workbook.worksheets.map((candidate) => candidate.name);
    return { rows: [], diagnostics: [formatDiagnostic(file, say('mdirNoSheet', { sheet: mdirSheetName, sheets }))] };
  }

  let header: (HeaderMatch & { row: number }) | undefined;
  const headerSearchRows = Math.min(sheet.rowCount, 30);
  for (let rowNumber = 1; rowNumber <= headerSearchRows && !header; rowNumber++) {
    const texts: string[] = [];
    sheet.getRow(rowNumber).eachCell((cell, column) => {
      texts[column - 1] = String(cellValue(cell.value) ?? '');
    });
    const match = matchHeader(Array.from(texts, (text) => text ?? ''));
    if (!('missing' in match)) header = { ...match, row: rowNumber };
  }
  if (!header) {
    return {
      rows: [],
      diagnostics: [
        formatDiagnostic(
          file,
          say('mdirNoHeaderRow', { sheet: sheet.name, columns: requiredFields.map((field) => fieldLabels[field]) }),
        ),
      ],
    };
  }

  const reader = createRowReader(file, { decimalComma: true, names: header.names, pathPrefix: [sheet.name] });
  const headerRow = header.row;
  const indexes = header.indexes;
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= headerRow) return;
    const cells: RowCells = {};
    for (const [field, index] of Object.entries(indexes) as [Field, number][]) {
      cells[field] = { value: cellValue(row.getCell(index + 1).value), line: rowNumber, column: index + 1, width: 1 };
    }
    reader.read(cells);
  });
  return reader.finish();
}

/** Picks one municipality's rows by name (any case) or by its 4-digit number. */
export function selectMunicipality(rows: readonly MdirRow[], wanted: string): MunicipalitySelection {
  const query = wanted.trim();
  const names = distinct(rows.map((row) => row.municipality));
  const example = names[0] ?? 'Porsgrunn';
  if (query === '') return { error: say('mdirNoMunicipality', { example }) };
  if (rows.length === 0) return { error: say('mdirNoRows', {}) };

  if (/^\d{3,4}$/.test(query)) {
    const number = query.padStart(4, '0');
    if (rows.every((row) => row.municipalityNumber === null)) return selectByKnownNumber(rows, number, example);
    const matches = rows.filter((row) => row.municipalityNumber === number);
    const [first] = matches;
    if (!first) {
      const known = distinct(
        rows.flatMap((row) => (row.municipalityNumber ? [`${row.municipalityNumber} ${row.municipality}`] : [])),
      );
      return { error: say('mdirNoNumber', { number, known: known.sort() }) };
    }
    return { name: first.municipality, number, rows: matches };
  }

  const folded = foldName(query);
  let matchedNames = names.filter((name) => foldName(name) === folded);
  // Names with a Sami or Kven form are written "Kautokeino - Guovdageaidnu"; either part will do.
  if (matchedNames.length === 0) {
    matchedNames = names.filter((name) => name.split(/\s+[-–]\s+/).some((part) => foldName(part) === folded));
  }
  if (matchedNames.length > 1) {
    return { error: say('mdirSeveralMatch', { query, names: matchedNames }) };
  }
  const [name] = matchedNames;
  if (name === undefined) {
    return { error: say('mdirNoName', { query, near: nearestNames(query, names), names: [...names].sort() }) };
  }
  const matches = rows.filter((row) => row.municipality === name);
  const numbers = distinct(matches.flatMap((row) => (row.municipalityNumber ? [row.municipalityNumber] : [])));
  if (numbers.length > 1) {
    return { error: say('mdirSameName', { name, numbers: [...numbers].sort() }) };
  }
  return { name, number: numbers[0] ?? null, rows: matches };
}

/**
 * A number asked of a file without numbers (the reduced CSV): the built-in list of municipalities
 * gives its name, and the name picks the rows.
 */
function selectByKnownNumber(rows: readonly MdirRow[], number: string, example: string): MunicipalitySelection {
  const known = municipalityByNumber(number);
  if (known === undefined) {
    return { error: say('mdirUnknownNumber', { number, example }) };
  }
  const selection = selectMunicipality(rows, known.name);
  if ('error' in selection) {
    const names = distinct(rows.map((row) => row.municipality));
    const near = nearestNames(known.name, names);
    return { error: say('mdirNumberNotInFile', { number, name: known.name, near, names: names.sort() }) };
  }
  return { ...selection, number };
}

/** Writes the inventory file (SPEC §2.2) for one municipality's rows: gas rows summed per source, deterministic. */
export function buildInventoryYaml(rows: readonly MdirRow[], options: InventoryYamlOptions): string {
  const decimals = maxOf(
    rows.map((row) => decimalsOf(row.tonnes)),
    0,
  );
  const byYear = new Map<number, Map<string, Map<string, number>>>();
  for (const row of rows) {
    const sectors = byYear.get(row.year) ?? new Map<string, Map<string, number>>();
    byYear.set(row.year, sectors);
    const sources = sectors.get(row.sector) ?? new Map<string, number>();
    sectors.set(row.sector, sources);
    sources.set(row.source, (sources.get(row.source) ?? 0) + row.tonnes);
  }

  const doc = new Document({
    schema_version: 1,
    scope: 'territorial',
    ...(options.source ? { source: options.source } : {}),
    ...(options.vintage !== null ? { vintage: options.vintage } : {}),
    gwp: 'AR5',
    unit: 't CO2e',
  });
  const years = new YAMLMap<number, YAMLMap<string, YAMLMap<string, Scalar<number>>>>();
  for (const year of [...byYear.keys()].sort((yearA, yearB) => yearA - yearB)) {
    const sectors = byYear.get(year) ?? new Map<string, Map<string, number>>();
    const sectorMap = new YAMLMap<string, YAMLMap<string, Scalar<number>>>();
    for (const sector of [...sectors.keys()].sort(compareSectors)) {
      const sourceMap = new YAMLMap<string, Scalar<number>>();
      sourceMap.flow = true;
      const sources = sectors.get(sector) ?? new Map<string, number>();
      for (const source of [...sources.keys()].sort(compareCodePoints)) {
        const tonnes = new Scalar(roundTo(sources.get(source) ?? 0, decimals));
        // Keep the statistics' own style (0.0, 2622.0) when its figures have decimals.
        tonnes.minFractionDigits = Math.min(1, decimals);
        sourceMap.add({ key: source, value: tonnes });
      }
      sectorMap.add({ key: sector, value: sourceMap });
    }
    years.add({ key: year, value: sectorMap });
  }
  doc.set('years', years);

  const fileName = options.file.split(/[\\/]/).pop() ?? options.file;
  const who = options.number ? `${options.municipality} (${options.number})` : options.municipality;
  doc.commentBefore = [
    ` yaml-language-server: $schema=${options.schemaUrl ?? inventorySchemaUrl}`,
    ` ${who}: Miljødirektoratet's municipal emission statistics, imported from ${fileName}`,
    ' with `klimabudsjett import mdir` (the rows of each source, one per gas, summed).',
  ].join('\n');
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

// ── Reading rows ──────────────────────────────────────────────────────────────────────────

interface RowReaderOptions {
  /** Accept `12,5` for 12.5: in semicolon- or tab-separated files and in workbooks. */
  decimalComma: boolean;
  names: Partial<Record<Field, string>>;
  pathPrefix: ReadonlyArray<string | number>;
}

interface RowReader {
  read(cells: RowCells): void;
  fail(cell: Cell, words: Words & { said: Said }, field?: Field): void;
  finish(): MdirParseResult;
}

interface Tally {
  cell: Cell;
  count: number;
}

/**
 * Empty emissions: an empty cell and the dash (SSB's symbol for "nil") are 0, silently; that is
 * what Miljødirektoratet means by them. The symbols for "not available" (`..`), "not applicable"
 * (`.`) and "confidential" (`:`) are also read as 0, so one missing figure does not block an
 * import, but each symbol gets one warning with its first place and the number of rows.
 */
const zeroSymbols: ReadonlySet<string> = new Set(['', '-', '–', '—']);
const missingSymbols: ReadonlyMap<string, 'notAvailable' | 'notApplicable' | 'confidential'> = new Map([
  ['..', 'notAvailable'],
  ['.', 'notApplicable'],
  [':', 'confidential'],
]);

function createRowReader(file: string, options: RowReaderOptions): RowReader {
  const rows: MdirRow[] = [];
  const diagnostics: Diagnostic[] = [];
  const skippedSectors = new Map<string, Tally>();
  const missingValues = new Map<string, Tally>();

  const report = (severity: Severity, cell: Cell, words: Words & { said: Said }, field?: Field): void => {
    diagnostics.push({
      code: 'import-row',
      severity,
      ...words,
      file,
      range: {
        start: { line: cell.line, column: cell.column },
        end: { line: cell.line, column: cell.column + cell.width },
      },
      path: [...options.pathPrefix, cell.line, ...(field ? [options.names[field] ?? fieldLabels[field]] : [])],
    });
  };
  const tally = (tallies: Map<string, Tally>, key: string, cell: Cell): void => {
    const seen = tallies.get(key);
    if (seen) seen.count++;
    else tallies.set(key, { cell, count: 1 });
  };

  const read = (cells: RowCells): void => {
    // Blank rows, and note rows under a table (text in the first column only), are not data.
    if ([cells.year, cells.sector, cells.source, cells.tonnes].every((cell) => textOf(cell) === '')) return;
    const sectorCell = cells.sector;
    const sectorName = textOf(sectorCell);
    if (sectorCell && isLandUse(sectorName)) {
      tally(skippedSectors, sectorName, sectorCell);
      return;
    }
    let readable = true;
    const fail = (field: Field, words: Words & { said: Said }): void => {
      readable = false;
      report('error', cells[field] ?? { value: null, line: 1, column: 1, width: 1 }, words, field);
    };

    let municipalityNumber: string | null = null;
    if (cells.municipalityNumber) {
      const written = textOf(cells.municipalityNumber);
      if (/^\d{1,4}$/.test(written)) municipalityNumber = written.padStart(4, '0');
      else if (written === '') fail('municipalityNumber', say('mdirNumberEmpty', {}));
      else fail('municipalityNumber', say('mdirNumberInvalid', { written }));
    }
    const municipality = textOf(cells.municipality);
    if (municipality === '') fail('municipality', say('mdirNameEmpty', {}));

    const yearText = textOf(cells.year);
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
    if (year === undefined) fail('year', say('mdirYear', { written: yearText }));

    const sector = sectorIdByName.get(foldName(sectorName));
    if (sector === undefined) {
      const near = nearestNames(sectorName, sectorNames);
      fail('sector', say('mdirSector', { written: sectorName, near, sectors: sectorNames }));
    }

    const source = textOf(cells.source);
    if (source === '') fail('source', say('mdirSourceEmpty', {}));

    const tonnesCell = cells.tonnes;
    let tonnes: number | undefined;
    if (typeof tonnesCell?.value === 'number') {
      tonnes = tonnesCell.value;
    } else {
      const written = textOf(tonnesCell);
      const missing = missingSymbols.get(written);
      if (zeroSymbols.has(written)) tonnes = 0;
      else if (missing !== undefined && tonnesCell) {
        tonnes = 0;
        tally(missingValues, written, tonnesCell);
      } else {
        tonnes = parseDecimal(written, options.decimalComma);
        if (tonnes === undefined) {
          const pointed =
            !options.decimalComma && /^[+-]?\d+,\d+$/.test(written) ? written.replace(',', '.') : undefined;
          fail('tonnes', say('mdirTonnes', { written, ...(pointed === undefined ? {} : { pointed }) }));
        }
      }
    }

    if (readable && year !== undefined && sector !== undefined && tonnes !== undefined) {
      rows.push({ municipalityNumber, municipality, year, sector, source, tonnes });
    }
  };

  const finish = (): MdirParseResult => {
    for (const [name, { cell, count }] of skippedSectors) {
      report('info', cell, say('mdirLandUse', { name, count }), 'sector');
    }
    for (const [symbol, { cell, count }] of missingValues) {
      const meaning = missingSymbols.get(symbol) ?? 'notAvailable';
      report('warning', cell, say('mdirMissingSymbol', { symbol, meaning, count }), 'tonnes');
    }
    return { rows, diagnostics };
  };

  return { read, fail: (cell, words, field) => report('error', cell, words, field), finish };
}

const sectorIdByName: ReadonlyMap<string, string> = new Map(
  inventorySectors.map((sector) => [foldName(sector.nb), sector.id]),
);
const sectorNames: readonly string[] = inventorySectors.map((sector) => sector.nb);

/** Forest and land use (LULUCF): "Skog og arealbruk" and its variants. */
function isLandUse(sectorName: string): boolean {
  const folded = foldName(sectorName);
  return folded.includes('arealbruk') || folded.startsWith('skog ') || folded === 'lulucf';
}

/** Parses a written number: point decimals, or comma decimals where allowed; spaces may group digits. */
function parseDecimal(written: string, decimalComma: boolean): number | undefined {
  let text = written.replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  if (decimalComma && !text.includes('.')) text = text.replace(/^([+-]?\d*),(\d+)/, '$1.$2');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return undefined;
  return Number(text);
}

// ── CSV details ───────────────────────────────────────────────────────────────────────────

interface CsvRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** The delimiter used most in the header line. */
function detectDelimiter(headerLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const candidate of [',', ';', '\t']) {
    const count = headerLine.split(candidate).length - 1;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

/**
 * Maps the fields csv-parse returned back onto the raw record to place each one: a quoted field
 * takes its value plus the two quotes and one extra quote per inner (doubled) quote.
 */
function locateFields(
  record: readonly string[],
  raw: string,
  endLine: number,
): { startLine: number; columns: { line: number; column: number; width: number }[] } {
  const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
  const startLine = endLine - countNewlines(body);
  const columns: { line: number; column: number; width: number }[] = [];
  let offset = 0;
  for (const value of record) {
    const quoted = body[offset] === '"';
    const width = quoted ? value.length + 2 + (value.split('"').length - 1) : value.length;
    const before = body.slice(0, offset);
    const lastBreak = before.lastIndexOf('\n');
    columns.push({ line: startLine + countNewlines(before), column: offset - lastBreak, width });
    offset += width + 1;
  }
  return { startLine, columns };
}

function countNewlines(text: string): number {
  return text.split('\n').length - 1;
}

function csvSyntaxDiagnostic(file: string, code: string, endLine: number, raw: string): Diagnostic {
  const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
  const line = Math.max(1, (Number.isFinite(endLine) ? endLine : 1) - countNewlines(body));
  const reason =
    code === 'CSV_QUOTE_NOT_CLOSED' ? 'unclosed' : code === 'CSV_INVALID_CLOSING_QUOTE' ? 'closing' : { code };
  return {
    code: 'import-row',
    severity: 'error',
    ...say('mdirCsvSyntax', { reason }),
    file,
    range: { start: { line, column: 1 }, end: { line, column: 1 + (body.split('\n')[0] ?? '').length } },
    path: [line],
  };
}

// ── Shared helpers ───────────────────────────────────────────────────────────────────────

function formatDiagnostic(file: string, words: Words & { said: Said }): Diagnostic {
  return {
    code: 'import-format',
    severity: 'error',
    ...words,
    file,
    range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    path: [],
  };
}

/** Finds the columns of either layout by name, in any order and case. */
function matchHeader(names: readonly string[]): HeaderMatch | { missing: string[] } {
  const indexes: Partial<Record<Field, number>> = {};
  const written: Partial<Record<Field, string>> = {};
  names.forEach((name, index) => {
    const field = fieldOfColumn(foldName(name));
    if (field && indexes[field] === undefined) {
      indexes[field] = index;
      written[field] = name.trim();
    }
  });
  const missing = requiredFields.filter((field) => indexes[field] === undefined).map((field) => fieldLabels[field]);
  return missing.length > 0 ? { missing } : { indexes, names: written };
}

function fieldOfColumn(folded: string): Field | undefined {
  switch (folded) {
    case 'kommunenummer':
    case 'kommunenr':
      return 'municipalityNumber';
    case 'kommune':
    case 'kommunenavn':
      return 'municipality';
    case 'år':
    case 'aar':
      return 'year';
    case 'sektor':
      return 'sector';
    case 'utslippskilde':
      return 'source';
    default:
      // "Utslipp" in the reduced CSV, "Utslipp (tonn CO2-ekvivalenter)" in the workbook.
      return folded === 'utslipp' || folded.startsWith('utslipp (') ? 'tonnes' : undefined;
  }
}

/** Reads an exceljs cell value as text or number (formulas by their cached result). */
function cellValue(value: CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return String(value.error);
  if ('result' in value) return cellValue(value.result as CellValue);
  if ('text' in value) return String(value.text);
  return null;
}

function textOf(cell: Cell | undefined): string {
  if (!cell || cell.value === null) return '';
  return typeof cell.value === 'number' ? String(cell.value) : cell.value.trim();
}

/** Compares names for matching: trimmed, single spaces, lower case, NFC (macOS shells may give NFD). */
function foldName(name: string): string {
  // `Midt-Telemark`, `midt telemark` and `midt_telemark` are one name.
  return name
    .normalize('NFC')
    .trim()
    .replace(/[\s_-]+/g, ' ')
    .toLowerCase();
}

/** The candidates within a small edit distance of `wanted`, nearest first (at most three). */
function nearestNames(wanted: string, candidates: readonly string[]): string[] {
  const folded = foldName(wanted);
  if (folded === '') return [];
  const limit = Math.max(2, Math.floor(folded.length / 3));
  return candidates
    .map((candidate) => ({ candidate, distance: distance(folded, foldName(candidate)) }))
    .filter(({ distance }) => distance <= limit)
    .sort((first, second) => first.distance - second.distance || compareCodePoints(first.candidate, second.candidate))
    .slice(0, 3)
    .map(({ candidate }) => candidate);
}

function compareCodePoints(first: string, second: string): number {
  const left = [...first];
  const right = [...second];
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const difference = (left[index]?.codePointAt(0) ?? 0) - (right[index]?.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Decimals of the shortest representation of a number (1e-7 has 7), at most `maxDecimals`. */
function decimalsOf(value: number): number {
  const [mantissa = '', exponent = '0'] = String(Math.abs(value)).split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.min(maxDecimals, Math.max(0, fraction.length - Number(exponent)));
}

function roundTo(value: number, decimals: number): number {
  const rounded = Number(value.toFixed(decimals));
  return rounded === 0 ? 0 : rounded;
}
