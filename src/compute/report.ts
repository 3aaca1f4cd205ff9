import { maxOf, minOf } from '../arrays.js';
import { type Budget, type Measure, type Scope, scopes, statuses } from '../model/budget.js';
import type { BudgetReport, MeasureReport } from './budget-report.js';
import { type CancellationIndex, collectCancellations, effectRevisions } from './cancellations.js';
import { addCostsByYear, computeAbatementCurve, computeMeasureCost } from './costs.js';
import { isCostCounted, isCounted } from './counting.js';
import { computeEffectBuffer, type EffectBuffer, measureRow } from './effect-buffer.js';
import { computeFollowUp } from './followup.js';
import { sortFollowUps } from './followup-order.js';
import { fullEffectRangeAt, fullEffectYear } from './measure-effect.js';
import { collectRevisions, latestRevision, type RevisionIndex } from './revisions.js';
import { computeScope, toScopeReport } from './scopes.js';
import { computeTarget } from './targets.js';
import { computeCostTotals, computeEffectTotals } from './totals.js';
import { yearRange } from './years.js';

export type * from './budget-report.js';

/** Computes the whole report of a budget (SPEC §5): pure, full precision, deterministic order. */
export function computeReport(budget: Budget): BudgetReport {
  const { manifest } = budget;
  const { planPeriod, horizon, countStatuses } = manifest;
  const years = yearRange(planPeriod.start, horizon);
  const inventories = [...budget.inventories.values()].sort((a, b) => scopeRank(a.scope) - scopeRank(b.scope));
  // One span covers the report years, every scope's L+1 … and targets beyond the horizon.
  const firstYear = minOf([planPeriod.start, ...inventories.map((inventory) => inventory.latestYear + 1)]);
  const lastYear = maxOf([horizon, ...budget.targets.map((target) => target.year)]);

  const revisions = collectRevisions(budget.followups);
  const cancellations = collectCancellations(budget.followups);
  // A cancellation is a revision to 0 for the arithmetic (SPEC §5.2); listings name it apart.
  const appliedRevisions = effectRevisions(revisions, cancellations);
  const effects = computeEffectBuffer(budget.measures, firstYear, lastYear, appliedRevisions);
  const scopeComputations = new Map(
    inventories.map((inventory) => [
      inventory.scope,
      computeScope(
        inventory,
        budget.baselines.get(inventory.scope),
        budget.measures,
        countStatuses,
        effects,
        lastYear,
        manifest.sectors.compare,
      ),
    ]),
  );
  const context: MeasureContext = {
    budget,
    years,
    effects,
    revisions,
    appliedRevisions,
    cancellations,
    orderedFollowUps: sortFollowUps(budget.followups),
    noCosts: new Array<number>(years.length).fill(0),
  };
  const measures = sortMeasures(
    budget.measures.map((measure, index) => toMeasureReport(measure, index, context)),
    manifest.sectors.compare,
  );

  return {
    municipality: { name: manifest.municipality.name, number: manifest.municipality.number },
    unit: 't CO2e',
    planPeriod: { start: planPeriod.start, end: planPeriod.end },
    horizon,
    years,
    planYears: yearRange(planPeriod.start, planPeriod.end),
    discountRate: manifest.discountRate,
    countStatuses: statuses.filter((status) => countStatuses.has(status)),
    trajectory: manifest.trajectory,
    categories: manifest.sectors.categories,
    scopes: [...scopeComputations.values()].map((computation) => toScopeReport(computation, horizon)),
    targets: budget.targets.map((target) =>
      computeTarget(target, scopeComputations.get(target.scope), manifest.trajectory),
    ),
    measures,
    totals: computeEffectTotals(budget.measures, countStatuses, effects, years, manifest.sectors.compare),
    costs: computeCostTotals(measures, years, horizon),
    abatementCurve: computeAbatementCurve(measures),
  };
}

/** What every measure row draws on. */
interface MeasureContext {
  budget: Budget;
  years: readonly number[];
  effects: EffectBuffer;
  /** The follow-up revisions as written (listings show the latest). */
  revisions: RevisionIndex;
  /** The revisions with cancellations added: what E* is computed with. */
  appliedRevisions: RevisionIndex;
  cancellations: CancellationIndex;
  orderedFollowUps: Parameters<typeof computeFollowUp>[1];
  /** A zero series shared by every measure without a cost (rows are read-only). */
  noCosts: readonly number[];
}

/** Builds the row of the measure at `index` of budget.measures. */
function toMeasureReport(measure: Measure, index: number, context: MeasureContext): MeasureReport {
  const { budget, years } = context;
  const { manifest } = budget;
  const fullYear = fullEffectYear(measure);
  // E*(full) with the revisions dated at or before the full-effect year (SPEC §5.5).
  const fullEffectT =
    measure.kind === 'quantified'
      ? fullEffectRangeAt(measure, fullYear, context.appliedRevisions.get(measure.id)).central
      : null;
  const cost = computeMeasureCost(measure, manifest.discountRate, fullEffectT);
  const cancellation = context.cancellations.get(measure.id) ?? null;
  let costByYear = context.noCosts;
  if (cost.known) {
    const ownCosts = new Array<number>(years.length).fill(0);
    addCostsByYear(
      { start: measure.start, end: measure.end, cancellation, cost },
      years[0] ?? 0,
      manifest.horizon,
      ownCosts,
      ownCosts,
    );
    costByYear = ownCosts;
  }
  const { currentStatus, rating, ratingBasis, followUp } = computeFollowUp(measure, context.orderedFollowUps);
  const effect = measureRow(context.effects, index, years[0] ?? context.effects.firstYear, years.length);
  return {
    id: measure.id,
    title: measure.title,
    description: measure.description,
    sector: measure.sector,
    source: measure.source,
    scope: measure.scope,
    responsible: measure.responsible,
    status: measure.status,
    currentStatus,
    kind: measure.kind,
    counted: isCounted(measure, manifest.countStatuses),
    costCounted: isCostCounted(measure, manifest.countStatuses),
    start: measure.start,
    fullEffect: measure.fullEffect,
    end: measure.end,
    fullEffectYear: fullYear,
    explicitPhase: measure.phase !== null,
    fullEffectT,
    revision: measure.kind === 'quantified' ? (latestRevision(context.revisions.get(measure.id)) ?? null) : null,
    cancellation,
    effect: effect.central,
    effectLow: effect.low,
    effectHigh: effect.high,
    cost,
    costByYear,
    rating,
    ratingBasis,
    followUp,
    factors: measure.activity?.map((item) => item.factor.id) ?? noFactors,
    overlapGroup: measure.overlapGroup,
    indicators: measure.indicators,
    tags: measure.tags,
    references: measure.references,
    assumptions: measure.assumptions,
  };
}

const noFactors: readonly string[] = [];

/** Sorts rows by sector order, then id: bucketed by sector first, so the comparator mostly compares ids. */
function sortMeasures(rows: MeasureReport[], compareSectors: (a: string, b: string) => number): MeasureReport[] {
  const bySector = new Map<string, MeasureReport[]>();
  for (const row of rows) {
    const bucket = bySector.get(row.sector);
    if (bucket === undefined) bySector.set(row.sector, [row]);
    else bucket.push(row);
  }
  const sorted: MeasureReport[] = [];
  for (const sector of [...bySector.keys()].sort(compareSectors)) {
    const bucket = bySector.get(sector) as MeasureReport[];
    bucket.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const row of bucket) sorted.push(row);
  }
  return sorted;
}

function scopeRank(scope: Scope): number {
  return scopes.indexOf(scope);
}
