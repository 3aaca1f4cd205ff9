import { resolve } from 'node:path';
import { formatFromPath, type OutputFormat } from '../render/index.js';
import type { Table } from '../render/table.js';
import { UsageError } from './errors.js';
import type { CliIo } from './io.js';
import type { BudgetInputs } from './output-guard.js';

/** The output options every report command takes. */
export interface OutputOptions {
  format?: OutputFormat;
  output?: string;
  /** csv: the id of the table to write. */
  table?: string;
  quiet: boolean;
}

/** The format: `--format`, else the extension of `-o`, else table. */
export function resolveFormat(options: Pick<OutputOptions, 'format' | 'output'>): OutputFormat {
  if (options.format !== undefined) return options.format;
  if (options.output === undefined) return 'table';
  const format = formatFromPath(options.output);
  if (format === undefined) {
    throw new UsageError(
      `Cannot tell the format of ${options.output} from its extension.`,
      'Use .txt, .csv, .md or .json (export also .xlsx and .zip), or give --format.',
    );
  }
  return format;
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
): void {
  if (options.output === undefined) {
    io.stdout.write(data);
    return;
  }
  io.writeFile(resolve(io.cwd, options.output), data, { inputs });
  if (!options.quiet) io.stderr.write(`Wrote ${options.output}.\n`);
}
