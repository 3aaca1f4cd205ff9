import { appendAll } from '../../arrays.js';
import type { BudgetReport, MeasureReport } from '../../compute/budget-report.js';
import { compareResponsibles } from '../../compute/totals.js';
import { labelsFor } from '../../i18n/index.js';
import type { HeaderText, Labels, MeasureGrouping } from '../../i18n/labels.js';
import { type Scope, type Status, scopes, statuses } from '../../model/budget.js';
import { sectorComparator, sectorLabel } from '../../model/sectors.js';
import type { Row, RowRole, Table } from '../table.js';
import { type Catalogue, type View, viewColumns, viewReader } from './catalogue.js';
import { compareText, filterMeasures, scopesOf } from './measures.js';
import { type SheetContext, sheetCaption } from './sheet-context.js';
import type { TableOptions } from './table-options.js';

/**
 * A group of measures and its figures per year of the table: a sector, a responsible, a status or
 * a scope (`measures --by`, the Sektorer and Ansvar sheets), or the total of a scope's groups.
 */
interface GroupRow {
  /** The scope of the group's measures; shown when a table holds several. */
  scope: Scope;
  label: string;
  /** The group's key where a table shows it (a sector id), else null. */
  key: string | null;
  count: number | null;
  effects: readonly (number | null)[];
  costs: readonly (number | null)[];
  role?: RowRole;
}

/** The group columns whose header is said by the view (the same figure is headed by what is grouped). */
type GroupField = 'scope' | 'group' | 'sector' | 'sector_id' | 'responsible' | 'measures';
type GroupId = GroupField | `effect_${number}` | `cost_${number}`;

const groupFields: Catalogue<GroupField, GroupRow, Labels> = {
  scope: { type: 'text', value: (row, labels) => labels.scope[row.scope] },
  group: { type: 'text', value: (row) => row.label },
  sector: { type: 'text', value: (row) => row.label },
  sector_id: { type: 'id', value: (row) => row.key },
  responsible: { type: 'text', value: (row) => row.label },
  measures: { type: 'integer', priority: 2, value: (row) => row.count },
};

/** The group catalogue of a table: the fields, one effect and one cost column per year of `years`. */
function groupColumns(years: readonly number[]): Catalogue<GroupId, GroupRow, Labels> {
  const catalogue: Catalogue<GroupId, GroupRow, Labels> = { ...groupFields };
  years.forEach((year, position) => {
    catalogue[`effect_${year}`] = { type: 'tonnes', value: (row) => row.effects[position] ?? null };
    catalogue[`cost_${year}`] = { type: 'nok', value: (row) => row.costs[position] ?? null };
  });
  return catalogue;
}

/** The ids of a series over the years. */
const series = (prefix: 'effect' | 'cost', years: readonly number[]): GroupId[] =>
  years.map((year): GroupId => `${prefix}_${year}`);

/** Builds a group table: the view's columns and the rows by id. */
function groupTable(
  years: readonly number[],
  view: View<GroupId>,
  headers: Partial<Record<GroupId, HeaderText>>,
  rows: readonly GroupRow[],
  labels: Labels,
): Pick<Table, 'columns' | 'rows'> {
  const catalogue = groupColumns(years);
  const cellsOfRow = viewReader(catalogue, view);
  return {
    columns: viewColumns(catalogue, view, headers as Record<GroupId, HeaderText>),
    rows: rows.map(
      (row): Row => ({
        cells: cellsOfRow(row, labels),
        ...(row.role === undefined ? {} : { role: row.role }),
      }),
    ),
  };
}

/**
 * Builds the totals of the counted measures per group (sector, responsible, status or scope) and
 * year: the plan years, or `year`, or `years`. Groups follow sector order, responsible in code-unit order
 * (none last), status and scope in model order. Tonnes of different scopes are never added
 * together (SPEC §5.6): with measures of several scopes, each scope's groups stand together with
 * the scope's own total (and grouped by scope, the scopes have no total at all).
 */
