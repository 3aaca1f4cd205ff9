import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/report.js';
import { buildPathwayTables } from '../../src/render/tables/pathway.js';
import { sampleBudget } from '../fixtures/sample-budget.js';
import { bodyRows, columnValues, rowObject } from '../helpers/table-values.js';

const report = computeReport(sampleBudget());

describe('pathway tables', () => {
  const tables = buildPathwayTables(report, { language: 'nb' });

  it('has one table per target', () => {
    expect(tables.map((table) => table.id)).toEqual(['pathway-t2030', 'pathway-t2025']);
    expect(tables[0]?.title).toBe('Utslippsbane for t2030');
    expect(tables[0]?.caption).toBe(
      '−50 % by 2030. Basisår 2015: 12\u00a0000 t CO2e; mål 2030: 6\u00a0000 t CO2e (−50,0\u00a0%).',
    );
  });

  it('lists the actuals from the base year, then the computed years to the target year', () => {
    const table = tables[0];
    if (!table) throw new Error('no table');
    expect(columnValues(table, 'year')).toEqual([2015, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(columnValues(table, 'actual')).toEqual([12000, 9000, null, null, null, null, null, null]);
    expect(columnValues(table, 'baseline').slice(0, 3)).toEqual([null, null, 9000]);
  });

  it('keeps its derived columns equal to their formulas', () => {
    const table = tables[0];
    if (!table) throw new Error('no table');
    const formulas = Object.fromEntries(table.columns.map((column) => [column.id, column.formula]));
    expect(formulas).toMatchObject({
      projected: '{baseline} - {effect}',
      gap: '{projected} - {path}',
      need: '{baseline} - {path}',
      coverage: 'IF({need} > 0, {effect} / {need}, "")',
    });
    for (const row of bodyRows(table).slice(2)) {
      const cells = rowObject(table, row) as Record<string, number | null>;
      const { baseline, effect, projected, path, gap, need, coverage } = cells as Record<
        'baseline' | 'effect' | 'projected' | 'path' | 'gap' | 'need' | 'coverage',
        number
      >;
      expect(projected).toBeCloseTo(baseline - effect, 9);
      expect(gap).toBeCloseTo(projected - path, 9);
      expect(need).toBeCloseTo(baseline - path, 9);
      if (need > 0) expect(coverage).toBeCloseTo(effect / need, 12);
      else expect(cells.coverage).toBeNull();
    }
  });

  it('shows each scope instead when the budget has no targets', () => {
    const scopeTables = buildPathwayTables(computeReport({ ...sampleBudget(), targets: [] }), { language: 'en' });
    expect(scopeTables.map((table) => table.id)).toEqual(['pathway-territorial']);
    const table = scopeTables[0];
    if (!table) throw new Error('no table');
    expect(table.columns.map((column) => column.id)).toEqual(['year', 'actual', 'baseline', 'effect', 'projected']);
    expect(columnValues(table, 'actual').slice(0, 2)).toEqual([62000, 49000]);
  });
});
