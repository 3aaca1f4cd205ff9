import type { BudgetReport, MeasureReport, TargetReport } from '../compute/budget-report.js';
import { valueInYear } from '../compute/years.js';
import { type Scope, scopes } from '../model/budget.js';
import type { CellType } from '../render/table.js';

/**
 * What changed between two computed budgets (`diff OLD NEW`): the figures a reviewer of a change
 * asks about. Pure: two reports in, one diff out; which folders or revisions they came from is
 * the command's business.
 */

/** A value on both sides; null where a side has none (the year is outside its plan, the item is new). */
export interface Compared<T> {
  old: T | null;
  new: T | null;
}

/** Whether an item is in both budgets and differs, only in one, or the same in both. */
export type ChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

/**
 * How a field's values read: a cell type, or a coded value named in the outputs' language
 * (sector, scope, kind, baseline method; `sectors` and `statuses` are comma-separated lists of ids).
 */
export type FieldType = CellType | 'sector' | 'sectors' | 'statuses' | 'scope' | 'kind' | 'baselineMethod';

/** A written or computed field of a target or measure that differs, with how its values read. */
export interface FieldChange {
  /** The field's id in the budget files and the JSON report (`status`, `full_effect_t`, …). */
  field: string;
  /** How the values are shown. */
  type: FieldType;
  old: string | number | boolean | null;
  new: string | number | boolean | null;
}

/** The figures of a target in one compared year. */
export interface TargetYear {
  year: number;
  need: Compared<number>;
  effect: Compared<number>;
  gap: Compared<number>;
  coverage: Compared<number>;
}

export interface TargetDiff {
  id: string;
  /** The newer title, else the older. */
  title: string | null;
  change: ChangeKind;
  /** Definition fields that differ (scope, years, reduction, level, base, sectors). */
  fields: readonly FieldChange[];
  /** The compared years up to the target year, plus the target year itself. */
  years: readonly TargetYear[];
  projectedAtYear: Compared<number>;
  meetsTarget: Compared<boolean>;
}

export interface MeasureDiff {
  id: string;
  /** The newer title, else the older. */
  title: string;
  change: Exclude<ChangeKind, 'unchanged'>;
  /** Fields that differ; for an added or removed measure, its status, effect and cost on its one side. */
  fields: readonly FieldChange[];
  /**
   * The measure's contribution to the effect sums in each compared year: E(y) when it is
   * counted, else 0 (so a change of status shows in the sums it moves).
   */
  countedEffect: readonly YearValues[];
  /** Its contribution to the cost sums in each compared year (0 when its status is not counted). */
  countedCost: readonly YearValues[];
}

/** Old and new values in one year. */
export interface YearValues extends Compared<number> {
  year: number;
}

/** A figure of the budget as a whole that differs (plan period, latest inventory year, …). */
export interface BasisChange extends FieldChange {
  /** The scope the figure belongs to, null for the budget as a whole. */
  scope: string | null;
}

export interface BudgetDiff {
  /** Municipality of the newer budget. */
  municipality: { name: string; number: string | null };
  /** Plan years of either budget, ascending: the years every comparison covers. */
  years: readonly number[];
  /** Plan years of the newer budget: the span of the changes of cost of a measure. */
  planYears: readonly number[];
  /** The plan period, inventory years, baseline method … where they differ. */
  basis: readonly BasisChange[];
  /** Every target of either budget: the newer budget's order, then removed ones. */
  targets: readonly TargetDiff[];
  /** Measures added, removed or changed, by id. */
  measures: readonly MeasureDiff[];
  /** Counts of measures by change. */
  measureCounts: { added: number; removed: number; changed: number; unchanged: number };
  /**
   * Effect of counted measures, per compared year; null on a side whose counted measures are of
   * several scopes, whose tonnes are never added together (SPEC §5.6): see `effectByScope`.
   */
  effect: readonly YearValues[];
  /** Effect of the counted measures of each scope (of either side), in scope order, per compared year. */
  effectByScope: readonly { scope: Scope; values: readonly YearValues[] }[];
  /** Costs of measures with a counted status, per compared year. */
  cost: readonly YearValues[];
}

/** Relative tolerance under which two computed numbers are the same (binary noise of sums). */
const tolerance = 1e-9;

/** True when two values are the same, numbers within a relative 1e-9. */
export function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
  }
  return a === b;
}

