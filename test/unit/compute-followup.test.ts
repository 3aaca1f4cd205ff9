import { describe, expect, it } from 'vitest';
import { computeFollowUp, expectedIndicatorValue, rateIndicators } from '../../src/compute/followup.js';
import { sortFollowUps } from '../../src/compute/followup-order.js';
import { makeFollowUp, makeIndicator, makeMeasure } from '../fixtures/budgets.js';

const zev = makeIndicator({ id: 'zev', baseline: 20, target: 100, targetYear: 2028 });
const measure = makeMeasure({ id: 'VT-03', status: 'adopted', start: 2024, indicators: [zev] });

describe('current status (SPEC §5.7)', () => {
  it('is the measure’s own status without follow-up', () => {
    expect(computeFollowUp(measure, []).currentStatus).toBe('adopted');
    expect(computeFollowUp(measure, []).followUp).toBeNull();
  });

  it('is the status of the latest record, ordered by period, then end month, then date', () => {
    const records = sortFollowUps([
      makeFollowUp('2027-T1', { 'VT-03': { status: 'postponed' } }),
      makeFollowUp('2026-T3', { 'VT-03': { status: 'completed' } }, '2026-12-20'),
      makeFollowUp('2026-T3', { 'VT-03': { status: 'in_progress' } }, '2026-12-31'),
      makeFollowUp('2026-H1', { 'VT-03': { status: 'cancelled' } }),
    ]);
    expect(computeFollowUp(measure, records).currentStatus).toBe('postponed');
    expect(computeFollowUp(measure, records.slice(0, 3)).currentStatus).toBe('in_progress');
  });

  it('keeps the last given status when the latest record gives none', () => {
    const records = [
      makeFollowUp('2026-T1', { 'VT-03': { status: 'in_progress' } }),
      makeFollowUp('2026-T2', { 'VT-03': { comment: 'ok' } }),
    ];
    const state = computeFollowUp(measure, records);
    expect(state.currentStatus).toBe('in_progress');
    expect(state.followUp?.period).toBe('2026-T2');
  });
});

describe('rating (SPEC §5.7)', () => {
  it('is the manual rating of the latest record first', () => {
    const state = computeFollowUp(measure, [
      makeFollowUp('2026', { 'VT-03': { rating: 'yellow', status: 'completed' } }),
    ]);
    expect(state).toMatchObject({ rating: 'yellow', ratingBasis: 'manual' });
  });

  it('is green for completed and red for cancelled measures', () => {
    expect(
      computeFollowUp(measure, [makeFollowUp('2026', { 'VT-03': { status: 'completed', indicators: { zev: 0 } } })]),
    ).toMatchObject({
      rating: 'green',
      ratingBasis: 'status',
    });
    expect(computeFollowUp(makeMeasure({ id: 'X', status: 'cancelled' }), [])).toMatchObject({
      rating: 'red',
      ratingBasis: 'status',
    });
  });

  it('is derived from indicators at the period year: expected is linear from start to target_year', () => {
    // expected in 2026: 20 + 80 × 2/4 = 60; value 56 → ratio 36/40 = 0.9 → green
    const green = computeFollowUp(measure, [makeFollowUp('2026-T2', { 'VT-03': { indicators: { zev: 56 } } })]);
    expect(green).toMatchObject({ rating: 'green', ratingBasis: 'indicators' });
    expect(green.followUp?.indicators[0]).toMatchObject({ id: 'zev', value: 56, expected: 60, ratio: 0.9 });
    const yellow = computeFollowUp(measure, [makeFollowUp('2026', { 'VT-03': { indicators: { zev: 44 } } })]);
    expect(yellow.rating).toBe('yellow');
    const red = computeFollowUp(measure, [makeFollowUp('2026', { 'VT-03': { indicators: { zev: 43 } } })]);
    expect(red.rating).toBe('red');
  });

  it('takes the smallest ratio over the indicators', () => {
    const two = makeMeasure({
      id: 'T',
      start: 2024,
      indicators: [zev, makeIndicator({ id: 'km', baseline: 100, target: 0, targetYear: 2026 })],
    });
    const state = computeFollowUp(two, [makeFollowUp('2026', { T: { indicators: { zev: 100, km: 70 } } })]);
    expect(state.followUp?.indicators.map((indicator) => indicator.ratio)).toEqual([2, 0.3]);
    expect(state.rating).toBe('red');
  });

  it('is null without data', () => {
    expect(computeFollowUp(measure, []).rating).toBeNull();
    expect(computeFollowUp(measure, [makeFollowUp('2026', { 'VT-03': { comment: 'nothing yet' } })]).rating).toBeNull();
  });

  it('holds the expected value at the target after target_year and at the baseline up to start', () => {
    expect(expectedIndicatorValue(zev, 2024, 2030)).toBe(100);
    expect(expectedIndicatorValue(zev, 2024, 2024)).toBe(20);
    expect(expectedIndicatorValue(makeIndicator({ id: 'x', baseline: 1 }), 2024, 2026)).toBeNull();
  });

  it('rates the smallest ratio: ≥ 0.9 green, ≥ 0.6 yellow, else red', () => {
    const rate = (ratio: number | null) =>
      rateIndicators([{ id: 'i', title: null, unit: null, value: 0, expected: 1, ratio }]);
    expect([0.9, 0.89, 0.6, 0.59, null].map(rate)).toEqual(['green', 'yellow', 'yellow', 'red', null]);
  });
});
