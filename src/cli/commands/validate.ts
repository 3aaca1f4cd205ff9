import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { appendAll } from '../../arrays.js';
import { ioFailureCodes } from '../../diagnostics/codes.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { summarizeDiagnostics } from '../../diagnostics/diagnostic.js';
import { type DiagnosticFormat, diagnosticFormatters } from '../../diagnostics/format.js';
import { formatClean } from '../../diagnostics/format-stylish.js';
import { messagesFor, type StatusMessages } from '../../i18n/messages/index.js';
import { localizeDiagnostics } from '../../i18n/messages/localize.js';
import { checkBudget } from '../../load/check-budget.js';
import type { Language } from '../../model/budget.js';
import { packageVersion } from '../../package-version.js';
import { ExitCode } from '../exit-codes.js';
import { type CliIo, displayPath, useColor } from '../io.js';
import { messageLanguage, outputLanguage } from '../language.js';
import { stderrWidth } from '../load-report.js';

interface ValidateOptions {
  format?: DiagnosticFormat;
  strict: boolean;
  maxWarnings?: number;
  color: boolean;
  quiet: boolean;
  verbose?: boolean;
  lang?: Language;
}

/**
 * `validate [path…]`: every problem of every budget folder, in the chosen format; exit 0, 1 or 2.
 * A path may be a file of a budget (as a pre-commit hook passes them): its folder is checked.
 */
export function validateCommand(paths: readonly string[], options: ValidateOptions, io: CliIo): number {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const files: string[] = [];
  const { dirs, outside } = budgetFolders(paths, io.cwd);
  if (outside.length > 0 && !options.quiet) {
    const words = messagesFor(messageLanguage(options.lang, io.env)).status;
    io.stderr.write(
      `klimabudsjett: ${words.noBudgetFolderAbove(outside.map((file) => displayPath(io.cwd, file)).join(', '))}\n`,
    );
  }
  // The run's own lines speak the language of its first budget (each budget's messages its own).
  let runLanguage: Language | undefined;
  for (const dir of dirs) {
    const result = checkBudget(dir, { cwd: io.cwd });
    const language = outputLanguage(options.lang, result.budget, io.env);
    runLanguage ??= language;
    appendAll(diagnostics, localizeDiagnostics(result.diagnostics, language));
    for (const [path, text] of result.sources) sources.set(path, text);
    appendAll(files, result.files);
  }
  // --strict counts warnings as errors: in the output and in the exit code alike.
  const judged = options.strict
    ? diagnostics.map((diagnostic) =>
        diagnostic.severity === 'warning' ? { ...diagnostic, severity: 'error' as const } : diagnostic,
      )
    : diagnostics;
  const shown = options.quiet ? judged.filter((diagnostic) => diagnostic.severity === 'error') : judged;
  const format = options.format ?? 'stylish';
  const language = runLanguage ?? outputLanguage(options.lang, undefined, io.env);
  const words = messagesFor(language).status;
  const summary = summarizeDiagnostics(judged);
  const tooManyWarnings = options.maxWarnings !== undefined && summary.warnings > options.maxWarnings;
  const output = diagnosticFormatters[format](shown, {
    color: useColor(io, format === 'stylish' ? io.stderr : io.stdout, !options.color),
    sources,
    files: [...new Set(files)].sort(),
    toolVersion: packageVersion(),
    warningsFail: tooManyWarnings,
    infos: options.verbose === true,
    words,
    ...(format === 'stylish' ? stderrWidth(io) : {}),
  });
  (format === 'stylish' ? io.stderr : io.stdout).write(output);
  // A person at a terminal sees that the run happened and passed; pipes and CI logs stay empty.
  if (format === 'stylish' && judged.length === 0 && !options.quiet && io.stderr.isTTY)
    io.stderr.write(formatClean(dirs, useColor(io, io.stderr, !options.color), words));

  if (format === 'github') noteHiddenAnnotations(shown, io, words);

  if (diagnostics.some((diagnostic) => ioFailureCodes.has(diagnostic.code))) return ExitCode.Failure;
  if (summary.errors > 0) return ExitCode.InvalidBudget;
  if (tooManyWarnings) {
    // On stderr in every format: a CI log must say why the step failed.
    io.stderr.write(`klimabudsjett: ${words.tooManyWarnings(summary.warnings, options.maxWarnings ?? 0)}\n`);
    return ExitCode.InvalidBudget;
  }
  return ExitCode.Ok;
}

/** GitHub shows at most this many annotations of each kind (error, warning, notice) per step. */
const annotationsPerKind = 10;

/** Says so on stderr when GitHub will leave annotations out: otherwise they vanish without a trace. */
function noteHiddenAnnotations(shown: readonly Diagnostic[], io: CliIo, words: StatusMessages): void {
  const summary = summarizeDiagnostics(shown);
  if ([summary.errors, summary.warnings, summary.infos].every((count) => count <= annotationsPerKind)) return;
  const counts = [words.errors(summary.errors), words.warnings(summary.warnings), words.infos(summary.infos)];
  io.stderr.write(`klimabudsjett: ${words.hiddenAnnotations(counts.join(', '), annotationsPerKind)}\n`);
}

/**
 * The budget folders to check: a folder (or a path that does not exist, which checkBudget reports)
 * as given; a file as the nearest folder above it with a budget.yaml, each folder once. Files with
 * no budget above them (a workflow, a pre-commit config) are set aside.
 */
export function budgetFolders(paths: readonly string[], cwd: string): { dirs: string[]; outside: string[] } {
  const dirs: string[] = [];
  const outside: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    if (!existsSync(absolute) || statSync(absolute).isDirectory()) {
      dirs.push(path);
      continue;
    }
    const folder = budgetFolderAbove(dirname(absolute));
    if (folder === undefined) outside.push(absolute);
    else dirs.push(relative(cwd, folder) || '.');
  }
  return { dirs: [...new Set(dirs)], outside };
}

function budgetFolderAbove(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'budget.yaml'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
