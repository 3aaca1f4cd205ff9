import type { Finding } from '../diagnostics/finding.js';
import type { Budget } from '../model/budget.js';

/** A rule over the normalised budget. */
export type Check = (budget: Budget) => Finding[];
