import type { MeasureGrouping } from '../../i18n/labels.js';
import type { EmissionFactor, Language, Scope, Status } from '../../model/budget.js';

/** How `measures --sort` orders the rows. */
export type MeasureSort = 'effect' | 'cost' | 'nok_per_t' | 'id';

/** What the table builders take besides the report. */
export interface TableOptions {
  /** Language of titles, headers and words. */
  language: Language;
  /** measures: one report year instead of the plan years. */
  year?: number;
  /** measures grouped (`by`): these report years instead of the plan years (the HTML report's sector chart). */
  years?: readonly number[];
  /** measures: a grouped table of totals instead of the measure rows. */
  by?: MeasureGrouping;
  /** measures grouped (`by`): only the measures of this scope (the HTML report's chart per scope). */
  scope?: Scope;
  /** measures: only measures with one of these statuses (as written in the measure files). */
  statuses?: readonly Status[];
  /** measures: the row order (default: sector order, then id). */
  sort?: MeasureSort;
  /** factors: the factor library of the budget (built-in and local); without it no factor table. */
  factors?: readonly EmissionFactor[];
  /** factors: keep those whose id, name or source contains this text (case-insensitive). */
  search?: string;
}
