import type { BudgetReport } from '../../compute/budget-report.js';
import { labelsFor } from '../../i18n/index.js';
import type { Labels } from '../../i18n/labels.js';
import type { Scope } from '../../model/budget.js';
import { sectorLabel } from '../../model/sectors.js';
import type { CellValue, Row, Table } from '../table.js';
import { column } from './column.js';
import type { TableOptions } from './table-options.js';

/**
 * Builds the cost tables: costs by year (investment, annual, total), costs by responsible and year,
 * the costs of each measure (annualised, NOK per tonne) and the abatement cost curve.
 */
export function buildCostTables(report: BudgetReport, options: TableOptions): Table[] {
  const labels = labelsFor(options.language);
  return [
    buildCostsByYearTable(report, labels),
    buildCostsByResponsibleTable(report, labels),
    buildCostsMeasuresTable(report, labels),
    buildAbatementTable(report, labels),
  ];
}

function buildCostsByYearTable(report: BudgetReport, labels: Labels): Table {
  const { costs } = report;
  const { columns } = labels.costsByYear;
  const rows: Row[] = costs.years.map((year, index) => ({
    cells: [year, costs.investment[index] ?? 0, costs.annual[index] ?? 0, costs.total[index] ?? 0],
  }));
  rows.push({
    cells: [labels.words.total, sum(costs.investment), sum(costs.annual), sum(costs.total)],
    role: 'total',
  });
  return {
    id: 'costs-by-year',
    title: labels.costsByYear.title,
    caption: labels.costsByYear.caption,
    columns: [
      column('year', columns.year, 'year'),
      column('investment', columns.investment, 'nok'),
      column('annual', columns.annual, 'nok'),
      column('total', columns.total, 'nok', { formula: '{investment} + {annual}' }),
    ],
    rows,
  };
}

function buildCostsByResponsibleTable(report: BudgetReport, labels: Labels): Table {
  const { costs } = report;
  const { columns } = labels.costsByResponsible;
  const yearIds = costs.years.map((year) => `y${year}`);
  const rows: Row[] = costs.byResponsible.map((row) => ({
    cells: [row.key ?? labels.words.noResponsible, ...row.values, sum(row.values)],
  }));
  if (rows.length > 0) {
    const yearSums = costs.years.map((_, index) => {
      const values = costs.byResponsible.map((row) => row.values[index] ?? null);
      return values.every((value) => value === null) ? null : sum(values);
    });
    rows.push({
      cells: [labels.words.total, ...yearSums, sum(rows.map((row) => row.cells.at(-1) as number))],
      role: 'total',
    });
  }
  return {
    id: 'costs-by-responsible',
    title: labels.costsByResponsible.title,
    caption: labels.costsByResponsible.caption,
    columns: [
      column('responsible', columns.responsible, 'text'),
      ...costs.years.map((year, index) => column(yearIds[index] as string, { full: String(year) }, 'nok')),
      column('total', columns.total, 'nok', { formula: yearIds.map((id) => `{${id}}`).join(' + ') }),
    ],
    rows,
  };
}

function buildCostsMeasuresTable(report: BudgetReport, labels: Labels): Table {
  const { columns } = labels.costsMeasures;
  const rows: Row[] = report.measures.map((measure) => {
    const { cost } = measure;
    const known = (value: CellValue): CellValue => (cost.known ? value : null);
    return {
      cells: [
        measure.id,
        measure.title,
        measure.responsible,
        known(cost.investment),
        known(cost.investment === 0 ? null : cost.investmentYear),
        known(cost.annual),
        known(cost.lifetime),
        known(cost.annualised),
        measure.fullEffectT,
        cost.nokPerT,
      ],
    };
  });
  return {
    id: 'costs-measures',
    title: labels.costsMeasures.title,
    caption: labels.costsMeasures.caption,
    columns: [
      column('id', columns.id, 'id'),
      column('title', columns.title, 'text'),
      column('responsible', columns.responsible, 'text', { priority: 3 }),
      column('investment', columns.investment, 'nok', { priority: 2 }),
      column('investment_year', columns.investment_year, 'year', { priority: 4 }),
      column('annual', columns.annual, 'nok', { priority: 2 }),
      column('lifetime', columns.lifetime, 'integer', { priority: 4 }),
      column('annualised', columns.annualised, 'nok'),
      column('full_effect_t', columns.full_effect_t, 'tonnes', { priority: 2 }),
      column('nok_per_t', columns.nok_per_t, 'nokPerTonne'),
    ],
    rows,
    notes: report.measures.some((measure) => !measure.cost.known) ? [labels.costsMeasures.unknownCostNote] : [],
  };
}

function buildAbatementTable(report: BudgetReport, labels: Labels): Table {
  const { columns } = labels.abatement;
  // One curve per scope (SPEC §5.6): the cumulative tonnes start again in each scope.
  const firstOfScope = new Map<Scope, number>();
  report.abatementCurve.forEach((step, index) => {
    if (!firstOfScope.has(step.scope)) firstOfScope.set(step.scope, index);
  });
  const multi = firstOfScope.size > 1;
  return {
    id: 'abatement-curve',
    title: labels.abatement.title,
    caption: labels.abatement.caption,
    columns: [
      ...(multi ? [column('scope', labels.measures.columns.scope, 'text')] : []),
      column('rank', columns.rank, 'integer'),
      column('id', columns.id, 'id'),
      column('title', columns.title, 'text'),
      column('sector', columns.sector, 'text', { priority: 3 }),
      column('nok_per_t', columns.nok_per_t, 'nokPerTonne'),
      column('width_t', columns.width_t, 'tonnes'),
      column('cumulative_t', columns.cumulative_t, 'tonnes', { priority: 2 }),
    ],
    rows: report.abatementCurve.map((step, index) => ({
      cells: [
        ...(multi ? [labels.scope[step.scope]] : []),
        index + 1 - (firstOfScope.get(step.scope) ?? 0),
        step.id,
        step.title,
        sectorLabel(step.sector, labels.language, report.categories),
        step.nokPerT,
        step.widthT,
        step.cumulativeEndT,
      ],
    })),
    ...(multi ? { notes: [labels.words.scopesApart] } : {}),
  };
}

/** Sums the numbers of a list (nulls count as nothing). */
function sum(values: readonly (number | null)[]): number {
  let total = 0;
  for (const value of values) total += value ?? 0;
  return total;
}
