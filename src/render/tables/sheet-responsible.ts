import { compareResponsibles } from '../../compute/totals.js';
import type { CellValue, Row, Table } from '../table.js';
import { type SheetContext, sheetCaption, sheetColumn } from './sheet-context.js';

/**
 * Builds the Ansvar sheet: per responsible, its number of measures, the effect of its counted
 * measures and the costs of its measures with a counted status in each report year; the total row
 * sums the responsibles (SUM in the workbook).
 */
export function responsibleSheet(context: SheetContext): Table {
  const { report, words, labels } = context;
  const text = words.responsible;
  const { years } = report;
  const effects = new Map(report.totals.byResponsible.map((row) => [row.key, row.values]));
  const costs = new Map(report.costs.byResponsible.map((row) => [row.key, row.values]));
  const counts = new Map<string | null, number>();
  for (const measure of report.measures) counts.set(measure.responsible, (counts.get(measure.responsible) ?? 0) + 1);
  const rows: Row[] = [...counts.keys()].sort(compareResponsibles).map((responsible) => ({
    cells: [
      responsible ?? labels.words.noResponsible,
      counts.get(responsible) ?? 0,
      ...years.map((_, index): CellValue => effects.get(responsible)?.[index] ?? 0),
      ...years.map((_, index): CellValue => costs.get(responsible)?.[index] ?? null),
    ],
  }));
  rows.push({
    role: 'total',
    cells: [text.total, report.measures.length, ...report.totals.total, ...report.costs.total],
  });
  return {
    id: 'workbook-responsible',
    title: text.title,
    caption: sheetCaption(context, text.caption),
    columns: [
      sheetColumn('responsible', text.responsible, 'text'),
      sheetColumn('measures', text.measures, 'integer'),
      ...years.map((year) => sheetColumn(`effect_${year}`, text.effect(year), 'tonnes')),
      ...years.map((year) => sheetColumn(`cost_${year}`, text.cost(year), 'nok')),
    ],
    rows,
  };
}
