import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BudgetReport } from '../compute/budget-report.js';
import { computeReport } from '../compute/report.js';
import { ioFailureCodes } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticFormatters } from '../diagnostics/format.js';
import { messagesFor } from '../i18n/messages/index.js';
import { localizeDiagnostics } from '../i18n/messages/localize.js';
import { type CheckResult, checkBudget } from '../load/check-budget.js';
import { canCompute } from '../load/load-budget.js';
import type { ParsedFile } from '../load/read-yaml.js';
import type { Budget, Language } from '../model/budget.js';
import { packageVersion } from '../package-version.js';
import { ExitCode } from './exit-codes.js';
import { type CliIo, displayPath, useColor } from './io.js';
import { outputLanguage } from './language.js';
import { type BudgetInputs, budgetInputs } from './output-guard.js';

/**
 * A computed budget with its diagnostics (warnings, infos) and what it read (never to be written),
 * or the exit code to stop with.
 */
export type LoadedReport =
  | {
      budget: Budget;
      report: BudgetReport;
      /** The language of the outputs (`--lang`, else the budget's). */
      language: Language;
      diagnostics: readonly Diagnostic[];
      inputs: BudgetInputs;
      /** The files as written, by the paths the budget's origins name. */
      parsed: ReadonlyMap<string, ParsedFile>;
    }
  | { exitCode: number };

/** Where a budget's files are read from, when not from the current directory (a git revision's copy). */
export interface BudgetPlace {
  /** The folder display paths are relative to; it stands for the repository, so files are read inside it. */
  cwd: string;
  /** How a display path is shown (`main:budgets/porsgrunn/budget.yaml`). */
  label: (path: string) => string;
}

/**
 * Loads and checks a budget folder, prints its errors and warnings on stderr (stylish, as
 * `validate` does; errors only with `quiet`), and returns the report computed once there are no
 * errors.
 * Returns exit code 1 for a budget with errors, 2 when a file cannot be read.
 */
export function loadReport(
  dir: string,
  options: { color: boolean; quiet: boolean; lang?: Language },
  io: CliIo,
  place?: BudgetPlace,
): LoadedReport {
  // A budget folder is read with paths relative to itself, so that the documents made from it
  // name its files the same from any current directory (SPEC §8); the messages on stderr name
  // them relative to the current directory, as every diagnostic does (SPEC §3).
  const root = resolve(io.cwd, dir);
  const rooted = place === undefined && isFolder(root);
  const [readDir, readCwd] = place ? [dir, place.cwd] : rooted ? ['.', root] : [dir, io.cwd];
  const loaded = checkBudget(readDir, place ? { cwd: readCwd, within: readCwd } : { cwd: readCwd });
  const language = outputLanguage(options.lang, loaded.budget, io.env);
  const checked = { ...loaded, diagnostics: localizeDiagnostics(loaded.diagnostics, language) };
  const inputs = budgetInputs(readDir, readCwd, checked);
  const result = rooted
    ? relabel(checked, (path) => displayPath(io.cwd, resolve(root, path)), true)
    : relabel(checked, place?.label);
  const shown = result.diagnostics.filter(
    (diagnostic) => diagnostic.severity === 'error' || (diagnostic.severity === 'warning' && !options.quiet),
  );
  if (shown.length > 0) {
    io.stderr.write(
      diagnosticFormatters.stylish(shown, {
        color: useColor(io, io.stderr, !options.color),
        sources: result.sources,
        files: result.files,
        toolVersion: packageVersion(),
        words: messagesFor(language).status,
        ...stderrWidth(io),
      }),
    );
  }
  if (result.diagnostics.some((diagnostic) => ioFailureCodes.has(diagnostic.code)))
    return { exitCode: ExitCode.Failure };
  const { report } = result;
  if (!canCompute(result)) return { exitCode: ExitCode.InvalidBudget };
  return {
    budget: result.budget,
    report: report ?? computeReport(result.budget),
    language,
    diagnostics: checked.diagnostics,
    inputs,
    parsed: checked.parsed,
  };
}

/**
 * Shows a budget's display paths through `label` (diagnostics, code frames and the file list);
 * with `inText`, also where a message or hint names one of the budget's files.
 */
function relabel<Result extends CheckResult>(
  result: Result,
  label: ((path: string) => string) | undefined,
  inText = false,
): Result {
  if (label === undefined) return result;
  const text = inText ? pathsInText(result.files, label) : (words: string) => words;
  return {
    ...result,
    diagnostics: result.diagnostics.map((diagnostic) => ({
      ...diagnostic,
      file: label(diagnostic.file),
      message: text(diagnostic.message),
      ...(diagnostic.hint === undefined ? {} : { hint: text(diagnostic.hint) }),
    })),
    sources: new Map([...result.sources].map(([path, source]) => [label(path), source])),
    files: result.files.map(label),
  };
}

/** Replaces the budget's file paths in a sentence (as whole words) with their labels. */
function pathsInText(files: readonly string[], label: (path: string) => string): (text: string) => string {
  const renamed = files.filter((file) => label(file) !== file).sort((a, b) => b.length - a.length);
  if (renamed.length === 0) return (text) => text;
  const escaped = renamed.map((file) => file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<=^|[\\s(\`"'])(?:${escaped.join('|')})(?=$|[\\s),.;:\`"'])`, 'g');
  return (text) => text.replace(pattern, (file) => label(file));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The width to wrap diagnostics at: stderr's, when it is a terminal (else none: one line each). */
export function stderrWidth(io: CliIo): { width?: number } {
  const columns = io.stderr.columns;
  return io.stderr.isTTY && columns !== undefined && columns > 0 ? { width: columns } : {};
}
