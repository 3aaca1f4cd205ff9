import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/report.js';
import { buildFollowUpTable, buildProgressTable } from '../../src/render/tables/progress.js';
import { sampleBudget } from '../fixtures/sample-budget.js';
import { bodyRows, columnValues, rowObject } from '../helpers/table-values.js';

const report = computeReport(sampleBudget());

describe('progress table', () => {
  const table = buildProgressTable(report, { language: 'en' });

  it('has one row per target, in manifest order, with the figures of SPEC §5.4', () => {
    expect(columnValues(table, 'target')).toEqual(['t2030', 't2025']);
    const progress = report.targets[0]?.progress;
    expect(rowObject(table, bodyRows(table)[0] as never)).toEqual({
      target: 't2030',
      year: 2030,
      base_year: 2015,
      base: 12000,
      latest_year: 2024,
      latest: 9000,
      level: 6000,
      achieved_pct: 25,
      progress_ratio: 0.5,
      on_track: false,
      required_annual_t: 500,
      required_annual_rate_pct: progress?.requiredAnnualRatePct,
      projected_at_year: progress?.projectedAtYear,
      meets_target: false,
      cumulative_overshoot: progress?.cumulativeOvershoot,
    });
  });
});

describe('follow-up table', () => {
  const table = buildFollowUpTable(report, { language: 'en' });

  it('lists every measure once, and once more per further reported indicator', () => {
    expect(columnValues(table, 'id')).toEqual(['H-1', 'N-1', 'V-1', 'V-2', 'V-2', 'O-1']);
  });

  it('shows the current status, rating, period and each indicator against its expected value', () => {
    const rows = bodyRows(table).filter((row) => row.cells[0] === 'V-2');
    expect(rows.map((row) => rowObject(table, row))).toEqual([
      {
        id: 'V-2',
        title: 'Electric service cars',
        current_status: 'in_progress',
        rating: report.measures.find((measure) => measure.id === 'V-2')?.rating ?? null,
        period: '2026-T2',
        indicator: 'EV share',
        unit: '%',
        value: 45,
        expected: 20,
        comment: 'On its way',
      },
      expect.objectContaining({ indicator: 'chargers', unit: null, value: 10, expected: 0 }),
    ]);
    expect(rowObject(table, bodyRows(table)[5] as never)).toMatchObject({
      id: 'O-1',
      current_status: 'completed',
      rating: 'green',
      period: null,
      comment: null,
    });
  });

  it('lets the comment wrap in a terminal', () => {
    expect(table.columns.find((column) => column.id === 'comment')?.wrap).toBe(true);
  });
});
