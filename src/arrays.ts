/**
 * Array helpers for lists whose length the input controls. `target.push(...items)` and
 * `Math.max(...values)` pass every item as an argument, and a long list (130 000 diagnostics of a
 * 130 000-measure file) overflows the stack; these take any length. test/unit/arrays.test.ts
 * keeps such spreads out of src/.
 */

/** Appends every item to `target` (in place) and returns it. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The smallest value, or `empty` when there is none. */
export function minOf(values: Iterable<number>, empty = Number.POSITIVE_INFINITY): number {
  let min: number | undefined;
  for (const value of values) if (min === undefined || value < min || Number.isNaN(value)) min = value;
  return min ?? empty;
}

/** The largest value, or `empty` when there is none. */
export function maxOf(values: Iterable<number>, empty = Number.NEGATIVE_INFINITY): number {
  let max: number | undefined;
  for (const value of values) if (max === undefined || value > max || Number.isNaN(value)) max = value;
  return max ?? empty;
}
