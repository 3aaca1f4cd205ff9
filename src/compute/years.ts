/** Lists the years first … last, ascending (empty when last < first). */
export function yearRange(first: number, last: number): number[] {
  const years: number[] = [];
  for (let year = first; year <= last; year++) years.push(year);
  return years;
}

/** Finds the value of `year` in a series aligned with `years`; undefined when the year is not a column. */
export function valueInYear<Value>(
  years: readonly number[],
  values: readonly Value[],
  year: number,
): Value | undefined {
  const index = years.indexOf(year);
  return index < 0 ? undefined : values[index];
}

/** Adds `source[offset + index]` to `target[index]` for every index of `target` (missing source values count 0). */
export function addInto(target: Float64Array, source: Float64Array, offset = 0): void {
  for (let index = 0; index < target.length; index++)
    target[index] = (target[index] as number) + (source[offset + index] ?? 0);
}

/** Subtracts `source[index]` from `target[index]` for every index of `target`. */
export function subtractInto(target: Float64Array, source: Float64Array): void {
  for (let index = 0; index < target.length; index++) target[index] = (target[index] as number) - (source[index] ?? 0);
}

/** Copies `length` values of a typed array from `offset` into a plain array (faster than Array.from's iterator). */
export function toNumbers(values: Float64Array, offset = 0, length = values.length - offset): number[] {
  const numbers = new Array<number>(length);
  for (let index = 0; index < length; index++) numbers[index] = values[offset + index] ?? 0;
  return numbers;
}
