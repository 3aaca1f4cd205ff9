import type { Target, Trajectory } from '../model/budget.js';
import { compareSectors } from '../model/sectors.js';
import { sumActuals } from './actuals.js';
import type { TargetProgress, TargetReport } from './budget-report.js';
import type { ScopeComputation } from './scopes.js';
import { type PathAnchor, pathAnchors, pathValueAt, targetLevel } from './target-path.js';

/** Lists a target's covered sectors C: `sectors` (or all sectors of the scope's inventory) minus `exclude_sectors`. */
export function coveredSectors(
  target: Pick<Target, 'sectors' | 'excludeSectors'>,
  inventorySectors: readonly string[],
  compare: (a: string, b: string) => number = compareSectors,
): string[] {
  const listed = target.sectors === 'all' ? inventorySectors : target.sectors;
  const excluded = new Set(target.excludeSectors);
  return [...new Set(listed)].filter((sector) => !excluded.has(sector)).sort(compare);
}

/** Computes a target's base, level, path, need, effect, gap, coverage and progress (SPEC §5.4). */
export function computeTarget(
  target: Target,
  scope: ScopeComputation | undefined,
  trajectory: Trajectory,
): TargetReport {
  const sectors = coveredSectors(target, scope?.inventory.sectors ?? [], scope?.compareSectors);
  const base = (scope && sumActuals(scope.inventory, target.baseYear, sectors)) ?? 0;
  const level = targetLevel(base, target);
  const milestones = target.milestones.map((milestone) => ({
    year: milestone.year,
    level: targetLevel(base, milestone),
  }));
  const latestYear = scope?.latestYear ?? null;
  const latest = scope && latestYear !== null ? (sumActuals(scope.inventory, latestYear, sectors) ?? 0) : null;
  const latestAnchor = latestYear !== null && latest !== null ? { year: latestYear, value: latest } : null;
  const anchors = pathAnchors(trajectory, target, base, level, milestones, latestAnchor);

  const series = scope ? targetSeries(scope, sectors, target.year, anchors) : emptySeries();
  const actualYears = scope ? [...scope.inventory.years].sort((a, b) => a - b) : [];
  const fromBase = pathAnchors('linear_from_base', target, base, level, milestones, null);

  return {
    id: target.id,
    title: target.title,
    scope: target.scope,
    baseYear: target.baseYear,
    year: target.year,
    reductionPct: target.levelT === null ? target.reductionPct : null,
    trajectory,
    sectors,
    base,
    level,
    milestones,
    anchors,
    actual: {
      years: actualYears,
      values: actualYears.map((year) => (scope && sumActuals(scope.inventory, year, sectors)) ?? 0),
    },
    ...series,
    progress: computeProgress(target, base, level, latestYear, latest, fromBase, series),
  };
}

type TargetSeries = Pick<
  TargetReport,
  | 'years'
  | 'path'
  | 'baseline'
  | 'projected'
  | 'need'
  | 'effect'
  | 'effectLow'
  | 'effectHigh'
  | 'gap'
  | 'coverage'
  | 'decided'
>;

function emptySeries(): TargetSeries {
  return {
    years: [],
    path: [],
    baseline: [],
    projected: [],
    need: [],
    effect: [],
    effectLow: [],
    effectHigh: [],
    gap: [],
    coverage: [],
    decided: { effect: [], gap: [], coverage: [] },
  };
}

/** The series of a target over L+1 … target year, summed over the covered sectors. */
function targetSeries(
  scope: ScopeComputation,
  sectors: readonly string[],
  targetYear: number,
  anchors: readonly PathAnchor[],
): TargetSeries {
  const count = Math.max(0, Math.min(scope.years.length, targetYear - scope.latestYear));
  const years = scope.years.slice(0, count);
  const path = years.map((year) => pathValueAt(anchors, year));
  const baseline = sumSectors(sectors, count, (sector) => scope.baseline.get(sector));
  const projected = sumSectors(sectors, count, (sector) => scope.projected.get(sector));
  const effect = sumSectors(sectors, count, (sector) => scope.effect.get(sector)?.central);
  const effectLow = sumSectors(sectors, count, (sector) => scope.effect.get(sector)?.low);
  const effectHigh = sumSectors(sectors, count, (sector) => scope.effect.get(sector)?.high);
  const need = baseline.map((value, index) => value - (path[index] as number));
  const gap = projected.map((value, index) => value - (path[index] as number));
  const coverage = coverageOf(effect, need);
  const decidedEffect = sumSectors(sectors, count, (sector) => scope.decidedEffect.get(sector));
  const decided = {
    effect: decidedEffect,
    gap: gap.map((value, index) => value + (effect[index] as number) - (decidedEffect[index] as number)),
    coverage: coverageOf(decidedEffect, need),
  };
  return { years, path, baseline, projected, need, effect, effectLow, effectHigh, gap, coverage, decided };
}

/** effect / need per year, null where need ≤ 0. */
function coverageOf(effect: readonly number[], need: readonly number[]): (number | null)[] {
  return need.map((value, index) => (value > 0 ? (effect[index] as number) / value : null));
}

function sumSectors(
  sectors: readonly string[],
  count: number,
  rowOf: (sector: string) => Float64Array | undefined,
): number[] {
  const sums = new Array<number>(count).fill(0);
  for (const sector of sectors) {
    const row = rowOf(sector);
    if (row === undefined) continue;
    for (let index = 0; index < count; index++) sums[index] = (sums[index] as number) + (row[index] ?? 0);
  }
  return sums;
}

function computeProgress(
  target: Target,
  base: number,
  level: number,
  latestYear: number | null,
  latest: number | null,
  fromBase: readonly PathAnchor[],
  series: TargetSeries,
): TargetProgress {
  if (latestYear === null || latest === null) {
    return {
      latestYear: null,
      latest: null,
      achievedPct: null,
      progressRatio: null,
      expectedAtLatest: null,
      onTrack: null,
      requiredAnnualT: null,
      requiredAnnualRatePct: null,
      projectedAtYear: null,
      meetsTarget: null,
      cumulativeProjected: null,
      cumulativePath: null,
      cumulativeOvershoot: null,
    };
  }
  const expectedAtLatest = pathValueAt(fromBase, latestYear);
  const ahead = target.year > latestYear;
  const years = target.year - latestYear;
  const projectedAtYear = ahead ? (series.projected[series.projected.length - 1] ?? null) : null;
  const cumulativeProjected = ahead ? sum(series.projected) : null;
  const cumulativePath = ahead ? sum(series.path) : null;
  return {
    latestYear,
    latest,
    achievedPct: finiteOrNull(((base - latest) / base) * 100),
    progressRatio: finiteOrNull((base - latest) / (base - level)),
    expectedAtLatest,
    onTrack: latest <= expectedAtLatest,
    requiredAnnualT: ahead ? finiteOrNull((latest - level) / years) : null,
    requiredAnnualRatePct: ahead ? finiteOrNull((1 - (level / latest) ** (1 / years)) * 100) : null,
    projectedAtYear,
    meetsTarget: projectedAtYear === null ? null : projectedAtYear <= level,
    cumulativeProjected,
    cumulativePath,
    cumulativeOvershoot:
      cumulativeProjected !== null && cumulativePath !== null ? cumulativeProjected - cumulativePath : null,
  };
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** The number, or null when it is NaN or infinite (a ratio over zero). */
export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
