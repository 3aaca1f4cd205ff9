import { type Measure, type Scope, type Status, scopes, statuses } from '../model/budget.js';
import type { CostTotals, EffectTotals, MeasureReport, ScopeEffectTotals, SeriesRow } from './budget-report.js';
import { addCostsByYear } from './costs.js';
import { isCounted } from './counting.js';
import type { EffectBuffer } from './effect-buffer.js';
import { addInto, toNumbers } from './years.js';

/**
 * Sums the effects of counted measures per report year by scope, and within each scope by sector,
 * responsible and status (SPEC §5.6). Tonnes of different scopes are never added together, so
 * there is no total over scopes: each scope has its own.
 */
export function computeEffectTotals(
  measures: readonly Measure[],
  countStatuses: ReadonlySet<Status>,
  effects: EffectBuffer,
  years: readonly number[],
  compareSectors: (a: string, b: string) => number,
): EffectTotals {
  const length = years.length;
  const window = (years[0] ?? effects.firstYear) - effects.firstYear;
  const byScope = new Map<Scope, ScopeSums>();
  const { central } = effects;
  measures.forEach((measure, measureIndex) => {
    if (!isCounted(measure, countStatuses)) return;
    let sums = byScope.get(measure.scope);
    if (sums === undefined) {
      sums = newScopeSums(length);
      byScope.set(measure.scope, sums);
    }
    const rows = [
      sums.total,
      rowOf(sums.bySector, measure.sector, length),
      rowOf(sums.byResponsible, measure.responsible, length),
      rowOf(sums.byStatus, measure.status, length),
    ];
    const offset = measureIndex * effects.length + window;
    for (const row of rows) addInto(row, central, offset);
    addInto(sums.low, effects.low, offset);
    addInto(sums.high, effects.high, offset);
  });
  const scopeTotals = [...byScope]
    .sort((a, b) => scopes.indexOf(a[0]) - scopes.indexOf(b[0]))
    .map(
      ([scope, sums]): ScopeEffectTotals => ({
        scope,
        total: toNumbers(sums.total),
        low: toNumbers(sums.low),
        high: toNumbers(sums.high),
        bySector: toRows(sums.bySector, compareSectors),
        byResponsible: toRows(sums.byResponsible, compareResponsibles),
        byStatus: toRows(sums.byStatus, (a, b) => statuses.indexOf(a) - statuses.indexOf(b)),
      }),
    );
  return {
    years,
    scopes: scopeTotals,
    byScope: scopeTotals.map((totals) => ({ key: totals.scope, values: totals.total })),
  };
}

interface ScopeSums {
  total: Float64Array;
  low: Float64Array;
  high: Float64Array;
  bySector: Map<string, Float64Array>;
  byResponsible: Map<string | null, Float64Array>;
  byStatus: Map<Status, Float64Array>;
}

function newScopeSums(length: number): ScopeSums {
  return {
    total: new Float64Array(length),
    low: new Float64Array(length),
    high: new Float64Array(length),
    bySector: new Map(),
    byResponsible: new Map(),
    byStatus: new Map(),
  };
}

/**
 * Sums costs per year of measures whose status is counted, whatever their kind (SPEC §5.5). A
 * responsible appears in a year only when one of its measures has a non-zero cost item then.
 */
export function computeCostTotals(
  measures: readonly MeasureReport[],
  years: readonly number[],
  horizon: number,
): CostTotals {
  const length = years.length;
  const firstYear = years[0] ?? 0;
  const investment = new Float64Array(length);
  const annual = new Float64Array(length);
  const measureInvestment = new Float64Array(length);
  const measureAnnual = new Float64Array(length);
  const byResponsible = new Map<string | null, (number | null)[]>();
  for (const measure of measures) {
    if (!measure.costCounted || !measure.cost.known) continue;
    measureInvestment.fill(0);
    measureAnnual.fill(0);
    addCostsByYear(measure, firstYear, horizon, measureInvestment, measureAnnual);
    let row = byResponsible.get(measure.responsible);
    for (let index = 0; index < length; index++) {
      const investmentItem = measureInvestment[index] as number;
      const annualItem = measureAnnual[index] as number;
      if (investmentItem === 0 && annualItem === 0) continue;
      investment[index] = (investment[index] as number) + investmentItem;
      annual[index] = (annual[index] as number) + annualItem;
      if (row === undefined) {
        row = new Array<number | null>(length).fill(null);
        byResponsible.set(measure.responsible, row);
      }
      row[index] = (row[index] ?? 0) + investmentItem + annualItem;
    }
  }
  return {
    years,
    total: toNumbers(investment.map((value, index) => value + (annual[index] as number))),
    investment: toNumbers(investment),
    annual: toNumbers(annual),
    byResponsible: [...byResponsible]
      .sort((a, b) => compareResponsibles(a[0], b[0]))
      .map(([key, values]) => ({ key, values })),
  };
}

/** Orders responsibles by code unit; measures without one last. */
export function compareResponsibles(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function rowOf<Key>(rows: Map<Key, Float64Array>, key: Key, length: number): Float64Array {
  let row = rows.get(key);
  if (row === undefined) {
    row = new Float64Array(length);
    rows.set(key, row);
  }
  return row;
}

function toRows<Key>(rows: ReadonlyMap<Key, Float64Array>, compare: (a: Key, b: Key) => number): SeriesRow<Key>[] {
  return [...rows].sort((a, b) => compare(a[0], b[0])).map(([key, values]) => ({ key, values: toNumbers(values) }));
}
