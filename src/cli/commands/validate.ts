import { ioFailureCodes } from '../../diagnostics/codes.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { plural, summarizeDiagnostics, summaryCounts } from '../../diagnostics/diagnostic.js';
import { type DiagnosticFormat, diagnosticFormatters } from '../../diagnostics/format.js';
import { checkBudget } from '../../load/check-budget.js';
import { ExitCode } from '../exit-codes.js';
import { type CliIo, useColor } from '../io.js';
import { packageVersion } from '../run.js';

interface ValidateOptions {
  format?: DiagnosticFormat;
  strict: boolean;
  maxWarnings?: number;
  color: boolean;
  quiet: boolean;
  verbose?: boolean;
}

/** `validate [dir…]`: every problem of every folder, in the chosen format; exit 0, 1 or 2. */
export function validateCommand(dirs: readonly string[], options: ValidateOptions, io: CliIo): number {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const files: string[] = [];
  for (const dir of dirs) {
    const result = checkBudget(dir, { cwd: io.cwd });
    diagnostics.push(...result.diagnostics);
    for (const [path, text] of result.sources) sources.set(path, text);
    files.push(...result.files);
  }
  // --strict counts warnings as errors: in the output and in the exit code alike.
  const judged = options.strict
    ? diagnostics.map((diagnostic) =>
        diagnostic.severity === 'warning' ? { ...diagnostic, severity: 'error' as const } : diagnostic,
      )
    : diagnostics;
  const shown = options.quiet ? judged.filter((diagnostic) => diagnostic.severity === 'error') : judged;
  const format = options.format ?? 'stylish';
  const summary = summarizeDiagnostics(judged);
  const tooManyWarnings = options.maxWarnings !== undefined && summary.warnings > options.maxWarnings;
  const output = diagnosticFormatters[format](shown, {
    color: useColor(io, format === 'stylish' ? io.stderr : io.stdout, !options.color),
    sources,
    files: [...new Set(files)].sort(),
    toolVersion: packageVersion(),
    warningsFail: tooManyWarnings,
    infos: options.verbose === true,
  });
  (format === 'stylish' ? io.stderr : io.stdout).write(output);

  if (format === 'github') noteHiddenAnnotations(shown, io);

  if (diagnostics.some((diagnostic) => ioFailureCodes.has(diagnostic.code))) return ExitCode.Failure;
  if (summary.errors > 0) return ExitCode.InvalidBudget;
  if (tooManyWarnings) {
    // On stderr in every format: a CI log must say why the step failed.
    io.stderr.write(
      `klimabudsjett: ${plural(summary.warnings, 'warning')}, more than --max-warnings ${options.maxWarnings}.\n`,
    );
    return ExitCode.InvalidBudget;
  }
  return ExitCode.Ok;
}

/** GitHub shows at most this many annotations of each kind (error, warning, notice) per step. */
const annotationsPerKind = 10;

/** Says so on stderr when GitHub will leave annotations out: otherwise they vanish without a trace. */
function noteHiddenAnnotations(shown: readonly Diagnostic[], io: CliIo): void {
  const summary = summarizeDiagnostics(shown);
  if ([summary.errors, summary.warnings, summary.infos].every((count) => count <= annotationsPerKind)) return;
  io.stderr.write(
    `klimabudsjett: ${summaryCounts(summary)}; GitHub annotates ${annotationsPerKind} of each kind per step, ` +
      'the log above lists them all.\n',
  );
}
