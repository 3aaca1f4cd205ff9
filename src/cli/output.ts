import { extname, resolve } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { nearest } from '../diagnostics/describe.js';
import { messagesFor } from '../i18n/messages/index.js';
import type { Language } from '../model/budget.js';
import type { CsvDialect } from '../render/csv.js';
import {
  formatExtensions,
  formatFromPath,
  knownExtensions,
  type OutputFormat,
  textFormatNames,
} from '../render/index.js';
import type { Table } from '../render/table.js';
import { type UsageError, usageError } from './errors.js';
import type { CliIo } from './io.js';
import type { BudgetInputs } from './output-guard.js';
import { writeStatus } from './status-lines.js';

/** The output options every report command takes. */
export interface OutputOptions {
  format?: OutputFormat;
  output?: string;
  /** csv: the id of the table to write. */
  table?: string;
  /** `--excel-csv`: CSV (and the zip of CSVs) in the Excel dialect; implies csv when nothing else names a format. */
  excelCsv?: boolean;
  quiet: boolean;
}

/** The format: `--format`, else the extension of `-o`, else csv with `--excel-csv`, else table. */
export function resolveFormat(options: Pick<OutputOptions, 'format' | 'output' | 'excelCsv'>): OutputFormat {
  if (options.format !== undefined) return options.format;
  if (options.output === undefined) return options.excelCsv ? 'csv' : 'table';
  const format = formatFromPath(options.output);
  if (format === undefined) {
    throw extensionError(options.output);
  }
  return format;
}

/**
 * An extension that names no format: the hint gives every extension the commands write, those of
 * export alone apart, and the nearest one to a mistyped extension: `Did you mean .xlsx? Use .txt,
 * .csv, .md or .json (export also .xlsx, .zip and .html), or give --format.`
 */
export function extensionError(path: string): UsageError {
  const listing = textFormatNames.map((format) => formatExtensions[format]);
  const exportOnly = (Object.keys(formatExtensions) as OutputFormat[])
    .filter((format) => !(textFormatNames as readonly string[]).includes(format))
    .map((format) => formatExtensions[format]);
  const written = extname(path).toLowerCase();
  // Only a slip of one letter (.xls, .jsn): any two extensions are two letters apart.
  const near = knownExtensions.find((known) => written.length > 1 && distance(written, known) === 1);
  return usageError('formatOfExtension', {
    file: path,
    ...(near === undefined ? {} : { near }),
    formats: listing,
    exportOnly,
  });
}

/** The CSV dialect `--excel-csv` asks for; refused with a format that is not CSV (or the zip of CSVs). */
export function csvDialect(format: OutputFormat, options: Pick<OutputOptions, 'excelCsv'>): CsvDialect {
  if (!options.excelCsv) return 'rfc4180';
  if (format !== 'csv' && format !== 'zip') {
    throw usageError('excelCsvNotCsv', { format });
  }
  return 'excel';
}

/** The table `--table` names, else the first; a note on stderr names the others. */
export function chooseTable(
  tables: readonly Table[],
  options: Pick<OutputOptions, 'table' | 'quiet'>,
  io: CliIo,
  language: Language = 'en',
): Table {
  const ids = tables.map((table) => table.id);
  if (options.table !== undefined) {
    const chosen = tables.find((table) => table.id === options.table);
    if (chosen === undefined) {
      const near = nearest(options.table, ids);
      throw usageError('noSuchTable', { table: options.table, ...(near === undefined ? {} : { near }), ids });
    }
    return chosen;
  }
  const [first] = tables;
  if (first === undefined) throw usageError('noTable', {});
  if (tables.length > 1 && !options.quiet) {
    writeStatus(io, messagesFor(language).status.writingTable(first.id, ids.slice(1).join(', ')));
  }
  return first;
}

/**
 * Writes the output to stdout, or safely to `-o` with a note on stderr: never over one of `inputs`
 * (what the budgets read), atomically, only a regular file replaced (SPEC §7). `-o -` is stdout:
 * run() turns it into no `-o` for every command.
 */
export function writeOutput(
  data: string | Uint8Array,
  options: Pick<OutputOptions, 'output' | 'quiet'>,
  io: CliIo,
  inputs: readonly BudgetInputs[],
  language: Language = 'en',
): void {
  if (options.output === undefined) {
    io.stdout.write(data);
    return;
  }
  io.writeFile(resolve(io.cwd, options.output), data, { inputs });
  if (!options.quiet) io.stderr.write(`${messagesFor(language).status.wrote(options.output)}\n`);
}
