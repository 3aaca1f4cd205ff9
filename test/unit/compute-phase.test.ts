import { describe, expect, it } from 'vitest';
import { phaseAt } from '../../src/compute/phase.js';

const linear = { start: 2026, fullEffect: 2028, end: null, phase: null };

describe('phaseAt (SPEC §5.2)', () => {
  it('is 0 before start and 1 from start without full_effect', () => {
    const measure = { start: 2026, fullEffect: null, end: null, phase: null };
    expect([2025, 2026, 2040].map((year) => phaseAt(measure, year))).toEqual([0, 1, 1]);
  });

  it('phases in linearly: (y − start + 1) / (F − start + 1) before F, 1 from F', () => {
    expect([2025, 2026, 2027, 2028, 2029].map((year) => phaseAt(linear, year))).toEqual([0, 1 / 3, 2 / 3, 1, 1]);
  });

  it('treats full_effect equal to start as full from start', () => {
    expect(phaseAt({ ...linear, fullEffect: 2026 }, 2026)).toBe(1);
  });

  it('is 0 after end, also during a phase-in', () => {
    expect([2026, 2027, 2028].map((year) => phaseAt({ ...linear, end: 2026 }, year))).toEqual([1 / 3, 0, 0]);
  });

  it('with an explicit phase: listed values, held until the next listed year, 0 before the first', () => {
    const phase = new Map([
      [2026, 0.1],
      [2028, 0.5],
      [2030, 1],
    ]);
    const measure = { start: 2020, fullEffect: null, end: null, phase };
    expect([2025, 2026, 2027, 2028, 2029, 2030, 2035].map((year) => phaseAt(measure, year))).toEqual([
      0, 0.1, 0.1, 0.5, 0.5, 1, 1,
    ]);
  });

  it('with an explicit phase ignores start and full_effect but still stops after end', () => {
    const measure = { start: 2030, fullEffect: 2035, end: 2027, phase: new Map([[2026, 0.4]]) };
    expect([2026, 2027, 2028].map((year) => phaseAt(measure, year))).toEqual([0.4, 0.4, 0]);
  });
});
