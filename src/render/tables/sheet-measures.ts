import { appendAll } from '../../arrays.js';
import type { MeasureReport } from '../../compute/budget-report.js';
import type { Scope } from '../../model/budget.js';
import { sectorLabel } from '../../model/sectors.js';
import type { CellValue, Column, Row, Table } from '../table.js';
import { annualisedFormula } from './costs.js';
import { scopesOf } from './measures.js';
import { type SheetContext, sheetCaption, sheetColumn, shownYears } from './sheet-context.js';

/**
 * Builds the Tiltak sheet: one row per measure with every field, its effect in the plan years and
 * the horizon, the low/high range in the last plan year, costs, NOK/t, status and rating. Counted
 * measures come first and are summed (SUM in the workbook); the others follow with their own sum.
 */
export function measuresSheet(context: SheetContext): Table {
  const { report, words, labels } = context;
  const text = words.measures;
  const years = shownYears(report);
  const rangeYear = report.planPeriod.end;
  const columns: Column[] = [
    sheetColumn('id', text.id, 'id'),
    sheetColumn('title', text.measureTitle, 'text'),
    sheetColumn('sector', text.sector, 'text'),
    sheetColumn('source', text.source, 'text'),
    sheetColumn('scope', text.scope, 'text'),
    sheetColumn('responsible', text.responsible, 'text'),
    sheetColumn('status', text.status, 'status'),
    sheetColumn('current_status', text.currentStatus, 'status'),
    sheetColumn('rating', text.rating, 'rating'),
    sheetColumn('kind', text.kind, 'text'),
    sheetColumn('counted', text.counted, 'boolean'),
    sheetColumn('start', text.start, 'year'),
    sheetColumn('full_effect', text.fullEffect, 'year'),
    sheetColumn('end', text.end, 'year'),
    sheetColumn('explicit_phase', text.explicitPhase, 'boolean'),
    sheetColumn('full_effect_t', text.fullEffectT, 'tonnes'),
    sheetColumn('revised_t', text.revised, 'tonnes'),
    sheetColumn('revised_from', text.revisedFrom, 'text'),
    ...years.map((year) => sheetColumn(`effect_${year}`, text.effect(year), 'tonnes')),
    sheetColumn('low', text.effectLow(rangeYear), 'tonnes'),
    sheetColumn('high', text.effectHigh(rangeYear), 'tonnes'),
    sheetColumn('investment', text.investment, 'nok'),
    sheetColumn('investment_year', text.investmentYear, 'year'),
    sheetColumn('annual', text.annual, 'nok'),
    sheetColumn('lifetime', text.lifetime, 'integer'),
    sheetColumn('annualised', text.annualised, 'nok', { formula: annualisedFormula(report.discountRate) }),
    sheetColumn('nok_per_t', text.nokPerT, 'nokPerTonne', {
      formula: 'IF({full_effect_t} > 0, {annualised} / {full_effect_t}, "")',
    }),
    sheetColumn('factors', text.factors, 'text'),
    sheetColumn('overlap_group', text.overlapGroup, 'text'),
    sheetColumn('indicators', text.indicators, 'text'),
    sheetColumn('tags', text.tags, 'text'),
    sheetColumn('description', text.description, 'text'),
    sheetColumn('assumptions', text.assumptions, 'text'),
    sheetColumn('references', text.references, 'text'),
  ];
  const yearIndexes = years.map((year) => report.years.indexOf(year));
  const rangeIndex = report.years.indexOf(rangeYear);
  const rowOf = (measure: MeasureReport): Row => ({ cells: measureCells(measure, context, yearIndexes, rangeIndex) });
  const totalOf = (label: string, measures: readonly MeasureReport[]): Row => {
    const sum = (values: (measure: MeasureReport) => number) =>
      measures.reduce((total, measure) => total + values(measure), 0);
    const cells: CellValue[] = columns.map(() => null);
    cells[1] = label;
    const effectStart = columns.findIndex((column) => column.id === `effect_${years[0]}`);
    yearIndexes.forEach((yearIndex, offset) => {
      cells[effectStart + offset] = sum((measure) => measure.effect[yearIndex] ?? 0);
    });
    cells[effectStart + years.length] = sum((measure) => measure.effectLow[rangeIndex] ?? 0);
    cells[effectStart + years.length + 1] = sum((measure) => measure.effectHigh[rangeIndex] ?? 0);
    return { cells, role: 'total' };
  };
  // Tonnes of different scopes are never added together (SPEC §5.6): with measures of several
  // scopes, each scope's counted (and then not counted) measures have their own total.
  const shown = scopesOf(report.measures);
  const label = (text: string, scope: Scope) =>
    shown.length > 1 ? `${labels.scope[scope]}: ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
  const rows: Row[] = [];
  for (const counted of [true, false]) {
    for (const scope of shown) {
      const members = report.measures.filter((measure) => measure.counted === counted && measure.scope === scope);
      if (members.length === 0 && !(counted && shown.length === 1)) continue;
      appendAll(rows, members.map(rowOf));
      rows.push(totalOf(label(counted ? text.totalCounted : text.totalNotCounted, scope), members));
    }
  }
  if (rows.length === 0) rows.push(totalOf(text.totalCounted, []));
  return {
    id: 'workbook-measures',
    title: text.title,
    caption: sheetCaption(context, text.caption),
    columns,
    rows,
    notes: [text.note, context.words.costs.unknownNote],
  };
}

function measureCells(
  measure: MeasureReport,
  { report, language, labels }: SheetContext,
  yearIndexes: readonly number[],
  rangeIndex: number,
): CellValue[] {
  const { cost } = measure;
  const known = cost.known;
  return [
    measure.id,
    measure.title,
    sectorLabel(measure.sector, language, report.categories),
    measure.source,
    labels.scope[measure.scope],
    measure.responsible,
    measure.status,
    measure.currentStatus,
    measure.rating,
    labels.kind[measure.kind],
    measure.counted,
    measure.start,
    measure.fullEffect,
    measure.end,
    measure.explicitPhase,
    measure.fullEffectT,
    measure.revision?.tCo2e ?? null,
    measure.revision?.period ?? null,
    ...yearIndexes.map((index) => measure.effect[index] ?? null),
    measure.effectLow[rangeIndex] ?? null,
    measure.effectHigh[rangeIndex] ?? null,
    known ? cost.investment : null,
    known ? cost.investmentYear : null,
    known ? cost.annual : null,
    known ? cost.lifetime : null,
    known ? cost.annualised : null,
    cost.nokPerT,
    measure.factors.length > 0 ? measure.factors.join(', ') : null,
    measure.overlapGroup,
    joined(measure.indicators.map((indicator) => indicator.title ?? indicator.id)),
    joined(measure.tags),
    measure.description,
    measure.assumptions,
    joined(measure.references),
  ];
}

function joined(values: readonly string[]): string | null {
  return values.length > 0 ? values.join('; ') : null;
}
