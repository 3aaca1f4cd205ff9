import type { BudgetReport } from '../compute/budget-report.js';
import type { Budget, Language } from '../model/budget.js';
import { renderCsvTable } from '../render/csv.js';
import { type RenderOptions, textRenderers } from '../render/index.js';
import { type Listing, listingTables, type TableOptions } from '../render/tables/index.js';
import { usageError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import { type CliIo, useColor } from './io.js';
import { loadReport } from './load-report.js';
import { chooseTable, csvDialect, type OutputOptions, resolveFormat, writeOutput } from './output.js';

/** Options of every listing command. */
export interface ListingOptions extends OutputOptions {
  lang?: Language;
  color: boolean;
}

/** Terminal width when stdout is not a terminal (pipes, files, tests). */
const defaultWidth = 80;

/**
 * Runs a listing command: loads and checks the budget (diagnostics on stderr; exit 1 on errors),
 * computes it, builds the listing's tables and writes them in the chosen format to stdout or `-o`.
 * `extra` turns the command's own options into table options, and may throw a UsageError.
 */
export function runListing(
  listing: Listing,
  dir: string,
  options: ListingOptions,
  io: CliIo,
  extra: (loaded: { budget: Budget; report: BudgetReport }) => Omit<TableOptions, 'language'> = () => ({}),
): number {
  const format = resolveFormat(options);
  if (format === 'xlsx' || format === 'zip' || format === 'html') {
    throw usageError('listingFormat', { listing, format, dir });
  }
  const dialect = csvDialect(format, options);
  const loaded = loadReport(dir, options, io);
  if ('exitCode' in loaded) return loaded.exitCode;
  const { language } = loaded;
  const tables = listingTables[listing](loaded.report, { ...extra(loaded), language });
  const renderOptions: RenderOptions = {
    language,
    color: format === 'table' && options.output === undefined && useColor(io, io.stdout, !options.color),
    width: terminalWidth(io, options),
  };
  const text =
    format === 'csv'
      ? renderCsvTable(chooseTable(tables, options, io, language), { language, dialect })
      : textRenderers[format](tables, renderOptions);
  writeOutput(text, options, io, [loaded.inputs], language);
  return ExitCode.Ok;
}

/** The terminal's width when writing to one, else 80. */
export function terminalWidth(io: CliIo, options: Pick<OutputOptions, 'output'>): number {
  if (options.output !== undefined || !io.stdout.isTTY) return defaultWidth;
  return io.stdout.columns !== undefined && io.stdout.columns > 0 ? io.stdout.columns : defaultWidth;
}
