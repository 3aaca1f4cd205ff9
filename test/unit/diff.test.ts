import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/report.js';
import { diffReports, hasChanges } from '../../src/diff/budget-diff.js';
import { renderDiffJson } from '../../src/diff/diff-json.js';
import { diffTables } from '../../src/diff/diff-tables.js';
import type { Measure } from '../../src/model/budget.js';
import { type BudgetSpec, makeBudget, makeMeasure, makeTarget } from '../fixtures/budgets.js';

const inventory = {
  territorial: { 2009: { road_traffic: 10000, heating: 2000 }, 2024: { road_traffic: 8000, heating: 1000 } },
};
const measures: Measure[] = [
  makeMeasure({ id: 'A-1', effect: 100, status: 'adopted' }),
  makeMeasure({ id: 'B-1', sector: 'heating', effect: 50, status: 'proposed' }),
  makeMeasure({ id: 'C-1', effect: 30, status: 'adopted' }),
];
const base: BudgetSpec = {
  manifest: { countStatuses: ['adopted', 'in_progress', 'completed'] },
  inventory,
  measures,
  targets: [makeTarget({ id: 't2030', baseYear: 2009, year: 2030, reductionPct: 55 })],
};
const report = (spec: BudgetSpec) => computeReport(makeBudget(spec));
const older = report(base);

