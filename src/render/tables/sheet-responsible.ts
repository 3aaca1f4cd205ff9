import type { MeasureReport } from '../../compute/budget-report.js';
import { compareResponsibles } from '../../compute/totals.js';
import type { Scope } from '../../model/budget.js';
import type { CellValue, Row, Table } from '../table.js';
import { scopesOf } from './measures.js';
import { type SheetContext, sheetCaption, sheetColumn } from './sheet-context.js';

/**
 * Builds the Ansvar sheet: per responsible, its number of measures, the effect of its counted
 * measures and the costs of its measures with a counted status in each report year; the total row
 * sums the responsibles (SUM in the workbook). Tonnes of different scopes are never added together
 * (SPEC §5.6): with measures of several scopes, each scope has its responsibles and its own total.
 */
export function responsibleSheet(context: SheetContext): Table {
  const { report, words, labels } = context;
  const text = words.responsible;
  const { years } = report;
  const shown = scopesOf(report.measures);
  const multi = shown.length > 1;
  const rows: Row[] = multi ? shown.flatMap((scope) => scopeRows(context, scope)) : singleScopeRows(context);
  return {
    id: 'workbook-responsible',
    title: text.title,
    caption: sheetCaption(context, text.caption),
    columns: [
      ...(multi
        ? [sheetColumn('scope', labels.measures.columns.scope.sheet ?? labels.measures.columns.scope.full, 'text')]
        : []),
      sheetColumn('responsible', text.responsible, 'text'),
      sheetColumn('measures', text.measures, 'integer'),
      ...years.map((year) => sheetColumn(`effect_${year}`, text.effect(year), 'tonnes')),
      ...years.map((year) => sheetColumn(`cost_${year}`, text.cost(year), 'nok')),
    ],
    rows,
    ...(multi ? { notes: [labels.words.scopesApart] } : {}),
  };
}

/** The rows of a budget whose measures are all of one scope: the report's totals as they are. */
function singleScopeRows({ report, words, labels }: SheetContext): Row[] {
  const { years } = report;
  const scopeTotals = report.totals.scopes[0];
  const effects = new Map(scopeTotals?.byResponsible.map((row) => [row.key, row.values]));
  const costs = new Map(report.costs.byResponsible.map((row) => [row.key, row.values]));
  const counts = countByResponsible(report.measures);
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
    cells: [
      words.responsible.total,
      report.measures.length,
      ...(scopeTotals?.total ?? years.map(() => 0)),
      ...report.costs.total,
    ],
  });
  return rows;
}

/** The responsibles of one scope's measures and the scope's total row. */
function scopeRows({ report, labels }: SheetContext, scope: Scope): Row[] {
  const { years } = report;
  const measures = report.measures.filter((measure) => measure.scope === scope);
  const effects = new Map(
    report.totals.scopes.find((totals) => totals.scope === scope)?.byResponsible.map((row) => [row.key, row.values]),
  );
  const counts = countByResponsible(measures);
  const scopeLabel = labels.scope[scope];
  const rows: Row[] = [...counts.keys()].sort(compareResponsibles).map((responsible) => ({
    cells: [
      scopeLabel,
      responsible ?? labels.words.noResponsible,
      counts.get(responsible) ?? 0,
      ...years.map((_, index): CellValue => effects.get(responsible)?.[index] ?? 0),
      ...costsOf(
        measures.filter((measure) => measure.responsible === responsible),
        years.length,
      ),
    ],
  }));
  const sum = (pick: (row: Row) => CellValue) => rows.reduce((total, row) => total + ((pick(row) as number) ?? 0), 0);
  rows.push({
    role: 'total',
    cells: [
      scopeLabel,
      labels.words.totalFor(scopeLabel),
      measures.length,
      ...years.map((_, index) => sum((row) => row.cells[3 + index] ?? null)),
      ...years.map((_, index) => sum((row) => row.cells[3 + years.length + index] ?? null)),
    ],
  });
  return rows;
}

/** Costs per year of the measures with a counted status and a known cost; null in a year without a cost item. */
function costsOf(measures: readonly MeasureReport[], length: number): (number | null)[] {
  const priced = measures.filter((measure) => measure.costCounted && measure.cost.known);
  return Array.from({ length }, (_, index) => {
    const items = priced.map((measure) => measure.costByYear[index] ?? 0).filter((value) => value !== 0);
    return items.length === 0 ? null : items.reduce((sum, value) => sum + value, 0);
  });
}

function countByResponsible(measures: readonly MeasureReport[]): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const measure of measures) counts.set(measure.responsible, (counts.get(measure.responsible) ?? 0) + 1);
  return counts;
}
