import type { BudgetReport } from '../../compute/budget-report.js';
import type { Table } from '../table.js';
import { buildCostTables } from './costs.js';
import { buildFactorsTable } from './factors.js';
import { buildMeasureGroupTable } from './groups.js';
import { buildMeasuresTable } from './measures.js';
import { buildPathwayTables } from './pathway.js';
import { buildFollowUpTable, buildProgressTable } from './progress.js';
import { buildSummaryTables } from './summary.js';
import type { TableOptions } from './table-options.js';

export type { MeasureSort, TableOptions } from './table-options.js';

/** The listing commands, each a set of tables. */
export type Listing = 'summary' | 'pathway' | 'measures' | 'progress' | 'costs' | 'factors';

/** The tables of each listing command. */
export const listingTables: Record<Listing, (report: BudgetReport, options: TableOptions) => Table[]> = {
  summary: buildSummaryTables,
  pathway: buildPathwayTables,
  measures: (report, options) =>
    options.by === undefined
      ? [buildMeasuresTable(report, options)]
      : [buildMeasureGroupTable(report, options.by, options)],
  progress: (report, options) => [buildProgressTable(report, options), buildFollowUpTable(report, options)],
  costs: buildCostTables,
  factors: (report, options) => [buildFactorsTable(report, options.factors ?? [], options)],
};

/**
 * Lists every table of a full report, in the order of a workbook or a Markdown report: summary,
 * pathways, measures, effects by sector and by responsible, progress, follow-up, costs, and the
 * factors when `options.factors` is given (the report does not carry the factor library).
 */
export function toTables(report: BudgetReport, options: TableOptions): Table[] {
  const whole: TableOptions = { language: options.language, ...(options.factors ? { factors: options.factors } : {}) };
  return [
    ...buildSummaryTables(report, whole),
    ...buildPathwayTables(report, whole),
    buildMeasuresTable(report, whole),
    buildMeasureGroupTable(report, 'sector', whole),
    buildMeasureGroupTable(report, 'responsible', whole),
    buildProgressTable(report, whole),
    buildFollowUpTable(report, whole),
    ...buildCostTables(report, whole),
    ...(whole.factors ? [buildFactorsTable(report, whole.factors, whole)] : []),
  ];
}
