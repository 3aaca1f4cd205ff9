import type { Measure } from '../model/budget.js';
import type { AppliedRevision } from './budget-report.js';
import { factorValueAt } from './factor-value.js';
import { fillPhase, phaseAt } from './phase.js';
import { revisionAt } from './revisions.js';

/** A value with its low and high estimate. */
export interface EffectRange {
  central: number;
  low: number;
  high: number;
}

/** E(y), low and high of one measure for consecutive years. */
export interface EffectSeries {
  /** First year of the arrays. */
  firstYear: number;
  central: number[];
  low: number[];
  high: number[];
}

/** Finds the year in which a measure reaches its full effect: `full_effect`, else `start`. */
export function fullEffectYear(measure: Pick<Measure, 'fullEffect' | 'start'>): number {
  return measure.fullEffect ?? measure.start;
}

/** Computes E*(y) as planned, before revisions: `effect.t_co2e`, or −Σ amount × factor(y) / 1000. */
export function plannedFullEffectAt(measure: Measure, year: number): number {
  if (measure.kind !== 'quantified') return 0;
  if (measure.effect !== null) return measure.effect.tCo2e;
  if (measure.activity === null) return 0;
  let kilograms = 0;
  for (const item of measure.activity) kilograms += item.amount * factorValueAt(item.factor, year);
  return -kilograms / 1000;
}

/** Computes E*(y) with its range in a year, the follow-up revision in force applied (SPEC §5.2). */
export function fullEffectRangeAt(
  measure: Measure,
  year: number,
  revisions: readonly AppliedRevision[] | undefined,
): EffectRange {
  if (measure.kind !== 'quantified') return { central: 0, low: 0, high: 0 };
  const revision = revisionAt(revisions, year);
  if (revision !== undefined) return spread(revision.tCo2e, measure.uncertaintyPct);
  const central = plannedFullEffectAt(measure, year);
  const written = measure.effect;
  if (written !== null && (written.low !== null || written.high !== null)) {
    return { central, low: written.low ?? central, high: written.high ?? central };
  }
  return spread(central, measure.uncertaintyPct);
}

/** Computes E(y) = f(y) × E*(y) with its range in a year (0 for kinds other than quantified). */
export function effectRangeAt(
  measure: Measure,
  year: number,
  revisions: readonly AppliedRevision[] | undefined,
): EffectRange {
  const phase = phaseAt(measure, year);
  if (phase === 0 || measure.kind !== 'quantified') return { central: 0, low: 0, high: 0 };
  const full = fullEffectRangeAt(measure, year, revisions);
  return { central: phase * full.central, low: phase * full.low, high: phase * full.high };
}

/**
 * Writes E(y), low and high of a measure for `length` years from firstYear into the arrays from
 * `offset` (which must hold zeros there), in one pass without allocating. Returns whether low and
 * high can differ from the central value (a written range or uncertainty).
 */
export function writeEffectSeries(
  measure: Measure,
  firstYear: number,
  length: number,
  revisions: readonly AppliedRevision[] | undefined,
  target: { central: number[] | Float64Array; low: number[] | Float64Array; high: number[] | Float64Array },
  offset: number,
): boolean {
  if (measure.kind !== 'quantified') return false;
  const { central, low, high } = target;
  fillPhase(measure, firstYear, central, offset, length);
  const written = measure.effect;
  const writtenRange = written !== null && (written.low !== null || written.high !== null);
  const uncertainty = measure.uncertaintyPct === null ? null : measure.uncertaintyPct / 100;
  for (let index = offset; index < offset + length; index++) {
    const phase = central[index] as number;
    if (phase === 0) continue;
    const year = firstYear + index - offset;
    const revision = revisions === undefined ? undefined : revisionAt(revisions, year);
    const full =
      revision !== undefined ? revision.tCo2e : written !== null ? written.tCo2e : plannedFullEffectAt(measure, year);
    let fullLow = full;
    let fullHigh = full;
    if (revision === undefined && writtenRange) {
      fullLow = written.low ?? full;
      fullHigh = written.high ?? full;
    } else if (uncertainty !== null) {
      fullLow = full - Math.abs(full) * uncertainty;
      fullHigh = full + Math.abs(full) * uncertainty;
    }
    central[index] = phase * full;
    low[index] = phase * fullLow;
    high[index] = phase * fullHigh;
  }
  return writtenRange || uncertainty !== null;
}

/** Computes E(y), low and high of one measure for each year first … last into new arrays. */
export function computeEffectSeries(
  measure: Measure,
  firstYear: number,
  lastYear: number,
  revisions: readonly AppliedRevision[] | undefined,
): EffectSeries {
  const length = Math.max(0, lastYear - firstYear + 1);
  const series = { firstYear, central: zeros(length), low: zeros(length), high: zeros(length) };
  writeEffectSeries(measure, firstYear, length, revisions, series, 0);
  return series;
}

/**
 * The range around a central value: ∓ uncertainty_pct, or none. Taken on |central| so that low ≤ high
 * also for a measure that adds emissions (negative effect).
 */
function spread(central: number, uncertaintyPct: number | null): EffectRange {
  if (uncertaintyPct === null) return { central, low: central, high: central };
  const margin = (Math.abs(central) * uncertaintyPct) / 100;
  return { central, low: central - margin, high: central + margin };
}

function zeros(length: number): number[] {
  return new Array<number>(length).fill(0);
}