export function buildMeasureGroupTable(report: BudgetReport, by: MeasureGrouping, options: TableOptions): Table {
  const labels = labelsFor(options.language);
  const years = options.years ?? (options.year === undefined ? report.planYears : [options.year]);
  const yearIndexes = years.map((year) => report.years.indexOf(year));
  const counted = filterMeasures(report.measures, options).filter(
    (measure) => measure.counted && (options.scope === undefined || measure.scope === options.scope),
  );
  const scopesShown = scopesOf(counted);
  const multi = scopesShown.length > 1;
  const rows: GroupRow[] = [];
  for (const scope of multi ? scopesShown : [undefined]) {
    const members = scope === undefined ? counted : counted.filter((measure) => measure.scope === scope);
    const groupRows = groupRowsOf(members, by, yearIndexes, labels, report);
    appendAll(rows, groupRows);
    if (groupRows.length === 0 || (multi && by === 'scope')) continue;
    const label = multi ? labels.words.totalFor(labels.scope[scope as Scope]) : labels.words.total;
    rows.push({
      ...sumOf(groupRows, years.length),
      scope: scope ?? (groupRows[0] as GroupRow).scope,
      label,
      role: 'total',
    });
  }
  const view: View<GroupId> = {
    kind: 'listing',
    ids: [...(multi && by !== 'scope' ? ['scope' as const] : []), 'group', 'measures', ...series('effect', years)],
  };
  const headers: Partial<Record<GroupId, HeaderText>> = {
    scope: labels.measures.columns.scope,
    group: labels.groups.groupHeader[by],
    measures: labels.groups.columns.measures,
  };
  for (const year of years) headers[`effect_${year}`] = labels.measures.effectIn(year);
  return {
    id: `measures-by-${by}`,
    title: labels.groups.titleFor[by],
    caption: labels.groups.caption,
    ...groupTable(years, view, headers, rows, labels),
    notes: multi ? [labels.words.scopesApart] : [],
  };
}

/** The count and the effects and costs of a total row: the sums of the rows (nothing counts as 0). */
function sumOf(rows: readonly GroupRow[], length: number): Pick<GroupRow, 'count' | 'effects' | 'costs' | 'key'> {
  const add = (pick: (row: GroupRow) => readonly (number | null)[]) =>
    Array.from({ length }, (_, index) => rows.reduce((sum, row) => sum + (pick(row)[index] ?? 0), 0));
  return {
    key: null,
    count: rows.reduce((sum, row) => sum + (row.count ?? 0), 0),
    effects: add((row) => row.effects),
    costs: add((row) => row.costs),
  };
}

/** One row per group of `members` (all of one scope, or of a table with one scope): label, count, effects. */
function groupRowsOf(
  members: readonly MeasureReport[],
  by: MeasureGrouping,
  yearIndexes: readonly number[],
  labels: Labels,
  report: BudgetReport,
): GroupRow[] {
  const groups = new Map<string, MeasureReport[]>();
  for (const measure of members) {
    const key = groupKey(measure, by);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [measure]);
    else group.push(measure);
  }
  return [...groups.keys()].sort(groupOrder(by, report)).map((key) => {
    const group = groups.get(key) as MeasureReport[];
    return {
      scope: (group[0] as MeasureReport).scope,
      label: groupLabel(key, by, labels, report),
      key: null,
      count: group.length,
      effects: yearIndexes.map((index) => group.reduce((sum, measure) => sum + (measure.effect[index] ?? 0), 0)),
      costs: [],
    };
  });
}

/** The group key: a sector id, a responsible (`\u0000` for none, sorted last), a status or a scope. */
function groupKey(measure: MeasureReport, by: MeasureGrouping): string {
  if (by === 'sector') return measure.sector;
  if (by === 'responsible') return measure.responsible ?? noResponsibleKey;
  if (by === 'status') return measure.status;
  return measure.scope;
}

const noResponsibleKey = '\u0000';

function groupOrder(by: MeasureGrouping, report: BudgetReport): (a: string, b: string) => number {
  if (by === 'sector') return sectorComparator(report.categories);
  if (by === 'status') return (a, b) => statuses.indexOf(a as Status) - statuses.indexOf(b as Status);
  if (by === 'scope') return (a, b) => scopes.indexOf(a as Scope) - scopes.indexOf(b as Scope);
  return (a, b) => (a === noResponsibleKey ? 1 : b === noResponsibleKey ? -1 : compareText(a, b));
}

function groupLabel(key: string, by: MeasureGrouping, labels: Labels, report: BudgetReport): string {
  if (by === 'sector') return sectorLabel(key, labels.language, report.categories);
  if (by === 'responsible') return key === noResponsibleKey ? labels.words.noResponsible : key;
  if (by === 'status') return labels.status[key as Status];
  return labels.scope[key as Scope];
}

/** The workbook's header of the scope column (the measure sheet's). */
function scopeHeader(labels: Labels): HeaderText {
  return { full: labels.measures.columns.scope.sheet ?? labels.measures.columns.scope.full };
}

/**
 * Builds the Sektorer sheet: the effect of counted measures per sector in each report year, with a
 * total row that sums the sectors (SUM in the workbook). Tonnes of different scopes are never added
 * together (SPEC §5.6): with measures of several scopes, a scope column and one total per scope.
 */
