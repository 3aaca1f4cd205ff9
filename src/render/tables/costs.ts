import type { AbatementStep, BudgetReport, MeasureReport } from '../../compute/budget-report.js';
import { negligibleRate } from '../../compute/costs.js';
import { labelsFor } from '../../i18n/index.js';
import type {
  AbatementColumn,
  CostsByResponsibleColumn,
  CostsByYearColumn,
  CostsMeasuresColumn,
  HeaderText,
  Labels,
} from '../../i18n/labels.js';
import type { Scope } from '../../model/budget.js';
import { sectorLabel } from '../../model/sectors.js';
import { numberFormatFor } from '../number-format.js';
import type { CellValue, Column, Row, Table } from '../table.js';
import { type Catalogue, type View, viewColumns, viewReader, viewTable } from './catalogue.js';
import { cellsOf } from './column.js';
import { type SheetContext, sheetCaption } from './sheet-context.js';
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

/** The costs of one year, or their sums (the year's cell then holds the total's label). */
interface CostYearRow {
  year: number | string;
  investment: number;
  annual: number;
  total: number;
}

const costsByYearColumns: Catalogue<CostsByYearColumn, CostYearRow, null> = {
  year: { type: 'year', value: (row) => row.year },
  investment: { type: 'nok', value: (row) => row.investment },
  annual: { type: 'nok', value: (row) => row.annual },
  total: { type: 'nok', formula: '{investment} + {annual}', value: (row) => row.total },
};

const costsByYearView: View<CostsByYearColumn> = { kind: 'listing', ids: ['year', 'investment', 'annual', 'total'] };

function buildCostsByYearTable(report: BudgetReport, labels: Labels): Table {
  const { costs } = report;
  const table = viewTable(
    costsByYearColumns,
    costsByYearView,
    labels.costsByYear.columns,
    [
      ...costs.years.map((year, index) => ({
        year,
        investment: costs.investment[index] ?? 0,
        annual: costs.annual[index] ?? 0,
        total: costs.total[index] ?? 0,
      })),
      {
        year: labels.words.total,
        investment: sum(costs.investment),
        annual: sum(costs.annual),
        total: sum(costs.total),
      },
    ],
    null,
  );
  const rows = table.rows.map((row, index): Row => (index === costs.years.length ? { ...row, role: 'total' } : row));
  return {
    id: 'costs-by-year',
    title: labels.costsByYear.title,
    caption: labels.costsByYear.caption,
    columns: table.columns,
    rows,
  };
}

/** A responsible's costs in each year and their sum, or the sums of every responsible (the total row). */
interface ResponsibleRow {
  label: string;
  values: readonly (number | null)[];
  total: number;
}

/** A column of costs by responsible: the responsible, a year (`y2026`) or the sum. */
type ResponsibleId = CostsByResponsibleColumn | `y${number}`;

/** The columns of costs by responsible: one per year of `years` between the responsible and the sum. */
function responsibleColumns(years: readonly number[]): Catalogue<ResponsibleId, ResponsibleRow, null> {
  const catalogue: Catalogue<ResponsibleId, ResponsibleRow, null> = {
    responsible: { type: 'text', value: (row) => row.label },
    total: { type: 'nok', formula: years.map((year) => `{y${year}}`).join(' + '), value: (row) => row.total },
  };
  years.forEach((year, index) => {
    catalogue[`y${year}`] = { type: 'nok', value: (row) => row.values[index] ?? null };
  });
  return catalogue;
}

function buildCostsByResponsibleTable(report: BudgetReport, labels: Labels): Table {
  const { costs } = report;
  const years = costs.years;
  const headers: Record<ResponsibleId, HeaderText> = { ...labels.costsByResponsible.columns };
  for (const year of years) headers[`y${year}`] = { full: String(year) };
  const view: View<ResponsibleId> = {
    kind: 'listing',
    ids: ['responsible', ...years.map((year): ResponsibleId => `y${year}`), 'total'],
  };
  const rows: ResponsibleRow[] = costs.byResponsible.map((row) => ({
    label: row.key ?? labels.words.noResponsible,
    values: row.values,
    total: sum(row.values),
  }));
  if (rows.length > 0) {
    const yearSums = years.map((_, index) => {
      const values = costs.byResponsible.map((row) => row.values[index] ?? null);
      return values.every((value) => value === null) ? null : sum(values);
    });
    rows.push({ label: labels.words.total, values: yearSums, total: sum(rows.map((row) => row.total)) });
  }
  const table = viewTable(responsibleColumns(years), view, headers, rows, null);
  return {
    id: 'costs-by-responsible',
    title: labels.costsByResponsible.title,
    caption: labels.costsByResponsible.caption,
    columns: table.columns,
    rows: table.rows.map((row, index): Row => (index === costs.byResponsible.length ? { ...row, role: 'total' } : row)),
  };
}

