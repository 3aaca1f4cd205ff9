import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/report.js';
import { makeBudget, makeFollowUp, makeMeasure } from '../fixtures/budgets.js';

const budget = makeBudget({
  manifest: { planPeriod: { start: 2026, end: 2028 }, horizon: 2029 },
  inventory: { territorial: { 2024: { road_traffic: 9000, heating: 3000, agriculture: 100 } } },
  measures: [
    makeMeasure({ id: 'R-2', responsible: 'Fleet', effect: 100 }),
    makeMeasure({ id: 'H-1', sector: 'heating', responsible: null, status: 'in_progress', effect: 50 }),
    makeMeasure({ id: 'R-1', responsible: 'Transport', status: 'proposed', start: 2030, effect: 500 }),
    makeMeasure({
      id: 'O-1',
      sector: 'other',
      scope: 'own_operations',
      responsible: 'HMS',
      status: 'completed',
      start: 2022,
      effect: 40,
    }),
    makeMeasure({ id: 'N-1', sector: 'agriculture', kind: 'not_quantified', responsible: 'Farm' }),
    makeMeasure({ id: 'C-1', status: 'cancelled', responsible: 'Gone', effect: 999 }),
  ],
  followups: [makeFollowUp('2026-T1', { 'R-2': { status: 'in_progress' } })],
});
const report = computeReport(budget);

describe('computeReport', () => {
  it('gives the report years and the plan years', () => {
    expect(report.years).toEqual([2026, 2027, 2028, 2029]);
    expect(report.planYears).toEqual([2026, 2027, 2028]);
  });

  it('sorts measures by sector order, then id', () => {
    expect(report.measures.map((measure) => measure.id)).toEqual(['H-1', 'C-1', 'R-1', 'R-2', 'N-1', 'O-1']);
  });

  it('marks counted measures and reports the current status from follow-up without changing sums', () => {
    const byId = new Map(report.measures.map((measure) => [measure.id, measure]));
    expect(byId.get('R-2')).toMatchObject({ status: 'adopted', currentStatus: 'in_progress', counted: true });
    expect(byId.get('C-1')).toMatchObject({ counted: false, effect: [999, 999, 999, 999] });
    expect(byId.get('N-1')).toMatchObject({ counted: false, fullEffectT: null, effect: [0, 0, 0, 0] });
    const [territorial, own] = report.totals.scopes;
    expect(territorial?.byStatus.map((row) => row.key)).toEqual(['proposed', 'adopted', 'in_progress']);
    expect(own?.byStatus.map((row) => row.key)).toEqual(['completed']);
  });

  it('groups totals by sector within each scope, never across scopes, including counted measures with no effect yet', () => {
    const [territorial, own] = report.totals.scopes;
    expect(territorial?.bySector).toEqual([
      { key: 'heating', values: [50, 50, 50, 50] },
      { key: 'road_traffic', values: [100, 100, 100, 100] },
    ]);
    expect(own?.bySector).toEqual([{ key: 'other', values: [40, 40, 40, 40] }]);
    expect(territorial?.byResponsible).toEqual([
      { key: 'Fleet', values: [100, 100, 100, 100] },
      { key: 'Transport', values: [0, 0, 0, 0] },
      { key: null, values: [50, 50, 50, 50] },
    ]);
    expect(own?.byResponsible).toEqual([{ key: 'HMS', values: [40, 40, 40, 40] }]);
    expect(report.totals.byScope.map((row) => row.key)).toEqual(['territorial', 'own_operations']);
    expect(territorial?.total).toEqual([150, 150, 150, 150]);
    expect(own?.total).toEqual([40, 40, 40, 40]);
  });

  it('leaves out scopes without an inventory, but keeps their measures', () => {
    expect(report.scopes.map((scope) => scope.scope)).toEqual(['territorial']);
    expect(report.measures.some((measure) => measure.scope === 'own_operations')).toBe(true);
  });

  it('lists in the scope effect table the sectors with counted measures of the scope', () => {
    const effect = report.scopes[0]?.effect;
    expect(effect?.years).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(effect?.bySector.map((row) => row.key)).toEqual(['heating', 'road_traffic']);
    expect(effect?.total).toEqual([0, 150, 150, 150, 150]);
  });

  it('is deterministic', () => {
    expect(computeReport(budget)).toEqual(report);
  });
});
