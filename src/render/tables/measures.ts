import { appendAll } from '../../arrays.js';
import type { BudgetReport, MeasureReport } from '../../compute/budget-report.js';
import { labelsFor } from '../../i18n/index.js';
import type { HeaderText, Labels, MeasuresColumn } from '../../i18n/labels.js';
import { type Scope, scopes } from '../../model/budget.js';
import { sectorLabel } from '../../model/sectors.js';
import type { CellValue, Column, Row, Table } from '../table.js';
import { type Catalogue, type View, viewColumns, viewReader } from './catalogue.js';
import { cellsOf } from './column.js';
import { annualisedFormula, nokPerTonneFormula } from './costs.js';
import { type SheetContext, sheetCaption, shownYears } from './sheet-context.js';
import type { MeasureSort, TableOptions } from './table-options.js';

/** What the measure columns read besides the measure. */
interface MeasureContext {
  report: BudgetReport;
  labels: Labels;
  /** The index (in the report's years) of the low and high estimate: `year`, else the last plan year. */
  rangeIndex: number;
  /**
   * The listing leaves the effect of a measure that is not quantified blank (it has no figure to
   * show); the sheet shows the effect series as computed.
   */
  blankUnquantified: boolean;
}

/** A field of a measure: one with a header of its own, or the low and high estimate (headed by their year). */
type MeasureField = MeasuresColumn | 'low' | 'high';

/** A measure's column id: a field, or its effect in one year. */
type MeasureId = MeasureField | `effect_${number}`;

/** A cost figure of a measure, empty when its cost is unknown (unknown cost is not zero cost). */
const known = (measure: MeasureReport, value: CellValue): CellValue => (measure.cost.known ? value : null);

/** An effect of a measure at a year index, as the context shows it. */
const effectAt = (measure: MeasureReport, values: readonly number[], index: number, context: MeasureContext) =>
  context.blankUnquantified ? quantified(measure, values[index]) : (values[index] ?? null);

/** The joined texts of a list, null when empty. */
const joined = (values: readonly string[]): string | null => (values.length > 0 ? values.join('; ') : null);

/** The columns of the measure subject, said once for the listing and the Tiltak sheet. */
const measureFields: Catalogue<MeasureField, MeasureReport, MeasureContext> = {
  id: { type: 'id', value: (measure) => measure.id },
  title: { type: 'text', value: (measure) => measure.title },
  sector: {
    type: 'text',
    priority: 3,
    value: (measure, { report, labels }) => sectorLabel(measure.sector, labels.language, report.categories),
  },
  source: { type: 'text', value: (measure) => measure.source },
  scope: { type: 'text', priority: 6, value: (measure, { labels }) => labels.scope[measure.scope] },
  responsible: { type: 'text', priority: 4, value: (measure) => measure.responsible },
  status: { type: 'status', priority: 2, value: (measure) => measure.status },
  current_status: { type: 'status', priority: 5, value: (measure) => measure.currentStatus },
  rating: { type: 'rating', priority: 3, value: (measure) => measure.rating },
  kind: { type: 'text', priority: 6, value: (measure, { labels }) => labels.kind[measure.kind] },
  counted: { type: 'boolean', priority: 6, value: (measure) => measure.counted },
  start: { type: 'year', priority: 7, value: (measure) => measure.start },
  full_effect: { type: 'year', priority: 7, value: (measure) => measure.fullEffect },
  end: { type: 'year', priority: 7, value: (measure) => measure.end },
  explicit_phase: { type: 'boolean', value: (measure) => measure.explicitPhase },
  full_effect_t: { type: 'tonnes', value: (measure) => measure.fullEffectT },
  revised_t: { type: 'tonnes', value: (measure) => measure.revision?.tCo2e ?? null },
  revised_from: { type: 'text', value: (measure) => measure.revision?.period ?? null },
  low: {
    type: 'tonnes',
    priority: 8,
    value: (measure, context) => effectAt(measure, measure.effectLow, context.rangeIndex, context),
  },
  high: {
    type: 'tonnes',
    priority: 8,
    value: (measure, context) => effectAt(measure, measure.effectHigh, context.rangeIndex, context),
  },
  investment: { type: 'nok', value: (measure) => known(measure, measure.cost.investment) },
  investment_year: { type: 'year', value: (measure) => known(measure, measure.cost.investmentYear) },
  annual: { type: 'nok', value: (measure) => known(measure, measure.cost.annual) },
  lifetime: { type: 'integer', value: (measure) => known(measure, measure.cost.lifetime) },
  annualised: { type: 'nok', priority: 5, value: (measure) => known(measure, measure.cost.annualised) },
  nok_per_t: { type: 'nokPerTonne', priority: 5, value: (measure) => measure.cost.nokPerT },
  factors: { type: 'text', value: (measure) => (measure.factors.length > 0 ? measure.factors.join(', ') : null) },
  overlap_group: { type: 'text', value: (measure) => measure.overlapGroup },
  indicators: {
    type: 'text',
    value: (measure) => joined(measure.indicators.map((indicator) => indicator.title ?? indicator.id)),
  },
  tags: { type: 'text', value: (measure) => joined(measure.tags) },
  description: { type: 'text', value: (measure) => measure.description },
  assumptions: { type: 'text', value: (measure) => measure.assumptions },
  references: { type: 'text', value: (measure) => joined(measure.references) },
};

