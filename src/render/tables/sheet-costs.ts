import type { MeasureReport } from '../../compute/budget-report.js';
import { numberFormatFor } from '../number-format.js';
import type { CellValue, Column, Row, Table } from '../table.js';
import { type SheetContext, sheetCaption, sheetColumn } from './sheet-context.js';

/**
 * The annualised cost as a formula template (SPEC §5.5): investment × r / (1 − (1 + r)^−n) +
 * annual, investment / n + annual when r = 0, and the annual cost alone without an investment.
 */
export function annualisedFormula(discountRate: number): string {
  const rate = String(discountRate);
  const annuity =
    discountRate === 0 ? '{investment} / {lifetime}' : `{investment} * ${rate} / (1 - (1 + ${rate}) ^ -{lifetime})`;
  return `IF({investment} = 0, {annual}, ${annuity} + {annual})`;
}

/**
 * Builds the Kostnader sheet: every measure with a cost whose status is counted, with its figures,
 * annualised cost and NOK/t (formulas), its place on the abatement cost curve and its cost in
 * each plan year; the total row sums the measures (SUM in the workbook). Costs in every year to the
 * horizon are on the Ansvar sheet.
 */
export function costsSheet(context: SheetContext): Table {
  const { report, language, words } = context;
  const text = words.costs;
  const years = report.planYears;
  const yearIndexes = years.map((year) => report.years.indexOf(year));
  const columns: Column[] = [
    sheetColumn('id', text.id, 'id'),
    sheetColumn('title', text.measureTitle, 'text'),
    sheetColumn('responsible', text.responsible, 'text'),
    sheetColumn('status', text.status, 'status'),
    sheetColumn('investment', text.investment, 'nok'),
    sheetColumn('investment_year', text.investmentYear, 'year'),
    sheetColumn('annual', text.annual, 'nok'),
    sheetColumn('lifetime', text.lifetime, 'integer'),
    sheetColumn('annualised', text.annualised, 'nok', { formula: annualisedFormula(report.discountRate) }),
    sheetColumn('full_effect_t', text.fullEffectT, 'tonnes'),
    sheetColumn('nok_per_t', text.nokPerT, 'nokPerTonne', {
      formula: 'IF({full_effect_t} > 0, {annualised} / {full_effect_t}, "")',
    }),
    sheetColumn('rank', text.rank, 'integer'),
    ...years.map((year) => sheetColumn(`cost_${year}`, text.cost(year), 'nok')),
  ];
  const ranks = new Map(report.abatementCurve.map((step, index) => [step.id, index + 1]));
  const measures = report.measures.filter((measure) => measure.costCounted && measure.cost.known);
  const rows: Row[] = measures.map((measure) => ({ cells: costCells(measure, ranks, yearIndexes) }));
  const sum = (value: (measure: MeasureReport) => number) =>
    measures.reduce((total, measure) => total + value(measure), 0);
  rows.push({
    role: 'total',
    cells: [
      null,
      text.total,
      null,
      null,
      sum((measure) => measure.cost.investment),
      null,
      sum((measure) => measure.cost.annual),
      null,
      sum((measure) => measure.cost.annualised),
      null,
      null,
      null,
      ...yearIndexes.map((index) => report.costs.total[index] ?? 0),
    ],
  });
  const rate = numberFormatFor(language).format(report.discountRate * 100, 'number');
  return {
    id: 'workbook-costs',
    title: text.title,
    caption: sheetCaption(context, text.caption),
    columns,
    rows,
    notes: [text.note(`${rate} %`), text.unknownExcluded],
  };
}

function costCells(
  measure: MeasureReport,
  ranks: ReadonlyMap<string, number>,
  yearIndexes: readonly number[],
): CellValue[] {
  const { cost } = measure;
  return [
    measure.id,
    measure.title,
    measure.responsible,
    measure.status,
    cost.investment,
    cost.investmentYear,
    cost.annual,
    cost.lifetime,
    cost.annualised,
    measure.fullEffectT,
    cost.nokPerT,
    ranks.get(measure.id) ?? null,
    ...yearIndexes.map((index) => measure.costByYear[index] ?? 0),
  ];
}