/** True when a compared value differs between the sides (an absent side counts as different). */
export function differs<T>(value: Compared<T>): boolean {
  return !same(value.old, value.new);
}

/** The change of a number, null when a side has none. */
export function delta(value: Compared<number>): number | null {
  return value.old === null || value.new === null ? null : value.new - value.old;
}

/** True when anything differs: a basis figure, a target's definition or figures, a measure, a sum. */
export function hasChanges(diff: BudgetDiff): boolean {
  return (
    diff.basis.length > 0 ||
    diff.measures.length > 0 ||
    diff.targets.some((target) => target.change !== 'unchanged') ||
    diff.effect.some(differs) ||
    diff.effectByScope.some((scope) => scope.values.some(differs)) ||
    diff.cost.some(differs)
  );
}

/** Compares two computed budgets. */
export function diffReports(older: BudgetReport, newer: BudgetReport): BudgetDiff {
  const years = [...new Set([...older.planYears, ...newer.planYears])].sort((a, b) => a - b);
  const measures = diffMeasures(older, newer, years);
  // Unchanged: on both sides and not changed (an added or removed measure is on one side only).
  const olderIds = new Set(older.measures.map((measure) => measure.id));
  const bothSides = new Set(newer.measures.map((measure) => measure.id).filter((id) => olderIds.has(id))).size;
  const unchanged = bothSides - measures.filter((measure) => measure.change === 'changed').length;
  return {
    municipality: newer.municipality,
    years,
    planYears: newer.planYears,
    basis: diffBasis(older, newer),
    targets: diffTargets(older, newer, years),
    measures,
    measureCounts: {
      added: measures.filter((measure) => measure.change === 'added').length,
      removed: measures.filter((measure) => measure.change === 'removed').length,
      changed: measures.filter((measure) => measure.change === 'changed').length,
      unchanged,
    },
    effect: years.map((year) => ({
      year,
      old: effectTotalIn(older, year),
      new: effectTotalIn(newer, year),
    })),
    effectByScope: scopes
      .filter((scope) => [older, newer].some((side) => side.totals.scopes.some((item) => item.scope === scope)))
      .map((scope) => ({
        scope,
        values: years.map((year) => ({
          year,
          old: scopeEffectIn(older, scope, year),
          new: scopeEffectIn(newer, scope, year),
        })),
      })),
    cost: years.map((year) => ({
      year,
      old: valueIn(older.costs.years, older.costs.total, year),
      new: valueIn(newer.costs.years, newer.costs.total, year),
    })),
  };
}

/**
 * The effect of a budget's counted measures in `year`: null when they are of several scopes, whose
 * tonnes are never added together (SPEC §5.6), and 0 when there are none.
 */
function effectTotalIn(report: BudgetReport, year: number): number | null {
  const { scopes, years } = report.totals;
  if (scopes.length === 0)
    return valueIn(
      years,
      years.map(() => 0),
      year,
    );
  return scopes.length === 1 ? valueIn(years, (scopes[0] as (typeof scopes)[number]).total, year) : null;
}

/** The effect of a budget's counted measures of one scope in `year` (0 without any; null outside its years). */
function scopeEffectIn(report: BudgetReport, scope: Scope, year: number): number | null {
  const { years } = report.totals;
  const row = report.totals.scopes.find((item) => item.scope === scope)?.total ?? years.map(() => 0);
  return valueIn(years, row, year);
}

/** The value of a series in `year`, null when the series does not cover it. */
function valueIn<T>(years: readonly number[], values: readonly T[], year: number): T | null {
  return valueInYear(years, values, year) ?? null;
}

/** An unknown figure on one side and 0 on the other (an annual cost of 0 with a new cost): no news. */
function nothingToZero(older: FieldChange['old'], newer: FieldChange['new']): boolean {
  return (older === null && newer === 0) || (older === 0 && newer === null);
}

/** A field to compare: its id, how it reads, and its old and new values. */
type FieldRow = readonly [field: string, type: FieldType, old: FieldChange['old'], new: FieldChange['new']];

/** Collects the fields whose values differ, in the order given. */
function changedFields(fields: readonly FieldRow[]): FieldChange[] {
  return fields
    .filter(([, , older, newer]) => !same(older, newer) && !nothingToZero(older, newer))
    .map(([field, type, older, newer]) => ({ field, type, old: older, new: newer }));
}

