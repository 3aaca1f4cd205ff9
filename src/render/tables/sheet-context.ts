import type { BudgetReport, TargetReport } from '../../compute/budget-report.js';
import { labelsFor } from '../../i18n/index.js';
import type { Labels, WorkbookLabels } from '../../i18n/labels.js';
import { type Language, municipalityLabel } from '../../model/budget.js';

/** What every workbook sheet builder draws on. */
export interface SheetContext {
  report: BudgetReport;
  /** The language of the sheets (`--lang`, else the budget's). */
  language: Language;
  /** The shared words: statuses, scopes, yes/no … */
  labels: Labels;
  /** The workbook's own words: sheet titles, captions, headers. */
  words: WorkbookLabels;
}

/** Builds the context of a report's workbook sheets, in a language. */
export function sheetContext(report: BudgetReport, language: Language): SheetContext {
  const labels = labelsFor(language);
  return { report, language, labels, words: labels.workbook };
}

/** The caption of a sheet: municipality and plan, then what the sheet shows. */
export function sheetCaption({ report, words }: SheetContext, text: string): string {
  const { municipality, planPeriod, horizon } = report;
  return `${words.planLine(municipalityLabel(municipality), planPeriod.start, planPeriod.end, horizon)}. ${text}`;
}

/** The plan years and, when it lies beyond them, the horizon: the years a wide sheet shows. */
export function shownYears(report: BudgetReport): number[] {
  const years = [...report.planYears];
  if (report.horizon > report.planPeriod.end) years.push(report.horizon);
  return years;
}

/** The value of a series at a year of its `years`, null when the year is not there. */
export function valueAt<Value>(years: readonly number[], values: readonly Value[], year: number): Value | null {
  const index = years.indexOf(year);
  return index < 0 ? null : (values[index] ?? null);
}

/** The target the plan works towards: the first whose year is in or after the plan period. */
export function headlineTarget(targets: readonly TargetReport[], planStart: number): TargetReport | undefined {
  return targets.find((target) => target.year >= planStart) ?? targets[0];
}
