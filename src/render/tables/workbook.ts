import type { BudgetReport } from '../../compute/budget-report.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { labelsFor } from '../../i18n/index.js';
import type { EmissionFactor, Language } from '../../model/budget.js';
import type { Table } from '../table.js';
import { assumptionsSheet } from './assumptions.js';
import { checksSheet } from './checks.js';
import { costsSheet } from './costs.js';
import { factorsSheet } from './factors.js';
import { responsibleSheet, sectorsSheet } from './groups.js';
import { measuresSheet } from './measures.js';
import { pathwaySheet } from './pathway.js';
import { followUpSheet } from './progress.js';
import { sheetContext } from './sheet-context.js';
import { sourcesSheet } from './sources.js';
import { summarySheet } from './summary-sheet.js';

export interface WorkbookTableOptions {
  /** The factor library of the budget (built-in and local): the Faktorer and Kilder sheets. */
  factors: Iterable<EmissionFactor>;
  /** The language of the sheets (`--lang`, else the budget's). */
  language: Language;
}

/**
 * Lists the sheets of the Excel workbook (SPEC §8), in `options.language`: Sammendrag,
 * Forutsetninger (the named input cells the formulas read: a deviation, see docs/decisions.md),
 * Utslippsbane, Tiltak, Sektorer, Ansvar, Kostnader, Oppfølging, Faktorer, Kilder and Kontroll.
 */
export function workbookTables(
  report: BudgetReport,
  diagnostics: readonly Diagnostic[],
  options: WorkbookTableOptions,
): Table[] {
  const context = sheetContext(report, options.language);
  const factors = [...options.factors];
  return [
    summarySheet(context),
    assumptionsSheet(context),
    pathwaySheet(context),
    measuresSheet(context),
    sectorsSheet(context),
    responsibleSheet(context),
    costsSheet(context),
    followUpSheet(context),
    factorsSheet(context, factors),
    sourcesSheet(context, factors),
    checksSheet(context, diagnostics),
  ];
}

/** The workbook's title in a language (document properties, page footers). */
export function workbookTitle(report: BudgetReport, language: Language): string {
  const { municipality, planPeriod } = report;
  return labelsFor(language).workbook.workbookTitle(municipality.name, planPeriod.start, planPeriod.end);
}
