import { type Measure, type Scope, type Status, scopes, statuses } from '../model/budget.js';
import { compareSectors } from '../model/sectors.js';
import type { CostTotals, EffectTotals, MeasureReport, SeriesRow } from './budget-report.js';
import { addCostsByYear } from './costs.js';
import { isCounted } from './counting.js';
import type { EffectBuffer } from './effect-buffer.js';
import { addInto, toNumbers } from './years.js';

/** Sums the effects of counted measures per report year by sector, responsible, status and scope (SPEC §5.6). */
export function computeEffectTotals(
  measures: readonly Measure[],
  countStatuses: ReadonlySet<Status>,
  effects: EffectBuffer,
  years: readonly number[],
): EffectTotals {
  const length = years.length;
  const window = (years[0] ?? effects.firstYear) - effects.firstYear;
  const low = new Float64Array(length);
  const high = new Float64Array(length);
  const bySector = new Map<string, Float64Array>();
  const byResponsible = new Map<string | null, Float64Array>();
  const byStatus = new Map<Status, Float64Array>();
  const byScope = new Map<Scope, Float64Array>();
  const { central } = effects;
  measures.forEach((measure, measureIndex) => {
    if (!isCounted(measure, countStatuses)) return;
    const sectorRow = rowOf(bySector, measure.sector, length);
    const responsibleRow = rowOf(byResponsible, measure.responsible, length);
    const statusRow = rowOf(byStatus, measure.status, length);
    const scopeRow = rowOf(byScope, measure.scope, length);
    const offset = measureIndex * effects.length + window;
    for (let index = 0; index < length; index++) {
      const value = central[offset + index] as number;
      sectorRow[index] = (sectorRow[index] as number) + value;
      responsibleRow[index] = (responsibleRow[index] as number) + value;
      statusRow[index] = (statusRow[index] as number) + value;
      scopeRow[index] = (scopeRow[index] as number) + value;
    }
    addInto(low, effects.low, offset);
    addInto(high, effects.high, offset);
  });
  const scopeRows = toRows(byScope, (a, b) => scopes.indexOf(a) - scopes.indexOf(b));
  const total = new Array<number>(length).fill(0);
  for (const row of scopeRows) {
    for (let index = 0; index < length; index++)
      total[index] = (total[index] as number) + (row.values[index] as number);
  }
  return {
    years,
    total,
    low: toNumbers(low),
    high: toNumbers(high),
    bySector: toRows(bySector, compareSectors),
    byResponsible: toRows(byResponsible, compareResponsibles),
    byStatus: toRows(byStatus, (a, b) => statuses.indexOf(a) - statuses.indexOf(b)),
    byScope: scopeRows,
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
