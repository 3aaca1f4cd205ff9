import { readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { appendAll } from '../../arrays.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { diagnosticFormatters } from '../../diagnostics/format.js';
import { lstatOrUndefined } from '../../fs-stat.js';
import { messagesFor } from '../../i18n/messages/index.js';
import { localizeDiagnostics } from '../../i18n/messages/localize.js';
import { buildInventoryYaml, parseMdirCsv, parseMdirXlsx, selectMunicipality } from '../../import/mdir.js';
import type { Language } from '../../model/budget.js';
import { packageVersion } from '../../package-version.js';
import { safeText } from '../../safe-text.js';
import { schemaUrl } from '../../schema-url.js';
import { saidUsageError, usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { type CliIo, displayPath, useColor } from '../io.js';
import { messageLanguage } from '../language.js';
import { stderrWidth } from '../load-report.js';
import { numberForName, writeWarning } from '../municipality.js';
import { writeStatus } from '../status-lines.js';

interface ImportOptions {
  municipality: string;
  /** A number the user gave (init --number): no look-up of the name's number then. */
  number?: string;
  output?: string;
  /** Replace an existing `-o` file. */
  force?: boolean;
  source?: string;
  vintage?: string;
  color: boolean;
  quiet: boolean;
  lang?: Language;
}

/** `import mdir FILE --municipality NAME|NUMBER`: Miljødirektoratet's statistics → an inventory file. */
export async function importMdirCommand(file: string, options: ImportOptions, io: CliIo): Promise<number> {
  // No budget to ask: --lang, else the environment's, else English.
  const language = messageLanguage(options.lang, io.env);
  const imported = await readMdirInventory(file, { ...options, language }, io);
  const words = messagesFor(language).status;
  if ('exitCode' in imported) return imported.exitCode;
  if (options.output === undefined) {
    io.stdout.write(imported.yaml);
  } else {
    const output = resolve(io.cwd, options.output);
    if (output === imported.path) {
      throw usageError('overwritesInput', {});
    }
    // An inventory file is a budget's input, written by hand or by an earlier import: replaced only on request.
    if (options.force !== true && lstatOrUndefined(output) !== undefined) {
      throw usageError('outputExists', { file: displayPath(io.cwd, output) });
    }
    // The statistics file is an input too, under any name (a symlink, a hard link).
    const statistics = {
      root: dirname(imported.path),
      files: [imported.path],
      patterns: [],
      reader: 'import' as const,
    };
    io.writeFile(output, imported.yaml, { inputs: [statistics], create: options.force !== true });
    if (!options.quiet)
      io.stderr.write(`${words.wroteInventory(options.output, safeText(imported.name), imported.rows)}\n`);
  }
  if (imported.vintage === null && !options.quiet) writeStatus(io, `${words.note}: ${words.noVintage}`);
  return ExitCode.Ok;
}

/** An inventory file made from Miljødirektoratet's statistics for one municipality. */
export interface MdirInventory {
  /** The inventory file's text. */
  yaml: string;
  /** The municipality as the statistics name it, and its number when they give one. */
  name: string;
  number?: string;
  /** Rows of the statistics taken, and the years they cover. */
  rows: number;
  years: number[];
  /** The publication: --vintage, else from the file's name, else null. */
  vintage: string | null;
  /** Absolute path of the statistics file. */
  path: string;
}

/**
 * Reads Mdir's statistics (workbook or CSV) and builds the inventory of one municipality; problems
 * in the file go to stderr as diagnostics (then `exitCode`), a wrong municipality is a UsageError.
 */
export async function readMdirInventory(
  file: string,
  options: Pick<ImportOptions, 'municipality' | 'number' | 'source' | 'vintage' | 'color' | 'quiet'> & {
    /** The language of the messages. */
    language: Language;
  },
  io: CliIo,
): Promise<MdirInventory | { exitCode: number }> {
  const path = resolve(io.cwd, file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw usageError('cannotRead', { file, of: 'statistics' });
  }
  const isWorkbook = extname(path).toLowerCase() === '.xlsx' || (bytes[0] === 0x50 && bytes[1] === 0x4b);
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  let parsed: Awaited<ReturnType<typeof parseMdirXlsx>>;
  if (isWorkbook) {
    parsed = await parseMdirXlsx(bytes, file);
  } else {
    const text = decodeText(bytes, file, diagnostics);
    sources.set(file, text);
    parsed = parseMdirCsv(text, file);
  }
  appendAll(diagnostics, parsed.diagnostics);
  const report = () => {
    const shown = options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
    io.stderr.write(
      diagnosticFormatters.stylish(localizeDiagnostics(shown, options.language), {
        words: messagesFor(options.language).status,
        color: useColor(io, io.stderr, !options.color),
        sources,
        files: [file],
        toolVersion: packageVersion(),
        ...stderrWidth(io),
      }),
    );
  };
  if (hasErrors(diagnostics)) {
    report();
    return { exitCode: ExitCode.InvalidBudget };
  }
  const selection = selectMunicipality(parsed.rows, options.municipality);
  if ('error' in selection) {
    report();
    throw saidUsageError(selection.error.said);
  }
  report();
  // The reduced CSV has names only: the built-in list of municipalities gives the number.
  const known =
    selection.number === null
      ? options.number === undefined
        ? numberForName(selection.name)
        : { number: options.number }
      : { number: selection.number };
  if (known.warning) writeWarning(io, known.warning, options.language);
  const years = [...new Set(selection.rows.map((row) => row.year))].sort((a, b) => a - b);
  const vintage = options.vintage ?? vintageFromFileName(file, years);
  const yaml = buildInventoryYaml(selection.rows, {
    municipality: selection.name,
    number: known.number ?? null,
    source: options.source ?? `Miljødirektoratet, Klimagassutslipp fra kommuner (${basename(file)})`,
    vintage,
    file,
    schemaUrl: schemaUrl('inventory', packageVersion()),
  });
  return {
    yaml,
    name: selection.name,
    ...(known.number ? { number: known.number } : {}),
    rows: selection.rows.length,
    years,
    vintage,
    path,
  };
}

/**
 * The publication a file's name gives: its last year-like number when that lies after the data's
 * latest year (`telemark-2026.csv` with figures up to 2024 → "2026"); a year within the data is a
 * data year, not the publication, and gives none.
 */
export function vintageFromFileName(file: string, years: readonly number[]): string | null {
  const named = Number(
    basename(file)
      .match(/(?<!\d)(?:19|20)\d\d(?!\d)/g)
      ?.at(-1),
  );
  const latest = years.at(-1);
  return Number.isInteger(named) && latest !== undefined && named > latest && named <= latest + 5
    ? String(named)
    : null;
}

/** UTF-8, or else Windows-1252 (what Excel in Norway saves CSV as), with a note. */
function decodeText(bytes: Buffer, file: string, diagnostics: Diagnostic[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    diagnostics.push({
      code: 'import-format',
      severity: 'info',
      message: 'The file is not UTF-8; it was read as Windows-1252 (what Excel saves CSV as in Norway).',
      file,
      path: [],
      hint: 'Check that æ, ø and å look right in the result, or save the file as UTF-8.',
    });
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