function diffBasis(older: BudgetReport, newer: BudgetReport): BasisChange[] {
  const whole = changedFields([
    [
      'plan_period',
      'text',
      `${older.planPeriod.start}–${older.planPeriod.end}`,
      `${newer.planPeriod.start}–${newer.planPeriod.end}`,
    ],
    ['horizon', 'year', older.horizon, newer.horizon],
    ['discount_rate', 'ratio', older.discountRate, newer.discountRate],
    ['count_statuses', 'statuses', older.countStatuses.join(','), newer.countStatuses.join(',')],
  ]).map((change) => ({ ...change, scope: null }));
  const scopes = [...new Set([...newer.scopes, ...older.scopes].map((scope) => scope.scope))];
  const byScope = scopes.flatMap((scope) => {
    const a = older.scopes.find((item) => item.scope === scope);
    const b = newer.scopes.find((item) => item.scope === scope);
    const latestOf = (report: typeof a) =>
      report === undefined ? null : valueIn(report.actual.years, report.actual.total, report.latestYear);
    return changedFields([
      ['latest_year', 'year', a?.latestYear ?? null, b?.latestYear ?? null],
      ['latest', 'tonnes', latestOf(a), latestOf(b)],
      ['baseline_method', 'baselineMethod', a?.baselineMethod ?? null, b?.baselineMethod ?? null],
    ]).map((change) => ({ ...change, scope }));
  });
  return [...whole, ...byScope];
}

function diffTargets(older: BudgetReport, newer: BudgetReport, years: readonly number[]): TargetDiff[] {
  const olderById = new Map(older.targets.map((target) => [target.id, target]));
  const newerIds = new Set(newer.targets.map((target) => target.id));
  const pairs: [TargetReport | undefined, TargetReport | undefined][] = [
    ...newer.targets.map((target): [TargetReport | undefined, TargetReport] => [olderById.get(target.id), target]),
    ...older.targets
      .filter((target) => !newerIds.has(target.id))
      .map((target): [TargetReport, undefined] => [target, undefined]),
  ];
  return pairs.map(([a, b]) => diffTarget(a, b, years));
}

function diffTarget(a: TargetReport | undefined, b: TargetReport | undefined, years: readonly number[]): TargetDiff {
  const either = (b ?? a) as TargetReport;
  const targetYears = [...new Set([...years.filter((year) => year <= either.year), a?.year, b?.year])]
    .filter((year): year is number => year !== undefined)
    .sort((x, y) => x - y);
  const series =
    (target: TargetReport | undefined, pick: (target: TargetReport) => readonly (number | null)[]) => (year: number) =>
      target === undefined ? null : valueIn(target.years, pick(target), year);
  const rows = targetYears.map((year) => ({
    year,
    need: { old: series(a, (t) => t.need)(year), new: series(b, (t) => t.need)(year) },
    effect: { old: series(a, (t) => t.effect)(year), new: series(b, (t) => t.effect)(year) },
    gap: { old: series(a, (t) => t.gap)(year), new: series(b, (t) => t.gap)(year) },
    coverage: { old: series(a, (t) => t.coverage)(year), new: series(b, (t) => t.coverage)(year) },
  }));
  const fields =
    a === undefined || b === undefined
      ? []
      : changedFields([
          ['title', 'text', a.title, b.title],
          ['scope', 'scope', a.scope, b.scope],
          ['base_year', 'year', a.baseYear, b.baseYear],
          ['year', 'year', a.year, b.year],
          ['reduction_pct', 'percent', a.reductionPct, b.reductionPct],
          ['sectors', 'sectors', a.sectors.join(','), b.sectors.join(',')],
          ['base', 'tonnes', a.base, b.base],
          ['level', 'tonnes', a.level, b.level],
        ]);
  const projectedAtYear = { old: a?.progress.projectedAtYear ?? null, new: b?.progress.projectedAtYear ?? null };
  const meetsTarget = { old: a?.progress.meetsTarget ?? null, new: b?.progress.meetsTarget ?? null };
  const figuresDiffer =
    rows.some((row) => differs(row.need) || differs(row.effect) || differs(row.gap) || differs(row.coverage)) ||
    differs(projectedAtYear) ||
    differs(meetsTarget);
  return {
    id: either.id,
    title: b?.title ?? a?.title ?? null,
    change:
      a === undefined
        ? 'added'
        : b === undefined
          ? 'removed'
          : fields.length > 0 || figuresDiffer
            ? 'changed'
            : 'unchanged',
    fields,
    years: rows,
    projectedAtYear,
    meetsTarget,
  };
}