/** What the cost columns of a measure read besides the measure. */
interface CostContext {
  /** Each measure's place on the abatement cost curve (1 = cheapest). */
  ranks: ReadonlyMap<string, number>;
  /**
   * The sheet shows the investment year as written, also without an investment (a sheet that
   * stands alone shows what the file says); the listing leaves it out there.
   */
  writtenInvestmentYear: boolean;
}

/** A cost figure of a measure, empty when its cost is unknown (unknown cost is not zero cost). */
const known = (measure: MeasureReport, value: CellValue): CellValue => (measure.cost.known ? value : null);

/**
 * The columns of the cost subject, said once for the listing (costs per measure) and the
 * Kostnader sheet; the annualised cost's formula reads the discount rate's named cell.
 */
function costColumns(): Catalogue<CostsMeasuresColumn, MeasureReport, CostContext> {
  return {
    id: { type: 'id', value: (measure) => measure.id },
    title: { type: 'text', value: (measure) => measure.title },
    responsible: { type: 'text', priority: 3, value: (measure) => measure.responsible },
    status: { type: 'status', value: (measure) => measure.status },
    investment: { type: 'nok', priority: 2, value: (measure) => known(measure, measure.cost.investment) },
    investment_year: {
      type: 'year',
      priority: 4,
      value: (measure, { writtenInvestmentYear }) =>
        writtenInvestmentYear || measure.cost.investment !== 0 ? known(measure, measure.cost.investmentYear) : null,
    },
    annual: { type: 'nok', priority: 2, value: (measure) => known(measure, measure.cost.annual) },
    lifetime: { type: 'integer', priority: 4, value: (measure) => known(measure, measure.cost.lifetime) },
    annualised: {
      type: 'nok',
      formula: annualisedFormula,
      value: (measure) => known(measure, measure.cost.annualised),
    },
    full_effect_t: { type: 'tonnes', priority: 2, value: (measure) => measure.fullEffectT },
    nok_per_t: {
      type: 'nokPerTonne',
      formula: nokPerTonneFormula,
      value: (measure) => measure.cost.nokPerT,
    },
    rank: { type: 'integer', value: (measure, { ranks }) => ranks.get(measure.id) ?? null },
  };
}

/** The figures of a measure's cost, in both views. */
const costFigures: readonly CostsMeasuresColumn[] = [
  'investment',
  'investment_year',
  'annual',
  'lifetime',
  'annualised',
];

/** The listing shows the figures as computed: no formulas. */
const listingView: View<CostsMeasuresColumn> = {
  kind: 'listing',
  ids: ['id', 'title', 'responsible', ...costFigures, 'full_effect_t', 'nok_per_t'],
  formulas: false,
};

const sheetView: View<CostsMeasuresColumn> = {
  kind: 'sheet',
  ids: ['id', 'title', 'responsible', 'status', ...costFigures, 'full_effect_t', 'nok_per_t', 'rank'],
};

/** NOK per tonne as a formula template: the annualised cost over the full effect, when there is one. */
export const nokPerTonneFormula = 'IF({full_effect_t} > 0, {annualised} / {full_effect_t}, "")';

/** The defined name of the discount rate's input cell on the assumptions sheet (language-independent, like Gap_2029). */
export const discountRateName = 'Discount_rate';

/** The defined name of the Kostnader sheet's total annualised cost (the summary sheet reads it). */
export const annualisedTotalName = 'Annualised_cost_total';

/**
 * The annualised cost as a formula template (SPEC §5.5): investment × r / (1 − (1 + r)^−n) +
 * annual, investment / n + annual when r = 0 (or below the engine's negligible rate, written out
 * in full: not every spreadsheet reads 1e-9), and the annual cost alone without an investment.
 * r is the named input cell of the assumptions sheet, so a reader can test another rate.
 */
export const annualisedFormula =
  `IF({investment} = 0, {annual}, IF(${discountRateName} < ${negligibleRate.toFixed(9)}, {investment} / {lifetime}, ` +
  `{investment} * ${discountRateName} / (1 - (1 + ${discountRateName}) ^ -{lifetime})) + {annual})`;

/** The measures of the Kostnader sheet: a known cost and a status whose costs count. */
export function costedMeasures(report: BudgetReport): MeasureReport[] {
  return report.measures.filter((measure) => measure.costCounted && measure.cost.known);
}

function buildCostsMeasuresTable(report: BudgetReport, labels: Labels): Table {
  const catalogue = costColumns();
  const context: CostContext = { ranks: new Map(), writtenInvestmentYear: false };
  return {
    id: 'costs-measures',
    title: labels.costsMeasures.title,
    caption: labels.costsMeasures.caption,
    ...viewTable(catalogue, listingView, labels.costsMeasures.columns, report.measures, context),
    notes: report.measures.some((measure) => !measure.cost.known) ? [labels.costsMeasures.unknownCostNote] : [],
  };
}

