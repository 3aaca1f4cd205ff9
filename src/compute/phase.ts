import type { Measure } from '../model/budget.js';

/** The fields of a measure that decide its phase-in. */
export type PhaseFields = Pick<Measure, 'start' | 'fullEffect' | 'end' | 'phase'>;

/** Computes the phase f(y) of a measure in a year (SPEC §5.2). */
export function phaseAt(measure: PhaseFields, year: number): number {
  if (measure.end !== null && year > measure.end) return 0;
  if (measure.phase !== null) return explicitPhaseAt(measure.phase, year);
  if (year < measure.start) return 0;
  const full = measure.fullEffect;
  if (full !== null && full > measure.start && year < full) {
    return (year - measure.start + 1) / (full - measure.start + 1);
  }
  return 1;
}

/** The value of the nearest listed year at or before `year`; 0 before the first listed year. */
function explicitPhaseAt(phase: ReadonlyMap<number, number>, year: number): number {
  let nearestYear = Number.NEGATIVE_INFINITY;
  let value = 0;
  for (const [listedYear, fraction] of phase) {
    if (listedYear <= year && listedYear > nearestYear) {
      nearestYear = listedYear;
      value = fraction;
    }
  }
  return value;
}

/** Writes f(y) for `length` consecutive years from firstYear into `target` from `offset` (one pass; same rules as phaseAt). */
export function fillPhase(
  measure: PhaseFields,
  firstYear: number,
  target: number[] | Float64Array,
  offset = 0,
  length = target.length - offset,
): void {
  const { start, fullEffect, end } = measure;
  if (measure.phase !== null) {
    fillExplicitPhase(measure.phase, end, firstYear, target, offset, length);
    return;
  }
  const rampYears = fullEffect !== null && fullEffect > start ? fullEffect - start + 1 : 1;
  for (let index = 0; index < length; index++) {
    const year = firstYear + index;
    const sinceStart = year - start + 1;
    target[offset + index] =
      year < start || (end !== null && year > end) ? 0 : sinceStart >= rampYears ? 1 : sinceStart / rampYears;
  }
}

/** One sweep over the listed years in ascending order, holding each value until the next one. */
function fillExplicitPhase(
  phase: ReadonlyMap<number, number>,
  end: number | null,
  firstYear: number,
  target: number[] | Float64Array,
  offset: number,
  length: number,
): void {
  const listed = [...phase].sort((a, b) => a[0] - b[0]);
  let next = 0;
  let value = 0;
  for (let index = 0; index < length; index++) {
    const year = firstYear + index;
    while (next < listed.length && (listed[next] as [number, number])[0] <= year) {
      value = (listed[next] as [number, number])[1];
      next++;
    }
    target[offset + index] = end !== null && year > end ? 0 : value;
  }
}