/**
 * The measure catalogue of a table: the fields, and one effect column per year of `years` (the
 * sheet's carry formulas for the annualised cost and NOK per tonne, with the discount rate's named cell).
 */
function measureColumns(
  report: BudgetReport,
  years: readonly number[],
  sheet: boolean,
): Catalogue<MeasureId, MeasureReport, MeasureContext> {
  const catalogue: Catalogue<MeasureId, MeasureReport, MeasureContext> = { ...measureFields };
  for (const year of years) {
    const index = report.years.indexOf(year);
    catalogue[`effect_${year}`] = {
      type: 'tonnes',
      value: (measure, context) => effectAt(measure, measure.effect, index, context),
    };
  }
  if (!sheet) return catalogue;
  catalogue.annualised = { ...measureFields.annualised, formula: annualisedFormula };
  catalogue.nok_per_t = { ...measureFields.nok_per_t, formula: nokPerTonneFormula };
  return catalogue;
}

const effectIds = (years: readonly number[]): MeasureId[] => years.map((year): MeasureId => `effect_${year}`);

function listingView(years: readonly number[]): View<MeasureId> {
  return {
    kind: 'listing',
    ids: [
      ...['id', 'title', 'sector', 'responsible', 'scope', 'status', 'current_status', 'kind', 'counted'],
      ...['start', 'full_effect', 'end'],
      ...effectIds(years),
      ...['low', 'high', 'annualised', 'nok_per_t', 'rating'],
    ] as MeasureId[],
  };
}

function sheetView(years: readonly number[]): View<MeasureId> {
  return {
    kind: 'sheet',
    ids: [
      ...['id', 'title', 'sector', 'source', 'scope', 'responsible', 'status', 'current_status', 'rating', 'kind'],
      ...['counted', 'start', 'full_effect', 'end', 'explicit_phase', 'full_effect_t', 'revised_t', 'revised_from'],
      ...effectIds(years),
      ...['low', 'high', 'investment', 'investment_year', 'annual', 'lifetime', 'annualised', 'nok_per_t'],
      ...['factors', 'overlap_group', 'indicators', 'tags', 'description', 'assumptions', 'references'],
    ] as MeasureId[],
  };
}

/** The headers of a measure view: the fields', the years' and the low/high estimate's year. */
function measureHeaders(
  labels: Labels,
  years: readonly number[],
  rangeYear: number,
  sheet: boolean,
): Record<MeasureId, HeaderText> {
  const { measures, workbook } = labels;
  const dated = (header: (year: number) => HeaderText | string, year: number): HeaderText => {
    const text = header(year);
    return typeof text === 'string' ? { full: text } : text;
  };
  const headers: Record<MeasureId, HeaderText> = {
    ...measures.columns,
    low: dated(sheet ? workbook.measures.effectLow : measures.lowIn, rangeYear),
    high: dated(sheet ? workbook.measures.effectHigh : measures.highIn, rangeYear),
  };
  for (const year of years)
    headers[`effect_${year}`] = dated(sheet ? workbook.measures.effect : measures.effectIn, year);
  return headers;
}

/**
 * Builds the measure table: every measure (or those with `statuses`), in sector order then id (or
 * by `sort`), with its effect in the plan years (or in `year`), the low and high estimate, the
 * annualised cost, NOK per tonne and the rating; a last row sums the counted measures.
 */