/**
 * Builds the Kostnader sheet: every measure with a cost whose status is counted, with its figures,
 * annualised cost and NOK/t (formulas), its place on the abatement cost curve and its cost in
 * each plan year; the total row sums the measures (SUM in the workbook). Costs in every year to the
 * horizon are on the Ansvar sheet.
 */
export function costsSheet(sheet: SheetContext): Table {
  const { report, language, labels, words } = sheet;
  const text = words.costs;
  const catalogue = costColumns();
  const context: CostContext = {
    ranks: new Map(report.abatementCurve.map((step, index) => [step.id, index + 1])),
    writtenInvestmentYear: true,
  };
  const years = report.planYears;
  const yearIndexes = years.map((year) => report.years.indexOf(year));
  const columns: Column[] = [
    ...viewColumns(catalogue, sheetView, labels.costsMeasures.columns),
    ...years.map((year): Column => ({ id: `cost_${year}`, header: text.cost(year), type: 'nok' })),
  ];
  const measures = costedMeasures(report);
  const cellsOfMeasure = viewReader(catalogue, sheetView);
  const rows: Row[] = measures.map((measure) => ({
    cells: [...cellsOfMeasure(measure, context), ...yearIndexes.map((index) => measure.costByYear[index] ?? 0)],
  }));
  const sumOf = (value: (measure: MeasureReport) => number) =>
    measures.reduce((total, measure) => total + value(measure), 0);
  const total: Record<string, CellValue> = {
    title: text.total,
    investment: sumOf((measure) => measure.cost.investment),
    annual: sumOf((measure) => measure.cost.annual),
    annualised: sumOf((measure) => measure.cost.annualised),
  };
  years.forEach((year, index) => {
    total[`cost_${year}`] = report.costs.total[yearIndexes[index] as number] ?? 0;
  });
  rows.push({ role: 'total', cells: cellsOf(columns, total) });
  const rate = numberFormatFor(language).format(report.discountRate * 100, 'number');
  return {
    id: 'workbook-costs',
    title: text.title,
    caption: sheetCaption(sheet, text.caption),
    columns,
    rows,
    notes: [text.note(`${rate} %`), text.unknownExcluded],
    names: [{ name: annualisedTotalName, row: rows.length - 1, column: 'annualised' }],
  };
}

/** A step of the abatement cost curve and its place in its scope's curve (1 = cheapest). */
interface AbatementRow {
  step: AbatementStep;
  rank: number;
}

/** A column of the curve: its own, or the scope when the curve has several. */
type AbatementId = AbatementColumn | 'scope';

/** The columns of the abatement cost curve; sectors are named in the report's categories. */
const abatementColumns: Catalogue<AbatementId, AbatementRow, { labels: Labels; report: BudgetReport }> = {
  scope: { type: 'text', value: ({ step }, { labels }) => labels.scope[step.scope] },
  rank: { type: 'integer', value: (row) => row.rank },
  id: { type: 'id', value: ({ step }) => step.id },
  title: { type: 'text', value: ({ step }) => step.title },
  sector: {
    type: 'text',
    priority: 3,
    value: ({ step }, { labels, report }) => sectorLabel(step.sector, labels.language, report.categories),
  },
  nok_per_t: { type: 'nokPerTonne', value: ({ step }) => step.nokPerT },
  width_t: { type: 'tonnes', value: ({ step }) => step.widthT },
  cumulative_t: { type: 'tonnes', priority: 2, value: ({ step }) => step.cumulativeEndT },
};

const abatementIds: readonly AbatementId[] = ['rank', 'id', 'title', 'sector', 'nok_per_t', 'width_t', 'cumulative_t'];

function buildAbatementTable(report: BudgetReport, labels: Labels): Table {
  // One curve per scope (SPEC §5.6): the cumulative tonnes start again in each scope.
  const firstOfScope = new Map<Scope, number>();
  report.abatementCurve.forEach((step, index) => {
    if (!firstOfScope.has(step.scope)) firstOfScope.set(step.scope, index);
  });
  const multi = firstOfScope.size > 1;
  const view: View<AbatementId> = { kind: 'listing', ids: multi ? ['scope', ...abatementIds] : abatementIds };
  const rows = report.abatementCurve.map((step, index) => ({
    step,
    rank: index + 1 - (firstOfScope.get(step.scope) ?? 0),
  }));
  const headers = { ...labels.abatement.columns, scope: labels.measures.columns.scope };
  return {
    id: 'abatement-curve',
    title: labels.abatement.title,
    caption: labels.abatement.caption,
    ...viewTable(abatementColumns, view, headers, rows, { labels, report }),
    ...(multi ? { notes: [labels.words.scopesApart] } : {}),
  };
}

/** Sums the numbers of a list (nulls count as nothing). */
function sum(values: readonly (number | null)[]): number {
  let total = 0;
  for (const value of values) total += value ?? 0;
  return total;
}
