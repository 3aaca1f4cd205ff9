import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/report.js';
import type { Target } from '../../src/model/budget.js';
import { buildSummaryTables } from '../../src/render/tables/summary.js';
import { sampleBudget } from '../fixtures/sample-budget.js';
import { bodyRows, columnValues, rowObject } from '../helpers/table-values.js';

const report = computeReport(sampleBudget());
const [targets, plan, top] = buildSummaryTables(report, { language: 'en' });

describe('summary tables', () => {
  it('has the targets, the plan years and the top measures', () => {
    expect([targets?.id, plan?.id, top?.id]).toEqual(['summary-targets', 'summary-plan', 'summary-top']);
    expect(targets?.title).toBe('Climate budget 2026–2029, Testvik: are we on track?');
  });

  it('shows each target from its base year to the latest year against the target change', () => {
    if (!targets) throw new Error('no targets table');
    expect(rowObject(targets, bodyRows(targets)[0] as never)).toEqual({
      target: 't2030',
      base_year: 2015,
      base: 12000,
      latest_year: 2024,
      latest: 9000,
      change_pct: -25,
      target_pct: -50,
      // The straight line from 12 000 (2015) to 6 000 (2030) is at 8 400 in 2024.
      on_track: false,
      meets_target: false,
    });
    expect(targets.notes).toEqual(['t2030: −50 % by 2030']);
  });

  it('gives need, effect, the gaps and coverage in the plan years only', () => {
    if (!plan) throw new Error('no plan table');
    expect(columnValues(plan, 'target')).toEqual(['t2030', 't2030', 't2030', 't2030']);
    expect(columnValues(plan, 'year')).toEqual([2026, 2027, 2028, 2029]);
    expect(columnValues(plan, 'gap_decided')).toEqual([900, 1300, 1700, 2200]);
    expect(columnValues(plan, 'gap')).toEqual([900, 1100, 1500, 2000]);
    const target = report.targets[0];
    for (const row of bodyRows(plan)) {
      const { year, need, effect, gap, gap_decided, coverage } = rowObject(plan, row) as Record<
        'year' | 'need' | 'effect' | 'gap' | 'gap_decided' | 'coverage',
        number
      >;
      const index = target?.years.indexOf(year) ?? -1;
      expect(gap_decided).toBe(target?.decided.gap[index]);
      // The proposals (H-1, 200 t from 2027) are the difference between the two gaps.
      expect(gap_decided - gap).toBeCloseTo((target?.effect[index] ?? 0) - (target?.decided.effect[index] ?? 0), 9);
      expect(gap).toBeCloseTo(need - effect, 9);
      expect(coverage).toBeCloseTo(effect / need, 12);
    }
    expect(plan.columns.find((column) => column.id === 'gap')?.formula).toBe('{need} - {effect}');
  });

  it("ranks the target's own counted measures by their effect in the last plan year, with their share of its effect", () => {
    if (!top) throw new Error('no top table');
    expect(top.title).toBe('Measures with the largest effect in 2029');
    // V-1 is cancelled (not counted); N-1 is not quantified; O-1 is of the own-operations scope,
    // which the territorial target does not cover: its tonnes are never added to the target's.
    expect(columnValues(top, 'id')).toEqual(['V-2', 'H-1']);
    expect(columnValues(top, 'status')).toEqual(['in_progress', 'proposed']);
    const target = report.targets[0];
    const effect = target?.effect[target.years.indexOf(2029)] as number;
    expect(columnValues(top, 'share')).toEqual([300 / effect, 200 / effect]);
    expect(effect).toBe(500);
  });

  it('lists the top measures of each target apart when there are several targets', () => {
    const budget = sampleBudget();
    const own: Target = {
      ...(budget.targets[0] as Target),
      id: 'own',
      scope: 'own_operations',
      sectors: ['other'],
      excludeSectors: [],
    };
    const twoTargets = computeReport({ ...budget, targets: [...budget.targets, own] });
    const [, , list] = buildSummaryTables(twoTargets, { language: 'en' });
    if (!list) throw new Error('no top table');
    expect(list.title).toBe('Measures with the largest effect in 2029, per target (its scope and sectors)');
    expect(columnValues(list, 'target')).toEqual(['t2030', 't2030', 'own']);
    expect(columnValues(list, 'id')).toEqual(['V-2', 'H-1', 'O-1']);
    // Each share is of its own target's effect: O-1 is all of the own-operations target's.
    expect(columnValues(list, 'share')).toEqual([300 / 500, 200 / 500, 1]);
  });

  it('says so when there are no targets', () => {
    const noTargets = computeReport({ ...sampleBudget(), targets: [] });
    const [first, second] = buildSummaryTables(noTargets, { language: 'nb' });
    expect(first?.rows).toEqual([]);
    expect(first?.notes).toEqual(['Budsjettet har ingen mål (targets: i budget.yaml).']);
    expect(second?.rows).toEqual([]);
  });
});
