import type { Language } from '../../model/budget.js';
import { renderCsvTable } from '../../render/csv.js';
import { renderJson } from '../../render/json.js';
import { toTables } from '../../render/tables/index.js';
import { renderTerminal } from '../../render/terminal.js';
import { htmlDocument, markdownDocument, workbookDocument } from '../documents.js';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { type CliIo, useColor } from '../io.js';
import { loadReport } from '../load-report.js';
import { chooseTable, csvDialect, type OutputOptions, resolveFormat, writeOutput } from '../output.js';
import { terminalWidth } from '../run-listing.js';

interface ExportOptions extends OutputOptions {
  lang?: Language;
  color: boolean;
}

/**
 * `export [dir] -o FILE`: the whole computed budget. JSON is the machine contract (SPEC §7.1);
 * the workbook, Markdown and the terminal show every table; CSV writes one table (`--table`), and
 * `-o report.zip` every table as CSV files in a zip archive.
 */
export async function exportCommand(dir: string, options: ExportOptions, io: CliIo): Promise<number> {
  const format = resolveFormat(options);
  if ((format === 'xlsx' || format === 'zip') && options.output === undefined && io.stdout.isTTY) {
    throw new UsageError(
      `A${format === 'xlsx' ? 'n xlsx workbook' : ' zip archive'} is binary and is not written to a terminal.`,
      `Give -o report.${format}, or redirect stdout to a file.`,
    );
  }

  const dialect = csvDialect(format, options);
  const loaded = loadReport(dir, options, io);
  if ('exitCode' in loaded) return loaded.exitCode;
  const { report, budget } = loaded;
  if (format === 'json') {
    writeOutput(renderJson(report, budget.manifest.language), options, io, [loaded.inputs]);
    return ExitCode.Ok;
  }
  const { language } = loaded;
  if (format === 'xlsx') {
    writeOutput(await workbookDocument(loaded, language, io.env), options, io, [loaded.inputs]);
    return ExitCode.Ok;
  }
  if (format === 'md') {
    writeOutput(markdownDocument(loaded, language), options, io, [loaded.inputs]);
    return ExitCode.Ok;
  }
  if (format === 'html') {
    writeOutput(await htmlDocument(loaded, language), options, io, [loaded.inputs]);
    return ExitCode.Ok;
  }
  const tables = toTables(report, { language, factors: [...budget.factors.values()] });
  if (format === 'zip') {
    const { zipCsvTables } = await import('../../render/csv-zip.js');
    const { workbookDate } = await import('../../render/xlsx/workbook-date.js');
    writeOutput(zipCsvTables(tables, { language, created: workbookDate(io.env), dialect }), options, io, [
      loaded.inputs,
    ]);
    return ExitCode.Ok;
  }
  if (format === 'csv') {
    if (options.table === undefined) {
      throw new UsageError(
        'A CSV file holds one table: choose it with --table, or write every table with -o report.zip.',
        `Tables: ${tables.map((table) => table.id).join(', ')}.`,
      );
    }
    writeOutput(renderCsvTable(chooseTable(tables, options, io), { language, dialect }), options, io, [loaded.inputs]);
    return ExitCode.Ok;
  }
  const text = renderTerminal(tables, {
    language,
    color: options.output === undefined && useColor(io, io.stdout, !options.color),
    width: terminalWidth(io, options),
  });
  writeOutput(text, options, io, [loaded.inputs]);
  return ExitCode.Ok;
}
