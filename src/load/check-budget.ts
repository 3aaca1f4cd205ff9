import { appendAll } from '../arrays.js';
import { checkArithmetic } from '../checks/arithmetic.js';
import type { BudgetReport } from '../compute/budget-report.js';
import { computeReport } from '../compute/report.js';
import { compareDiagnostics } from '../diagnostics/diagnostic.js';
import type { LoadOptions, LoadResult } from './load-budget.js';
import { canCompute, loadBudget, locateFindings } from './load-budget.js';

export interface CheckResult extends LoadResult {
  /** The computed report, when the budget has no errors. */
  report?: BudgetReport;
}

/**
 * Loads a budget and runs every check; once the budget is free of errors, computes it and adds
 * the arithmetic checks (double counting, effects before the latest inventory year). What
 * `validate` reports, and what every computing command starts from.
 */
export function checkBudget(dir: string, options: LoadOptions): CheckResult {
  const result = loadBudget(dir, options);
  if (!canCompute(result)) return result;
  const report = computeReport(result.budget);
  const findings = checkArithmetic(result.budget, report);
  appendAll(result.diagnostics, locateFindings(findings, result.parsed, result.budget.manifest.rules));
  result.diagnostics.sort(compareDiagnostics);
  return { ...result, report };
}
