import { type Measure, type MeasureCost, type Scope, scopes } from '../model/budget.js';
import type { AbatementStep, MeasureCostReport, MeasureReport } from './budget-report.js';

/**
 * Rates below this count as 0: 1 − (1 + r)^−n loses the digits of a tiny r (1 + r rounds: at
 * 1e-16 the annuity came out 2.2 times too high, below 1.1e-16 it divided by zero), while the
 * r = 0 figure differs from the exact annuity by about r × (n + 1) / 2, under 1e-7 here.
 */
export const negligibleRate = 1e-9;

/**
 * Computes the annualised cost: investment × r / (1 − (1 + r)^−n) + annual, or investment / n +
 * annual when r = 0 (SPEC §5.5), or below a negligible rate.
 */
export function annualisedCost(
  cost: Pick<MeasureCost, 'investment' | 'annual' | 'lifetime'>,
  discountRate: number,
): number {
  const { investment, annual, lifetime } = cost;
  if (investment === 0) return annual;
  if (discountRate < negligibleRate) return investment / lifetime + annual;
  return (investment * discountRate) / (1 - (1 + discountRate) ** -lifetime) + annual;
}

/** Computes NOK per tonne: annualised / E*(full); null without a cost or when E*(full) is not positive. */
export function costPerTonne(annualised: number | null, fullEffectT: number | null): number | null {
  if (annualised === null || fullEffectT === null || !(fullEffectT > 0)) return null;
  const value = annualised / fullEffectT;
  return Number.isFinite(value) ? value : null;
}

/** Builds the cost figures of a measure; a measure without `cost` shows zeros and no NOK/t. */
export function computeMeasureCost(
  measure: Pick<Measure, 'cost'>,
  discountRate: number,
  fullEffectT: number | null,
): MeasureCostReport {
  const cost = measure.cost;
  if (cost === null) {
    return {
      known: false,
      investment: 0,
      investmentYear: null,
      annual: 0,
      lifetime: null,
      annualised: 0,
      nokPerT: null,
    };
  }
  const annualised = annualisedCost(cost, discountRate);
  return {
    known: true,
    investment: cost.investment,
    investmentYear: cost.investmentYear,
    annual: cost.annual,
    lifetime: cost.lifetime,
    annualised,
    nokPerT: costPerTonne(annualised, fullEffectT),
  };
}

/** The fields of a measure that date its costs. */
export interface CostDating {
  start: number;
  end: number | null;
  /** The follow-up that cancelled the measure (SPEC §5.2), null when it stands. */
  cancellation: { fromYear: number } | null;
  cost: Pick<MeasureCostReport, 'investment' | 'investmentYear' | 'annual'>;
}

/**
 * Adds a measure's costs to arrays indexed by year − firstYear: the investment in its year, the annual
 * cost in each year from start to end (or the horizon). A cancelled measure's annual cost stops in
 * the cancellation year and an investment not yet made then (its year at or after it) is not made.
 * Years outside the arrays are left out; the two arrays may be the same one.
 */
export function addCostsByYear(
  measure: CostDating,
  firstYear: number,
  horizon: number,
  investment: number[] | Float64Array,
  annual: number[] | Float64Array,
): void {
  const { cost, cancellation } = measure;
  const stop = cancellation?.fromYear ?? Number.POSITIVE_INFINITY;
  const investmentYear = cost.investmentYear ?? Number.NaN;
  const investmentIndex = investmentYear - firstYear;
  if (cost.investment !== 0 && investmentYear < stop && investmentIndex >= 0 && investmentIndex < investment.length) {
    investment[investmentIndex] = (investment[investmentIndex] as number) + cost.investment;
  }
  if (cost.annual === 0) return;
  const from = Math.max(0, measure.start - firstYear);
  const to = Math.min(annual.length - 1, Math.min(measure.end ?? horizon, stop - 1) - firstYear);
  for (let index = from; index <= to; index++) annual[index] = (annual[index] as number) + cost.annual;
}

/**
 * Lists counted measures with a cost per tonne, each as wide as E*(full): one curve per scope (in
 * scope order), cheapest first (ties by id). Widths accumulate within a scope only, as tonnes of
 * different scopes are never added together (SPEC §5.6).
 */
export function computeAbatementCurve(measures: readonly MeasureReport[]): AbatementStep[] {
  const priced = measures
    .filter((measure) => measure.counted && measure.cost.nokPerT !== null && measure.fullEffectT !== null)
    .sort(
      (a, b) =>
        scopes.indexOf(a.scope) - scopes.indexOf(b.scope) ||
        (a.cost.nokPerT as number) - (b.cost.nokPerT as number) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  const cumulative = new Map<Scope, number>();
  return priced.map((measure) => {
    const width = measure.fullEffectT as number;
    const start = cumulative.get(measure.scope) ?? 0;
    cumulative.set(measure.scope, start + width);
    return {
      id: measure.id,
      title: measure.title,
      sector: measure.sector,
      scope: measure.scope,
      nokPerT: measure.cost.nokPerT as number,
      widthT: width,
      cumulativeStartT: start,
      cumulativeEndT: start + width,
    };
  });
}
