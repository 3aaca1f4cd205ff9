import type { Measure } from '../model/budget.js';
import { writeEffectSeries } from './measure-effect.js';
import type { RevisionIndex } from './revisions.js';
import { toNumbers } from './years.js';

/**
 * E(y), low and high of every measure over one span of consecutive years, in three flat arrays with
 * one row per measure (row `index` of budget.measures starts at `index × length`). One allocation
 * instead of three small arrays per measure: scopes and totals sum straight from it.
 */
export interface EffectBuffer {
  /** First year of every row. */
  firstYear: number;
  /** Years per row. */
  length: number;
  central: Float64Array;
  low: Float64Array;
  high: Float64Array;
  /** 1 where a measure's low/high can differ from its central value. */
  ranged: Uint8Array;
}

/** Computes the effect series of all measures for firstYear … lastYear (SPEC §5.2). */
export function computeEffectBuffer(
  measures: readonly Measure[],
  firstYear: number,
  lastYear: number,
  revisions: RevisionIndex,
): EffectBuffer {
  const length = Math.max(0, lastYear - firstYear + 1);
  const size = measures.length * length;
  const buffer = {
    firstYear,
    length,
    central: new Float64Array(size),
    low: new Float64Array(size),
    high: new Float64Array(size),
    ranged: new Uint8Array(measures.length),
  };
  measures.forEach((measure, index) => {
    const ranged = writeEffectSeries(measure, firstYear, length, revisions.get(measure.id), buffer, index * length);
    buffer.ranged[index] = ranged ? 1 : 0;
  });
  return buffer;
}

/**
 * Copies one measure's row for `count` years from `fromYear` into plain arrays. Without a range,
 * low and high are the central array itself (the rows are read-only).
 */
export function measureRow(
  buffer: EffectBuffer,
  index: number,
  fromYear: number,
  count: number,
): { central: number[]; low: number[]; high: number[] } {
  const start = index * buffer.length + (fromYear - buffer.firstYear);
  const central = toNumbers(buffer.central, start, count);
  if (buffer.ranged[index] !== 1) return { central, low: central, high: central };
  return { central, low: toNumbers(buffer.low, start, count), high: toNumbers(buffer.high, start, count) };
}
