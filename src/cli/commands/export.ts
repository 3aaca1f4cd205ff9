import { exporters } from '../../documents/exporters.js';
import type { Language } from '../../model/budget.js';
import { usageError } from '../errors.js';
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
    throw usageError('binaryToTerminal', { format });
  }

  const dialect = csvDialect(format, options);
  const loaded = loadReport(dir, options, io);
  if ('exitCode' in loaded) return loaded.exitCode;
  const data = await exporters[format](loaded, {
    language: loaded.language,
    env: io.env,
    dialect,
    color: options.output === undefined && useColor(io, io.stdout, !options.color),
    width: terminalWidth(io, options),
    chooseTable: (tables) => {
      if (options.table === undefined) {
        throw usageError('csvOneTable', { ids: tables.map((table) => table.id) });
      }
      return chooseTable(tables, options, io, loaded.language);
    },
  });
  writeOutput(data, options, io, [loaded.inputs], loaded.language);
  return ExitCode.Ok;
}
