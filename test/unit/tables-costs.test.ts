import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/report.js';
import { buildCostTables } from '../../src/render/tables/costs.js';
import { sampleBudget } from '../fixtures/sample-budget.js';
import { bodyRows, columnValues, rowObject, totalRows } from '../helpers/table-values.js';

const report = computeReport(sampleBudget('nb'));
const [byYear, byResponsible, perMeasure, curve] = buildCostTables(report, { language: 'nb' });

describe('cost tables', () => {
  it('are the costs by year, by responsible, per measure and the abatement curve', () => {
    expect([byYear, byResponsible, perMeasure, curve].map((table) => table?.id)).toEqual([
      'costs-by-year',
      'costs-by-responsible',
      'costs-measures',
      'abatement-curve',
    ]);
  });

  it('gives investment, annual and total costs per year, and their sums', () => {
    if (!byYear) throw new Error('no table');
    expect(columnValues(byYear, 'year')).toEqual(report.costs.years);
    expect(columnValues(byYear, 'total')).toEqual(report.costs.total);
    // 2026: the investment of V-2 and the annual costs of V-2 (−10 000), O-1 (−5 000) and N-1 (20 000).
    expect(rowObject(byYear, bodyRows(byYear)[0] as never)).toEqual({
      year: 2026,
      investment: 1_000_000,
      annual: 5_000,
      total: 1_005_000,
    });
    const [total] = totalRows(byYear);
    expect(total?.role).toBe('total');
    expect(rowObject(byYear, total as never)).toEqual({
      year: 'Sum',
      investment: 1_000_000,
      annual: 25_000,
      total: 1_025_000,
    });
  });

  it('gives each responsible a row of years and a total', () => {
    if (!byResponsible) throw new Error('no table');
    expect(byResponsible.columns.map((column) => column.id)).toEqual([
      'responsible',
      'y2026',
      'y2027',
      'y2028',
      'y2029',
      'y2030',
      'total',
    ]);
    expect(columnValues(byResponsible, 'responsible')).toEqual(['Fleet', 'HSE']);
    expect(columnValues(byResponsible, 'total')).toEqual([1_000_000 - 50_000 + 100_000, -25_000]);
    expect(rowObject(byResponsible, totalRows(byResponsible)[0] as never)).toMatchObject({
      responsible: 'Sum',
      total: 1_025_000,
    });
  });

  it('leaves unknown costs empty and gives NOK per tonne where it is defined', () => {
    if (!perMeasure) throw new Error('no table');
    expect(columnValues(perMeasure, 'id')).toEqual(['H-1', 'N-1', 'V-1', 'V-2', 'O-1']);
    expect(columnValues(perMeasure, 'annualised')[0]).toBeNull();
    expect(rowObject(perMeasure, bodyRows(perMeasure)[4] as never)).toMatchObject({
      id: 'O-1',
      investment: 0,
      investment_year: null,
      annual: -5_000,
      annualised: -5_000,
      full_effect_t: 40,
      nok_per_t: -125,
    });
    expect(perMeasure.notes).toHaveLength(1);
  });

  it('ranks the counted measures with a cost per tonne, cheapest first', () => {
    if (!curve) throw new Error('no table');
    expect(columnValues(curve, 'rank')).toEqual([1, 1]);
    // One curve per scope: the cumulative tonnes start again in each scope (SPEC §5.6).
    expect(columnValues(curve, 'id')).toEqual(['V-2', 'O-1']);
    expect(columnValues(curve, 'cumulative_t')).toEqual([300, 40]);
    expect(columnValues(curve, 'scope')).toEqual(['Geografisk', 'Egen drift']);
  });
});
