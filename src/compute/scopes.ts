import type { BaselineSpec, Measure, Scope, ScopeInventory, Status } from '../model/budget.js';
import { computeActualTable } from './actuals.js';
import { baselineSectors, computeSectorBaseline } from './baseline.js';
import type { ScopeReport, SectorTable, SeriesRow } from './budget-report.js';
import { isCounted, isDecided } from './counting.js';
import type { EffectBuffer } from './effect-buffer.js';
import { addInto, subtractInto, toNumbers, yearRange } from './years.js';

/** Effects of counted measures in one sector, summed. */
export interface SectorEffect {
  central: Float64Array;
  low: Float64Array;
  high: Float64Array;
}

/** A scope's baseline, effects and projection for L+1 … the last year computed (horizon or a later target year). */
export interface ScopeComputation {
  scope: Scope;
  inventory: ScopeInventory;
  baselineSpec: BaselineSpec | undefined;
  latestYear: number;
  /** L+1 … last year computed: the years of every array below. */
  years: readonly number[];
  /** Inventory, baseline-file and counted-measure sectors, in sector order. */
  sectors: readonly string[];
  baseline: ReadonlyMap<string, Float64Array>;
  /** Only sectors with counted measures of the scope. */
  effect: ReadonlyMap<string, SectorEffect>;
  /** The central effect of counted measures already decided (SPEC §5.4), by sector; only sectors with one. */
  decidedEffect: ReadonlyMap<string, Float64Array>;
  projected: ReadonlyMap<string, Float64Array>;
  /** Sector order of the budget (built-in sectors, then its declared categories). */
  compareSectors: (a: string, b: string) => number;
}

/** Computes baseline, effects and projection of one scope for L+1 … lastYear (SPEC §5.3). */
export function computeScope(
  inventory: ScopeInventory,
  baselineSpec: BaselineSpec | undefined,
  measures: readonly Measure[],
  countStatuses: ReadonlySet<Status>,
  effects: EffectBuffer,
  lastYear: number,
  compareSectors: (a: string, b: string) => number,
): ScopeComputation {
  const latestYear = inventory.latestYear;
  const years = yearRange(latestYear + 1, lastYear);
  const length = years.length;
  // The buffer spans every scope's L+1 … lastYear, so this scope's years are one window of each row.
  const window = latestYear + 1 - effects.firstYear;
  const effect = new Map<string, SectorEffect>();
  const decidedEffect = new Map<string, Float64Array>();
  measures.forEach((measure, measureIndex) => {
    if (measure.scope !== inventory.scope || !isCounted(measure, countStatuses)) return;
    let sum = effect.get(measure.sector);
    if (sum === undefined) {
      sum = { central: new Float64Array(length), low: new Float64Array(length), high: new Float64Array(length) };
      effect.set(measure.sector, sum);
    }
    const offset = measureIndex * effects.length + window;
    addInto(sum.central, effects.central, offset);
    addInto(sum.low, effects.low, offset);
    addInto(sum.high, effects.high, offset);
    if (!isDecided(measure)) return;
    let decided = decidedEffect.get(measure.sector);
    if (decided === undefined) {
      decided = new Float64Array(length);
      decidedEffect.set(measure.sector, decided);
    }
    addInto(decided, effects.central, offset);
  });
  const sectors = [...new Set([...inventory.sectors, ...baselineSectors(baselineSpec), ...effect.keys()])].sort(
    compareSectors,
  );
  const baseline = new Map<string, Float64Array>();
  const projected = new Map<string, Float64Array>();
  for (const sector of sectors) {
    const sectorBaseline = computeSectorBaseline(inventory, baselineSpec, sector, length);
    const sectorProjected = sectorBaseline.slice();
    const sectorEffect = effect.get(sector)?.central;
    if (sectorEffect !== undefined) subtractInto(sectorProjected, sectorEffect);
    baseline.set(sector, sectorBaseline);
    projected.set(sector, sectorProjected);
  }
  const sortedEffect = new Map([...effect].sort((a, b) => compareSectors(a[0], b[0])));
  return {
    scope: inventory.scope,
    inventory,
    baselineSpec,
    latestYear,
    years,
    sectors,
    baseline,
    effect: sortedEffect,
    decidedEffect,
    projected,
    compareSectors,
  };
}

/** Turns a scope computation into the report's scope tables, cut at the horizon. */
export function toScopeReport(computation: ScopeComputation, horizon: number): ScopeReport {
  const count = Math.max(0, Math.min(computation.years.length, horizon - computation.latestYear));
  const years = computation.years.slice(0, count);
  const effectRows = [...computation.effect].map(([sector, sums]) => ({
    key: sector,
    values: cut(sums.central, count),
  }));
  const sumOf = (pick: (sums: SectorEffect) => Float64Array): number[] =>
    sumRows(
      [...computation.effect.values()].map((sums) => cut(pick(sums), count)),
      count,
    );
  return {
    scope: computation.scope,
    latestYear: computation.latestYear,
    sectors: computation.sectors,
    actual: computeActualTable(computation.inventory),
    baseline: toSectorTable(years, computation.baseline, count),
    effect: {
      years,
      total: sumRows(
        effectRows.map((row) => row.values),
        count,
      ),
      low: sumOf((sums) => sums.low),
      high: sumOf((sums) => sums.high),
      bySector: effectRows,
    },
    projected: toSectorTable(years, computation.projected, count),
    baselineMethod: computation.baselineSpec?.method ?? 'flat',
    baselineSource: computation.baselineSpec?.source ?? null,
    inventoryFiles: computation.inventory.files,
  };
}

function toSectorTable(
  years: readonly number[],
  bySector: ReadonlyMap<string, Float64Array>,
  count: number,
): SectorTable {
  const rows: SeriesRow<string>[] = [...bySector].map(([sector, values]) => ({
    key: sector,
    values: cut(values, count),
  }));
  return {
    years,
    total: sumRows(
      rows.map((row) => row.values),
      count,
    ),
    bySector: rows,
  };
}

function cut(values: Float64Array, count: number): number[] {
  return toNumbers(values, 0, count);
}

/** Sums rows of equal length column by column. */
function sumRows(rows: readonly (readonly number[])[], length: number): number[] {
  const sums = new Array<number>(length).fill(0);
  for (const row of rows)
    for (let index = 0; index < length; index++) sums[index] = (sums[index] as number) + (row[index] ?? 0);
  return sums;
}
