import { describe, expect, it } from 'vitest';
import { factorValueAt } from '../../src/compute/factor-value.js';
import { makeFactor } from '../fixtures/budgets.js';

describe('factorValueAt (SPEC §5.2, §4.2)', () => {
  it('returns a constant factor in every year', () => {
    const diesel = makeFactor({ id: 'diesel', kgCo2e: 2.66 });
    expect([1990, 2026, 2100].map((year) => factorValueAt(diesel, year))).toEqual([2.66, 2.66, 2.66]);
  });

  it('interpolates linearly between listed years', () => {
    const factor = makeFactor({ id: 'b7', values: { 2024: 2.5, 2030: 2.2 } });
    expect(factorValueAt(factor, 2024)).toBe(2.5);
    expect(factorValueAt(factor, 2027)).toBeCloseTo(2.35, 12);
    expect(factorValueAt(factor, 2030)).toBe(2.2);
  });

  it('holds the first and last values flat outside the listed years', () => {
    const factor = makeFactor({ id: 'el', values: { 2019: 0.017, 2020: 0.008, 2022: 0.019, 2023: 0.015 } });
    expect(factorValueAt(factor, 2010)).toBe(0.017);
    expect(factorValueAt(factor, 2021)).toBeCloseTo(0.0135, 12);
    expect(factorValueAt(factor, 2040)).toBe(0.015);
  });

  it('handles a single listed year as a constant', () => {
    const factor = makeFactor({ id: 'one', values: { 2020: 1.5 } });
    expect([2000, 2020, 2050].map((year) => factorValueAt(factor, year))).toEqual([1.5, 1.5, 1.5]);
  });
});