export function sectorsSheet(context: SheetContext): Table {
  const { report, language, words, labels } = context;
  const text = words.sectors;
  const { totals } = report;
  const multi = totals.scopes.length > 1;
  const rows: GroupRow[] = totals.scopes.flatMap(({ scope, bySector, total }) => [
    ...bySector.map(
      (row): GroupRow => ({
        scope,
        label: sectorLabel(row.key, language, report.categories),
        key: row.key,
        count: null,
        effects: row.values,
        costs: [],
      }),
    ),
    {
      scope,
      label: multi ? labels.words.totalFor(labels.scope[scope]) : text.total,
      key: null,
      count: null,
      effects: total,
      costs: [],
      role: 'total' as const,
    },
  ]);
  if (rows.length === 0) {
    const effects = totals.years.map(() => 0);
    rows.push({ scope: 'territorial', label: text.total, key: null, count: null, effects, costs: [], role: 'total' });
  }
  const view: View<GroupId> = {
    kind: 'sheet',
    ids: [...(multi ? ['scope' as const] : []), 'sector', 'sector_id', ...series('effect', totals.years)],
  };
  const headers: Partial<Record<GroupId, HeaderText>> = {
    scope: scopeHeader(labels),
    sector: { full: text.sector },
    sector_id: { full: text.sectorId },
  };
  for (const year of totals.years) headers[`effect_${year}`] = { full: String(year) };
  return {
    id: 'workbook-sectors',
    title: text.title,
    caption: sheetCaption(context, text.caption),
    ...groupTable(totals.years, view, headers, rows, labels),
    ...(multi ? { notes: [labels.words.scopesApart] } : {}),
  };
}

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
  const rows = multi ? shown.flatMap((scope) => scopeRows(context, scope)) : singleScopeRows(context);
  const view: View<GroupId> = {
    kind: 'sheet',
    ids: [
      ...(multi ? ['scope' as const] : []),
      'responsible',
      'measures',
      ...series('effect', years),
      ...series('cost', years),
    ],
  };
  const headers: Partial<Record<GroupId, HeaderText>> = {
    scope: scopeHeader(labels),
    responsible: { full: text.responsible },
    measures: { full: text.measures },
  };
  for (const year of years) {
    headers[`effect_${year}`] = { full: text.effect(year) };
    headers[`cost_${year}`] = { full: text.cost(year) };
  }
  const table = groupTable(years, view, headers, rows, labels);
  return {
    id: 'workbook-responsible',
    title: text.title,
    caption: sheetCaption(context, text.caption),
    // The sheet leaves the priority of the count to the listing (a sheet shows every column).
    columns: table.columns.map(({ priority: _priority, ...column }) => column),
    rows: table.rows,
    ...(multi ? { notes: [labels.words.scopesApart] } : {}),
  };
}

/** The rows of a budget whose measures are all of one scope: the report's totals as they are. */
function singleScopeRows({ report, words, labels }: SheetContext): GroupRow[] {
  const { years } = report;
  const scopeTotals = report.totals.scopes[0];
  const scope = scopeTotals?.scope ?? report.measures[0]?.scope ?? 'territorial';
  const effects = new Map(scopeTotals?.byResponsible.map((row) => [row.key, row.values]));
  const costs = new Map(report.costs.byResponsible.map((row) => [row.key, row.values]));
  const rows = responsibleRows(scope, report.measures, years, effects, labels, (responsible) =>
    years.map((_, index): number | null => costs.get(responsible)?.[index] ?? null),
  );
  rows.push({
    scope,
    label: words.responsible.total,
    key: null,
    count: report.measures.length,
    effects: scopeTotals?.total ?? years.map(() => 0),
    costs: report.costs.total,
    role: 'total',
  });
  return rows;
}

/** The responsibles of one scope's measures and the scope's total row. */
function scopeRows({ report, labels }: SheetContext, scope: Scope): GroupRow[] {
  const { years } = report;
  const measures = report.measures.filter((measure) => measure.scope === scope);
  const effects = new Map(
    report.totals.scopes.find((totals) => totals.scope === scope)?.byResponsible.map((row) => [row.key, row.values]),
  );
  const rows = responsibleRows(scope, measures, years, effects, labels, (responsible) =>
    costsOf(
      measures.filter((measure) => measure.responsible === responsible),
      years.length,
    ),
  );
  rows.push({
    ...sumOf(rows, years.length),
    scope,
    label: labels.words.totalFor(labels.scope[scope]),
    count: measures.length,
    role: 'total',
  });
  return rows;
}

/** One row per responsible of `measures` (none last): the count, the effects and the costs given. */
function responsibleRows(
  scope: Scope,
  measures: readonly MeasureReport[],
  years: readonly number[],
  effects: ReadonlyMap<string | null, readonly number[]>,
  labels: Labels,
  costs: (responsible: string | null) => (number | null)[],
): GroupRow[] {
  const counts = countByResponsible(measures);
  return [...counts.keys()].sort(compareResponsibles).map((responsible) => ({
    scope,
    label: responsible ?? labels.words.noResponsible,
    key: null,
    count: counts.get(responsible) ?? 0,
    effects: years.map((_, index): number => effects.get(responsible)?.[index] ?? 0),
    costs: costs(responsible),
  }));
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
