import type { LoadOptions, LoadResult } from './load-budget.js';
import { loadBudget } from './load-budget.js';

/**
 * Loads a budget and runs every check, the arithmetic ones too once the budget is free of
 * errors: what `validate` reports.
 */
export function checkBudget(dir: string, options: LoadOptions): LoadResult {
  return loadBudget(dir, options);
}
