import type { EmissionFactor } from '../model/budget.js';

/** The fields of a factor that decide its value. */
export type FactorValueFields = Pick<EmissionFactor, 'kgCo2e' | 'values'>;

const sortedValues = new WeakMap<ReadonlyMap<number, number>, readonly (readonly [number, number])[]>();

/** Computes a factor's kg CO2e per unit in a year: constant, or interpolated between listed years and flat outside them. */
export function factorValueAt(factor: FactorValueFields, year: number): number {
  if (factor.values === null || factor.values.size === 0) return factor.kgCo2e ?? 0;
  const points = sortedPoints(factor.values);
  const first = points[0] as readonly [number, number];
  const last = points[points.length - 1] as readonly [number, number];
  if (year <= first[0]) return first[1];
  if (year >= last[0]) return last[1];
  for (let index = 1; index < points.length; index++) {
    const [rightYear, rightValue] = points[index] as readonly [number, number];
    if (year <= rightYear) {
      const [leftYear, leftValue] = points[index - 1] as readonly [number, number];
      return leftValue + ((rightValue - leftValue) * (year - leftYear)) / (rightYear - leftYear);
    }
  }
  return last[1];
}

function sortedPoints(values: ReadonlyMap<number, number>): readonly (readonly [number, number])[] {
  let points = sortedValues.get(values);
  if (points === undefined) {
    points = [...values].sort((a, b) => a[0] - b[0]);
    sortedValues.set(values, points);
  }
  return points;
}