function diffMeasures(older: BudgetReport, newer: BudgetReport, years: readonly number[]): MeasureDiff[] {
  const olderById = new Map(older.measures.map((measure) => [measure.id, measure]));
  const newerById = new Map(newer.measures.map((measure) => [measure.id, measure]));
  const ids = [...new Set([...newerById.keys(), ...olderById.keys()])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const diffs: MeasureDiff[] = [];
  for (const id of ids) {
    const a = olderById.get(id);
    const b = newerById.get(id);
    const either = (b ?? a) as MeasureReport;
    const countedEffect = years.map((year) => ({
      year,
      old: a === undefined ? null : countedIn(older.years, a.counted ? a.effect : undefined, year),
      new: b === undefined ? null : countedIn(newer.years, b.counted ? b.effect : undefined, year),
    }));
    const countedCost = years.map((year) => ({
      year,
      old: a === undefined ? null : countedIn(older.years, a.costCounted ? a.costByYear : undefined, year),
      new: b === undefined ? null : countedIn(newer.years, b.costCounted ? b.costByYear : undefined, year),
    }));
    if (a === undefined || b === undefined) {
      const change = a === undefined ? 'added' : 'removed';
      diffs.push({ id, title: either.title, change, fields: keyFields(a, b), countedEffect, countedCost });
      continue;
    }
    const fields = measureFields(a, b);
    const yearly = [...countedEffect, ...countedCost].some(differs);
    if (fields.length > 0 || yearly)
      diffs.push({ id, title: b.title, change: 'changed', fields, countedEffect, countedCost });
  }
  return diffs;
}

/** A measure's counted value in `year`: its series value, 0 when not counted, null outside its years. */
function countedIn(years: readonly number[], values: readonly number[] | undefined, year: number): number | null {
  const index = years.indexOf(year);
  if (index < 0) return null;
  return values === undefined ? 0 : (values[index] ?? null);
}

/** What a reviewer wants to know of a measure that is only on one side: its status, effect and cost. */
function keyFields(a: MeasureReport | undefined, b: MeasureReport | undefined): FieldChange[] {
  const known = (measure: MeasureReport | undefined, value: (measure: MeasureReport) => number | null) =>
    measure === undefined || !measure.cost.known ? null : value(measure);
  return changedFields([
    ['status', 'status', a?.status ?? null, b?.status ?? null],
    ['full_effect_t', 'tonnes', a?.fullEffectT ?? null, b?.fullEffectT ?? null],
    ['investment', 'nok', known(a, (m) => m.cost.investment), known(b, (m) => m.cost.investment)],
    ['annual', 'nok', known(a, (m) => m.cost.annual), known(b, (m) => m.cost.annual)],
  ]);
}

/** The fields of a measure a reviewer reads, as written or computed, where they differ. */
function measureFields(a: MeasureReport, b: MeasureReport): FieldChange[] {
  return changedFields([
    ['title', 'text', a.title, b.title],
    ['sector', 'sector', a.sector, b.sector],
    ['scope', 'scope', a.scope, b.scope],
    ['responsible', 'text', a.responsible, b.responsible],
    ['status', 'status', a.status, b.status],
    // The follow-up status, only where a follow-up record set it apart from the written status.
    ...(a.currentStatus !== a.status || b.currentStatus !== b.status
      ? [['current_status', 'status', a.currentStatus, b.currentStatus] satisfies FieldRow]
      : []),
    ['kind', 'kind', a.kind, b.kind],
    ['start', 'year', a.start, b.start],
    ['full_effect', 'year', a.fullEffect, b.fullEffect],
    ['end', 'year', a.end, b.end],
    ['full_effect_t', 'tonnes', a.fullEffectT, b.fullEffectT],
    ['revised_t', 'tonnes', a.revision?.tCo2e ?? null, b.revision?.tCo2e ?? null],
    ['investment', 'nok', a.cost.known ? a.cost.investment : null, b.cost.known ? b.cost.investment : null],
    ['annual', 'nok', a.cost.known ? a.cost.annual : null, b.cost.known ? b.cost.annual : null],
    ['lifetime', 'integer', a.cost.lifetime, b.cost.lifetime],
    ['nok_per_t', 'nokPerTonne', a.cost.nokPerT, b.cost.nokPerT],
    ['rating', 'rating', a.rating, b.rating],
  ]);
}