export function buildMeasuresTable(report: BudgetReport, options: TableOptions): Table {
  const labels = labelsFor(options.language);
  const years = options.year === undefined ? report.planYears : [options.year];
  const focusYear = options.year ?? report.planPeriod.end;
  const yearIndexes = years.map((year) => report.years.indexOf(year));
  const focusIndex = report.years.indexOf(focusYear);
  const measures = byScope(sortMeasures(filterMeasures(report.measures, options), options.sort, focusIndex));
  const scopesShown = scopesOf(measures);
  const catalogue = measureColumns(report, years, false);
  const view = listingView(years);
  const context: MeasureContext = { report, labels, rangeIndex: focusIndex, blankUnquantified: true };
  const tableColumns = viewColumns(catalogue, view, measureHeaders(labels, years, focusYear, false));
  const cellsOfMeasure = viewReader(catalogue, view);
  const rows: Row[] = measures.map((measure) => ({ cells: cellsOfMeasure(measure, context) }));
  const withTotals = insertScopeTotals(rows, measures, scopesShown, (members, scope) =>
    totalRow(tableColumns, members, years, yearIndexes, focusIndex, totalLabel(labels, scopesShown, scope)),
  );
  if (scopesShown.length > 1) withTotals.push(costsRow(tableColumns, measures, labels));
  return {
    id: 'measures',
    title: labels.measures.title,
    caption: labels.measures.caption,
    columns: tableColumns,
    rows: withTotals,
    notes: [
      ...(measures.some((measure) => !measure.counted) ? [labels.measures.notCountedNote] : []),
      ...(scopesShown.length > 1 ? [labels.measures.scopeSumNote] : []),
    ],
  };
}

/**
 * Builds the Tiltak sheet: one row per measure with every field, its effect in the plan years and
 * the horizon, the low/high range in the last plan year, costs, NOK/t, status and rating. Counted
 * measures come first and are summed (SUM in the workbook); the others follow with their own sum.
 */
export function measuresSheet(sheet: SheetContext): Table {
  const { report, words, labels } = sheet;
  const text = words.measures;
  const years = shownYears(report);
  const rangeYear = report.planPeriod.end;
  const rangeIndex = report.years.indexOf(rangeYear);
  const catalogue = measureColumns(report, years, true);
  const view = sheetView(years);
  const context: MeasureContext = { report, labels, rangeIndex, blankUnquantified: false };
  const columns = viewColumns(catalogue, view, measureHeaders(labels, years, rangeYear, true));
  const cellsOfMeasure = viewReader(catalogue, view);
  const totalOf = (label: string, measures: readonly MeasureReport[]): Row => {
    const sum = (values: (measure: MeasureReport) => number) =>
      measures.reduce((total, measure) => total + values(measure), 0);
    const values: Record<string, CellValue> = {
      title: label,
      low: sum((measure) => measure.effectLow[rangeIndex] ?? 0),
      high: sum((measure) => measure.effectHigh[rangeIndex] ?? 0),
    };
    for (const year of years) {
      const index = report.years.indexOf(year);
      values[`effect_${year}`] = sum((measure) => measure.effect[index] ?? 0);
    }
    return { cells: cellsOf(columns, values), role: 'total' };
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
      appendAll(
        rows,
        members.map((measure) => ({ cells: cellsOfMeasure(measure, context) })),
      );
      rows.push(totalOf(label(counted ? text.totalCounted : text.totalNotCounted, scope), members));
    }
  }
  if (rows.length === 0) rows.push(totalOf(text.totalCounted, []));
  return {
    id: 'workbook-measures',
    title: text.title,
    caption: sheetCaption(sheet, text.caption),
    columns,
    rows,
    notes: [text.note, words.costs.unknownNote],
  };
}

/** The label of a total row: of the counted measures, of one scope's when the table holds several. */
function totalLabel(labels: Labels, scopesShown: readonly Scope[], scope: Scope): string {
  return scopesShown.length > 1 ? labels.words.countedTotalFor(labels.scope[scope]) : labels.words.countedTotal;
}

/** The scopes of `measures`, in scope order. */
export function scopesOf(measures: readonly { scope: Scope }[]): Scope[] {
  const present = new Set(measures.map((measure) => measure.scope));
  return scopes.filter((scope) => present.has(scope));
}

/** Orders measures by scope (stable: the order within a scope is kept), so each scope's rows stand together. */
function byScope(measures: readonly MeasureReport[]): MeasureReport[] {
  return [...measures].sort((a, b) => scopes.indexOf(a.scope) - scopes.indexOf(b.scope));
}

