import { describe, expect, it } from 'vitest';
import { computeSectorBaseline } from '../../src/compute/baseline.js';
import { computeReport } from '../../src/compute/report.js';
import {
  makeBudget,
  makeExplicitBaseline,
  makeGrowthBaseline,
  makeInventory,
  makeMeasure,
} from '../fixtures/budgets.js';

const inventory = makeInventory('territorial', {
  2020: { road_traffic: 6000, heating: 2000 },
  2023: { road_traffic: 5350, heating: 1200, agriculture: 800 },
});

describe('baseline (SPEC §5.3)', () => {
  it('flat: actual(L, s) in every year after L', () => {
    expect(Array.from(computeSectorBaseline(inventory, undefined, 'heating', 3))).toEqual([1200, 1200, 1200]);
  });

  it('growth: actual(L, s) × (1 + g/100)^(y − L), with the default for unlisted sectors', () => {
    const spec = makeGrowthBaseline({ road_traffic: -10 }, 5);
    const road = computeSectorBaseline(inventory, spec, 'road_traffic', 2);
    expect(road[0]).toBeCloseTo(5350 * 0.9, 9);
    expect(road[1]).toBeCloseTo(5350 * 0.81, 9);
    expect(computeSectorBaseline(inventory, spec, 'heating', 1)[0]).toBeCloseTo(1260, 9);
  });

  it('explicit: linear from (L, actual) through listed years, flat after the last', () => {
    const spec = makeExplicitBaseline({ 2027: { road_traffic: 5000 }, 2030: { road_traffic: 4500 } });
    const values = Array.from(computeSectorBaseline(inventory, spec, 'road_traffic', 9));
    expect(values[0]).toBeCloseTo(5262.5, 9);
    expect(values[3]).toBe(5000);
    expect(values[5]).toBeCloseTo(4666.666666666667, 9);
    expect(values.slice(6)).toEqual([4500, 4500, 4500]);
  });

  it('explicit: a sector missing from one listed year interpolates to the next year that lists it', () => {
    const spec = makeExplicitBaseline({ 2027: { road_traffic: 5000 }, 2030: { heating: 500 } });
    const heating = computeSectorBaseline(inventory, spec, 'heating', 7);
    expect(heating[0]).toBeCloseTo(1200 - 700 / 7, 9);
    expect(heating[6]).toBe(500);
  });

  it('explicit: a sector missing from every listed year stays flat', () => {
    const spec = makeExplicitBaseline({ 2027: { road_traffic: 5000 } });
    expect(Array.from(computeSectorBaseline(inventory, spec, 'agriculture', 3))).toEqual([800, 800, 800]);
  });

  it('starts a sector absent in year L from 0', () => {
    const sparse = makeInventory('territorial', { 2020: { aviation: 10 }, 2023: { heating: 5 } });
    expect(Array.from(computeSectorBaseline(sparse, undefined, 'aviation', 2))).toEqual([0, 0]);
  });

  it('covers L+1 … horizon, and projected = baseline − counted effects per sector', () => {
    const report = computeReport(
      makeBudget({
        inventory: { territorial: { 2024: { road_traffic: 8000, heating: 1000 } } },
        measures: [
          makeMeasure({ id: 'M', start: 2026, effect: 300 }),
          makeMeasure({ id: 'X', status: 'cancelled', effect: 50 }),
        ],
      }),
    );
    const scope = report.scopes[0];
    expect(scope?.baseline.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    const road = (table: 'baseline' | 'projected') =>
      scope?.[table].bySector.find((row) => row.key === 'road_traffic')?.values;
    expect(road('baseline')).toEqual([8000, 8000, 8000, 8000, 8000, 8000]);
    expect(road('projected')).toEqual([8000, 7700, 7700, 7700, 7700, 7700]);
    expect(scope?.projected.total).toEqual([9000, 8700, 8700, 8700, 8700, 8700]);
  });

  it('adds a row for a sector that only counted measures name (baseline 0)', () => {
    const report = computeReport(
      makeBudget({
        inventory: { territorial: { 2024: { road_traffic: 8000 } } },
        measures: [makeMeasure({ id: 'M', sector: 'aviation', effect: 10 })],
      }),
    );
    const projected = report.scopes[0]?.projected.bySector.find((row) => row.key === 'aviation');
    expect(projected?.values.slice(1)).toEqual([-10, -10, -10, -10, -10]);
  });
});
