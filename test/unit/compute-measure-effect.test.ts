import { describe, expect, it } from 'vitest';
import {
  computeEffectSeries,
  effectRangeAt,
  fullEffectRangeAt,
  fullEffectYear,
  plannedFullEffectAt,
} from '../../src/compute/measure-effect.js';
import { collectRevisions } from '../../src/compute/revisions.js';
import { makeActivity, makeFactor, makeFollowUp, makeMeasure } from '../fixtures/budgets.js';

const diesel = makeFactor({ id: 'diesel', unit: 'l', kgCo2e: 2.66 });
const b7 = makeFactor({ id: 'b7', unit: 'l', values: { 2024: 2.5, 2030: 2.2 } });

describe('full effect E*(y) (SPEC §5.2)', () => {
  it('is effect.t_co2e for a direct effect', () => {
    expect(plannedFullEffectAt(makeMeasure({ id: 'M', effect: 120 }), 2030)).toBe(120);
  });

  it('is −Σ amount × factor(y) / 1000 for activity, with year-dependent factors', () => {
    const measure = makeMeasure({ id: 'M', activity: [makeActivity(b7, -200000), makeActivity(diesel, 1000)] });
    expect(plannedFullEffectAt(measure, 2027)).toBeCloseTo((200000 * 2.35) / 1000 - 2.66, 9);
    expect(plannedFullEffectAt(measure, 2040)).toBeCloseTo(440 - 2.66, 9);
  });

  it('is 0 for kinds other than quantified, whatever is written', () => {
    expect(plannedFullEffectAt(makeMeasure({ id: 'M', kind: 'in_baseline', effect: 50 }), 2030)).toBe(0);
    expect(effectRangeAt(makeMeasure({ id: 'M', kind: 'not_quantified', effect: 50 }), 2030, undefined).central).toBe(
      0,
    );
  });

  it('takes the full-effect year from full_effect, else start', () => {
    expect(fullEffectYear(makeMeasure({ id: 'M', start: 2026, fullEffect: 2029 }))).toBe(2029);
    expect(fullEffectYear(makeMeasure({ id: 'M', start: 2026 }))).toBe(2026);
  });
});

describe('effect E(y) = f(y) × E*(y) and its range', () => {
  it('multiplies the phase with the full effect and the written low/high', () => {
    const measure = makeMeasure({
      id: 'M',
      start: 2026,
      fullEffect: 2028,
      effect: { tCo2e: 300, low: 200, high: 400 },
    });
    const series = computeEffectSeries(measure, 2025, 2029, undefined);
    expect(series.central).toEqual([0, 100, 200, 300, 300]);
    expect(series.low[1]).toBeCloseTo(200 / 3, 12);
    expect(series.high[1]).toBeCloseTo(400 / 3, 12);
  });

  it('uses central for a missing side of the written range', () => {
    const range = fullEffectRangeAt(
      makeMeasure({ id: 'M', effect: { tCo2e: 100, low: 80, high: null } }),
      2026,
      undefined,
    );
    expect(range).toEqual({ central: 100, low: 80, high: 100 });
  });

  it('spreads ∓ uncertainty_pct around E*(y)', () => {
    const measure = makeMeasure({ id: 'M', activity: [makeActivity(diesel, -1000)], uncertaintyPct: 25 });
    const range = fullEffectRangeAt(measure, 2026, undefined);
    expect(range.central).toBeCloseTo(2.66, 12);
    expect(range.low).toBeCloseTo(2.66 * 0.75, 12);
    expect(range.high).toBeCloseTo(2.66 * 1.25, 12);
  });

  it('keeps low ≤ high for a measure that adds emissions', () => {
    const range = fullEffectRangeAt(makeMeasure({ id: 'M', effect: -100, uncertaintyPct: 20 }), 2026, undefined);
    expect(range).toEqual({ central: -100, low: -120, high: -80 });
  });

  it('has low = high = central without a range', () => {
    expect(fullEffectRangeAt(makeMeasure({ id: 'M', effect: 70 }), 2026, undefined)).toEqual({
      central: 70,
      low: 70,
      high: 70,
    });
  });

  it('gives the effect whatever the status (a cancelled measure still shows its E)', () => {
    const series = computeEffectSeries(
      makeMeasure({ id: 'M', status: 'cancelled', effect: 999 }),
      2026,
      2027,
      undefined,
    );
    expect(series.central).toEqual([999, 999]);
  });
});

describe('follow-up revisions', () => {
  it('replace the full effect and the range from the period year on', () => {
    const measure = makeMeasure({ id: 'A3', start: 2025, end: 2030, effect: { tCo2e: 200, low: 150, high: 250 } });
    const revisions = collectRevisions([makeFollowUp('2026-T2', { A3: { revisedTCo2e: 260 } })]);
    const series = computeEffectSeries(measure, 2025, 2031, revisions.get('A3'));
    expect(series.central).toEqual([200, 260, 260, 260, 260, 260, 0]);
    expect(series.low).toEqual([150, 260, 260, 260, 260, 260, 0]);
    expect(series.high).toEqual([250, 260, 260, 260, 260, 260, 0]);
  });

  it('spread the revised value by uncertainty_pct when given', () => {
    const measure = makeMeasure({ id: 'M', activity: [makeActivity(diesel, -1000)], uncertaintyPct: 10 });
    const revisions = collectRevisions([makeFollowUp('2026', { M: { revisedTCo2e: 50 } })]);
    expect(fullEffectRangeAt(measure, 2027, revisions.get('M'))).toEqual({ central: 50, low: 45, high: 55 });
  });

  it('let later records win, each from its own year', () => {
    const measure = makeMeasure({ id: 'M', start: 2025, effect: 100 });
    const revisions = collectRevisions([
      makeFollowUp('2028-T1', { M: { revisedTCo2e: 80 } }),
      makeFollowUp('2026-T3', { M: { revisedTCo2e: 120 } }),
      makeFollowUp('2026-T1', { M: { revisedTCo2e: 110 } }),
    ]);
    expect(computeEffectSeries(measure, 2025, 2029, revisions.get('M')).central).toEqual([100, 120, 120, 80, 80]);
  });

  it('order records of one period by date', () => {
    const revisions = collectRevisions([
      makeFollowUp('2026', { M: { revisedTCo2e: 2 } }, '2026-12-01'),
      makeFollowUp('2026', { M: { revisedTCo2e: 1 } }, '2026-06-01'),
    ]);
    expect(revisions.get('M')?.map((revision) => revision.tCo2e)).toEqual([1, 2]);
  });
});