/**
 * Puts a total row after the rows of each scope (rows and measures aligned, grouped by scope):
 * tonnes of different scopes are never added together (SPEC §5.6).
 */
function insertScopeTotals(
  rows: readonly Row[],
  measures: readonly MeasureReport[],
  scopesShown: readonly Scope[],
  total: (members: readonly MeasureReport[], scope: Scope) => Row,
): Row[] {
  const result: Row[] = [];
  let from = 0;
  for (const scope of scopesShown) {
    let to = from;
    while (to < measures.length && (measures[to] as MeasureReport).scope === scope) to++;
    appendAll(result, rows.slice(from, to));
    result.push(total(measures.slice(from, to), scope));
    from = to;
  }
  return result;
}

/** The annualised cost of every measure with a counted status, all scopes: kroner may be summed across scopes. */
function costsRow(columns: readonly Column[], measures: readonly MeasureReport[], labels: Labels): Row {
  const annualised = measures.reduce(
    (sum, measure) => sum + (measure.costCounted && measure.cost.known ? measure.cost.annualised : 0),
    0,
  );
  return { cells: cellsOf(columns, { title: labels.words.costsAllScopes, annualised }), role: 'summary' };
}

/** An effect figure of a quantified measure; other kinds have none to show (blank, not 0). */
function quantified(measure: MeasureReport, value: number | undefined): number | null {
  return measure.kind === 'quantified' ? (value ?? null) : null;
}

/**
 * The sum of the counted measures. It is a true column sum (role `total`) when every measure left
 * out of it shows nothing in the summed columns; otherwise a `summary` row, since a SUM over the
 * rows would give another figure.
 */
function totalRow(
  columns: readonly Column[],
  measures: readonly MeasureReport[],
  years: readonly number[],
  yearIndexes: readonly number[],
  focusIndex: number,
  label: string,
): Row {
  let isColumnSum = true;
  const sumOf = (values: (measure: MeasureReport) => number, included: (measure: MeasureReport) => boolean) => {
    let sum = 0;
    for (const measure of measures) {
      const value = values(measure);
      if (included(measure)) sum += value;
      else if (value !== 0) isColumnSum = false;
    }
    return sum;
  };
  const counted = (measure: MeasureReport) => measure.counted;
  const values: Record<string, CellValue> = {
    title: label,
    low: sumOf((measure) => measure.effectLow[focusIndex] ?? 0, counted),
    high: sumOf((measure) => measure.effectHigh[focusIndex] ?? 0, counted),
    annualised: sumOf(
      (measure) => (measure.cost.known ? measure.cost.annualised : 0),
      (measure) => measure.costCounted,
    ),
  };
  years.forEach((year, position) => {
    const index = yearIndexes[position] as number;
    values[`effect_${year}`] = sumOf((measure) => measure.effect[index] ?? 0, counted);
  });
  return { cells: cellsOf(columns, values), role: isColumnSum ? 'total' : 'summary' };
}

/** The measures whose written status is among `options.statuses` (all without it). */
export function filterMeasures(measures: readonly MeasureReport[], options: TableOptions): readonly MeasureReport[] {
  const wanted = options.statuses;
  if (wanted === undefined || wanted.length === 0) return measures;
  return measures.filter((measure) => wanted.includes(measure.status));
}

/** Orders the measures by `sort`; ties keep the report's order (sector order, then id). */
function sortMeasures(
  measures: readonly MeasureReport[],
  sort: MeasureSort | undefined,
  focusIndex: number,
): MeasureReport[] {
  const rows = [...measures];
  if (sort === undefined) return rows;
  const compare: Record<MeasureSort, (a: MeasureReport, b: MeasureReport) => number> = {
    effect: (a, b) => (b.effect[focusIndex] ?? 0) - (a.effect[focusIndex] ?? 0),
    cost: (a, b) => compareNullsLast(costKey(a), costKey(b), -1),
    nok_per_t: (a, b) => compareNullsLast(a.cost.nokPerT, b.cost.nokPerT, 1),
    id: (a, b) => compareText(a.id, b.id),
  };
  return rows.sort(compare[sort]);
}

/** Ascending (direction 1) or descending (−1), nulls last either way. */
function compareNullsLast(a: number | null, b: number | null, direction: 1 | -1): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return direction * (a - b);
}

/** The annualised cost, null when unknown. */
function costKey(measure: MeasureReport): number | null {
  return measure.cost.known ? measure.cost.annualised : null;
}

/** Compares strings by code unit (locale-independent, as the report sorts ids). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
