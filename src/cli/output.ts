import { resolve } from 'node:path';
import type { CsvDialect } from '../render/csv.js';
import { formatFromPath, type OutputFormat } from '../render/index.js';
import type { Table } from '../render/table.js';
import { UsageError } from './errors.js';
import type { CliIo } from './io.js';

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
    throw new UsageError(
      `Cannot tell the format of ${options.output} from its extension.`,
      'Use .txt, .csv, .md or .json (export also .xlsx and .zip), or give --format.',
    );
  }
  return format;
}

/** The CSV dialect `--excel-csv` asks for; refused with a format that is not CSV (or the zip of CSVs). */
export function csvDialect(format: OutputFormat, options: Pick<OutputOptions, 'excelCsv'>): CsvDialect {
  if (!options.excelCsv) return 'rfc4180';
  if (format !== 'csv' && format !== 'zip') {
    throw new UsageError(
      `--excel-csv is for CSV output, not ${format}.`,
      'Give -o FILE.csv (export also FILE.zip), or --format csv.',
    );
  }
  return 'excel';
}

/** The table `--table` names, else the first; a note on stderr names the others. */
export function chooseTable(
  tables: readonly Table[],
  options: Pick<OutputOptions, 'table' | 'quiet'>,
  io: CliIo,
): Table {
  const ids = tables.map((table) => table.id);
  if (options.table !== undefined) {
    const chosen = tables.find((table) => table.id === options.table);
    if (chosen === undefined) {
      throw new UsageError(`There is no table "${options.table}" here.`, `Choose one of: ${ids.join(', ')}.`);
    }
    return chosen;
  }
  const [first] = tables;
  if (first === undefined) throw new UsageError('There is no table to write.');
  if (tables.length > 1 && !options.quiet) {
    io.stderr.write(
      `note: writing the table ${first.id}; the others are ${ids.slice(1).join(', ')} (choose one with --table).\n`,
    );
  }
  return first;
}

/** Writes the output to stdout, or atomically to `-o` with a note on stderr. */
export function writeOutput(
  data: string | Uint8Array,
  options: Pick<OutputOptions, 'output' | 'quiet'>,
  io: CliIo,
): void {
  if (options.output === undefined) {
    io.stdout.write(data);
    return;
  }
  io.writeFile(resolve(io.cwd, options.output), data);
  if (!options.quiet) io.stderr.write(`Wrote ${options.output}.\n`);
}
