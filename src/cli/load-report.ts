import type { BudgetReport } from '../compute/budget-report.js';
import { computeReport } from '../compute/report.js';
import { ioFailureCodes } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticFormatters } from '../diagnostics/format.js';
import { type CheckResult, checkBudget } from '../load/check-budget.js';
import { canCompute } from '../load/load-budget.js';
import type { Budget } from '../model/budget.js';
import { ExitCode } from './exit-codes.js';
import { type CliIo, useColor } from './io.js';
import { type BudgetInputs, budgetInputs } from './output-guard.js';
import { packageVersion } from './run.js';

/**
 * A computed budget with its diagnostics (warnings, infos) and what it read (never to be written),
 * or the exit code to stop with.
 */
export type LoadedReport =
  | { budget: Budget; report: BudgetReport; diagnostics: readonly Diagnostic[]; inputs: BudgetInputs }
  | { exitCode: number };

/** Where a budget's files are read from, when not from the current directory (a git revision's copy). */
export interface BudgetPlace {
  /** The folder display paths are relative to. */
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
  options: { color: boolean; quiet: boolean },
  io: CliIo,
  place?: BudgetPlace,
): LoadedReport {
  const checked = checkBudget(dir, { cwd: place?.cwd ?? io.cwd });
  const inputs = budgetInputs(dir, place?.cwd ?? io.cwd, checked);
  const result = relabel(checked, place?.label);
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
    diagnostics: result.diagnostics,
    inputs,
  };
}

/** Shows a budget's display paths through `label` (diagnostics, code frames and the file list). */
function relabel<Result extends CheckResult>(result: Result, label: ((path: string) => string) | undefined): Result {
  if (label === undefined) return result;
  return {
    ...result,
    diagnostics: result.diagnostics.map((diagnostic) => ({ ...diagnostic, file: label(diagnostic.file) })),
    sources: new Map([...result.sources].map(([path, text]) => [label(path), text])),
    files: result.files.map(label),
  };
}