describe('diffReports', () => {
  it('finds nothing between a budget and itself', () => {
    const diff = diffReports(older, report(base));
    expect(hasChanges(diff)).toBe(false);
    expect(diff.measures).toEqual([]);
    expect(diff.targets.map((target) => target.change)).toEqual(['unchanged']);
    expect(diff.measureCounts).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 3 });
    expect(diffTables(diff, 'en')).toEqual([]);
  });

  it('counts a measure that starts to be counted with its whole effect, and moves the gap by it', () => {
    const adopted = report({
      ...base,
      measures: measures.map((measure) => (measure.id === 'B-1' ? { ...measure, status: 'adopted' } : measure)),
    });
    const diff = diffReports(older, adopted);
    const [change] = diff.measures;
    expect(change).toMatchObject({ id: 'B-1', change: 'changed' });
    expect(change?.fields).toEqual([{ field: 'status', type: 'status', old: 'proposed', new: 'adopted' }]);
    const y2029 = change?.countedEffect.find((value) => value.year === 2029);
    expect(y2029?.old).toBe(0);
    expect(y2029?.new).toBeCloseTo(50, 9);
    const gap2029 = diff.targets[0]?.years.find((row) => row.year === 2029)?.gap;
    expect((gap2029?.new ?? 0) - (gap2029?.old ?? 0)).toBeCloseTo(-50, 9);
    const total2029 = diff.effect.find((value) => value.year === 2029);
    expect((total2029?.new ?? 0) - (total2029?.old ?? 0)).toBeCloseTo(50, 9);
  });

  it('lists added and removed measures with their status and effect on their one side', () => {
    const changed = report({
      ...base,
      measures: [...measures.filter((measure) => measure.id !== 'C-1'), makeMeasure({ id: 'D-1', effect: 7 })],
    });
    const diff = diffReports(older, changed);
    expect(diff.measures.map((measure) => [measure.id, measure.change])).toEqual([
      ['C-1', 'removed'],
      ['D-1', 'added'],
    ]);
    expect(diff.measures[0]?.fields).toContainEqual({ field: 'status', type: 'status', old: 'adopted', new: null });
    expect(diff.measures[1]?.fields).toContainEqual({ field: 'full_effect_t', type: 'tonnes', old: null, new: 7 });
    expect(diff.measureCounts).toEqual({ added: 1, removed: 1, changed: 0, unchanged: 2 });
  });

  it('counts from a side without measures: all added (or removed), none unchanged', () => {
    const empty = report({ ...base, measures: [] });
    const fromEmpty = diffReports(empty, older);
    expect(fromEmpty.measureCounts).toEqual({ added: 3, removed: 0, changed: 0, unchanged: 0 });
    const toEmpty = diffReports(older, empty);
    expect(toEmpty.measureCounts).toEqual({ added: 0, removed: 3, changed: 0, unchanged: 0 });
    expect(diffReports(empty, empty).measureCounts).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 0 });
  });

  it('counts changed, added and unchanged measures apart when all three occur', () => {
    const newer = report({
      ...base,
      measures: [
        ...measures.map((measure) => (measure.id === 'A-1' ? { ...measure, title: 'Renamed' } : measure)),
        makeMeasure({ id: 'E-1', effect: 1 }),
        makeMeasure({ id: 'F-1', effect: 2 }),
      ],
    });
    expect(diffReports(older, newer).measureCounts).toEqual({ added: 2, removed: 0, changed: 1, unchanged: 2 });
  });

  it('reports a changed target definition, and targets added and removed', () => {
    const diff = diffReports(
      older,
      report({
        ...base,
        targets: [
          makeTarget({ id: 't2030', baseYear: 2009, year: 2030, reductionPct: 60 }),
          makeTarget({ id: 't2040', baseYear: 2009, year: 2040, reductionPct: 80 }),
        ],
      }),
    );
    const [t2030, t2040] = diff.targets;
    expect(t2030?.change).toBe('changed');
    expect(t2030?.fields.map((field) => field.field)).toEqual(['reduction_pct', 'level']);
    expect(t2040?.change).toBe('added');
    expect(t2040?.years.every((row) => row.gap.old === null)).toBe(true);
    const removed = diffReports(older, report({ ...base, targets: [] }));
    expect(removed.targets.map((target) => [target.id, target.change])).toEqual([['t2030', 'removed']]);
  });

  it('compares the plan years of both budgets when the plan period moved', () => {
    const moved = report({ ...base, manifest: { ...base.manifest, planPeriod: { start: 2027, end: 2030 } } });
    const diff = diffReports(older, moved);
    expect(diff.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(diff.basis).toContainEqual({
      field: 'plan_period',
      type: 'text',
      old: '2026–2029',
      new: '2027–2030',
      scope: null,
    });
    // 2026 is outside the newer budget's years: it has no value there, not a zero.
    expect(diff.effect[0]).toEqual({ year: 2026, old: expect.any(Number), new: null });
  });

  it('shows only the tables with something in them: a new inventory year moves the basis and the gap', () => {
    const newer = report({
      ...base,
      inventory: { territorial: { ...inventory.territorial, 2025: { road_traffic: 7000 } } },
    });
    const diff = diffReports(older, newer);
    expect(diff.basis.map((change) => [change.field, change.scope, change.old, change.new])).toEqual([
      ['latest_year', 'territorial', 2024, 2025],
      ['latest', 'territorial', 9000, 7000],
    ]);
    expect(diffTables(diff, 'nb').map((table) => table.id)).toEqual(['diff-basis', 'diff-targets']);
  });

  it('writes JSON with year keys as strings, every pair with its delta, field values as written', () => {
    const adopted = report({
      ...base,
      measures: measures.map((measure) => (measure.id === 'B-1' ? { ...measure, status: 'adopted' } : measure)),
    });
    const sides = { old: { kind: 'revision', name: 'main' }, new: { kind: 'folder', name: '.' } } as const;
    const json = JSON.parse(renderDiffJson(diffReports(older, adopted), sides));
    expect(json).toMatchObject({ schema_version: 1, ...sides, changed: true });
    expect(json.measures[0].fields).toEqual([{ field: 'status', old: 'proposed', new: 'adopted' }]);
    expect(Object.keys(json.totals.effect)).toEqual(['2026', '2027', '2028', '2029']);
    const y2029 = json.totals.effect['2029'];
    expect(y2029.delta).toBeCloseTo(y2029.new - y2029.old, 9);
  });
});
