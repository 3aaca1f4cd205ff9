import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectRangeAt, fullEffectRangeAt } from '../../src/compute/measure-effect.js';
import { phaseAt } from '../../src/compute/phase.js';
import { computeReport } from '../../src/compute/report.js';
import { collectRevisions } from '../../src/compute/revisions.js';
import { diffReports, hasChanges, type YearValues } from '../../src/diff/budget-diff.js';
import type { Budget, Measure, Scope, Status } from '../../src/model/budget.js';
import { renderHtmlReport } from '../../src/render/html/html-report.js';
import { renderJson } from '../../src/render/json.js';
import { makeActivity, makeBudget, makeCost, makeFactor, makeFollowUp, makeMeasure } from '../fixtures/budgets.js';

const sectors = ['heating', 'road_traffic', 'agriculture', 'aviation'] as const;
const allStatuses: readonly Status[] = ['proposed', 'adopted', 'in_progress', 'completed', 'postponed', 'cancelled'];
const factors = [
  makeFactor({ id: 'diesel', kgCo2e: 2.66 }),
  makeFactor({ id: 'el', unit: 'kWh', values: { 2019: 0.017, 2023: 0.015, 2030: 0.005 } }),
];

const tonnes = fc.integer({ min: -20000, max: 200000 }).map((value) => value / 10);

/** A range written in order around the central value, or none. */
const writtenEffect = tonnes.chain((central) =>
  fc.option(
    fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 })).map(([below, above]) => ({
      tCo2e: central,
      low: central - below,
      high: central + above,
    })),
    { nil: { tCo2e: central, low: null, high: null } },
  ),
);

const phaseMap = fc
  .uniqueArray(fc.integer({ min: 2018, max: 2036 }), { minLength: 1, maxLength: 4 })
  .chain((years) =>
    fc.tuple(
      fc.constant(years.sort((a, b) => a - b)),
      fc.array(fc.integer({ min: 0, max: 100 }), { minLength: years.length, maxLength: years.length }),
    ),
  )
  .map(([years, shares]) => Object.fromEntries(years.map((year, index) => [year, (shares[index] as number) / 100])));

const measureArbitrary = (index: number): fc.Arbitrary<Measure> =>
  fc
    .record({
      sector: fc.constantFrom(...sectors),
      scope: fc.constantFrom<Scope>('territorial', 'territorial', 'own_operations'),
      responsible: fc.option(fc.constantFrom('Fleet', 'Property', 'Climate'), { nil: null }),
      status: fc.constantFrom(...allStatuses),
      kind: fc.constantFrom<Measure['kind']>('quantified', 'quantified', 'quantified', 'in_baseline', 'not_quantified'),
      start: fc.integer({ min: 2018, max: 2034 }),
      rampYears: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
      length: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
      phase: fc.option(phaseMap, { nil: null, freq: 4 }),
      effect: writtenEffect,
      activity: fc.option(
        fc.tuple(fc.integer({ min: -100000, max: 100000 }), fc.integer({ min: -1000000, max: 1000000 })),
        { nil: null },
      ),
      uncertaintyPct: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
      cost: fc.option(
        fc.record({ investment: fc.integer({ min: 0, max: 1e7 }), annual: fc.integer({ min: -1e5, max: 1e6 }) }),
        { nil: null },
      ),
    })
    .map((spec) => {
      const usesActivity = spec.activity !== null;
      return makeMeasure({
        id: `M${String(index).padStart(3, '0')}`,
        sector: spec.scope === 'territorial' ? spec.sector : 'other',
        scope: spec.scope,
        responsible: spec.responsible,
        status: spec.status,
        kind: spec.kind,
        start: spec.start,
        fullEffect: spec.rampYears === null ? null : spec.start + spec.rampYears,
        end: spec.length === null ? null : spec.start + spec.length,
        phase: spec.phase,
        effect: spec.kind === 'quantified' && !usesActivity ? spec.effect : null,
        activity:
          spec.kind === 'quantified' && spec.activity !== null
            ? [activityOf(spec.activity[0], 0), activityOf(spec.activity[1], 1)]
            : null,
        uncertaintyPct: usesActivity ? spec.uncertaintyPct : null,
        cost: spec.cost === null ? null : makeCost(spec.cost),
      });
    });

function activityOf(amount: number, factorIndex: number) {
  return makeActivity(factors[factorIndex] as (typeof factors)[number], amount);
}

const budgetArbitrary: fc.Arbitrary<Budget> = fc
  .record({
    latestYear: fc.integer({ min: 2018, max: 2026 }),
    planStart: fc.integer({ min: 2022, max: 2028 }),
    planLength: fc.integer({ min: 0, max: 4 }),
    extraYears: fc.integer({ min: 0, max: 8 }),
    emissions: fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: sectors.length, maxLength: sectors.length }),
    ownOperations: fc.boolean(),
    count: fc.integer({ min: 0, max: 12 }),
    revised: fc.option(fc.tuple(fc.integer({ min: 2020, max: 2032 }), tonnes), { nil: null }),
  })
  .chain((spec) =>
    fc.tuple(fc.constant(spec), fc.tuple(...Array.from({ length: spec.count }, (_, index) => measureArbitrary(index)))),
  )
  .map(([spec, measures]) => {
    const inventoryYear = Object.fromEntries(sectors.map((sector, index) => [sector, spec.emissions[index] as number]));
    const planEnd = spec.planStart + spec.planLength;
    return makeBudget({
      manifest: { planPeriod: { start: spec.planStart, end: planEnd }, horizon: planEnd + spec.extraYears },
      inventory: {
        territorial: { 2015: inventoryYear, [spec.latestYear]: inventoryYear },
        ...(spec.ownOperations ? { own_operations: { [spec.latestYear]: { other: 500 } } } : {}),
      },
      measures,
      followups:
        spec.revised === null || measures.length === 0
          ? []
          : [
              makeFollowUp(String(spec.revised[0]), {
                [(measures[0] as Measure).id]: { revisedTCo2e: spec.revised[1] },
              }),
            ],
    });
  });

function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

function sumColumn(rows: readonly { values: readonly number[] }[], index: number): number {
  let sum = 0;
  for (const row of rows) sum += row.values[index] ?? 0;
  return sum;
}

describe('properties of the engine', () => {
  it("totals by sector, responsible and status sum to their scope's total in every year", () => {
    fc.assert(
      fc.property(budgetArbitrary, (budget) => {
        const { totals } = computeReport(budget);
        totals.years.forEach((_, index) => {
          for (const scope of totals.scopes) {
            const total = scope.total[index] as number;
            for (const rows of [scope.bySector, scope.byResponsible, scope.byStatus]) {
              expect(close(sumColumn(rows, index), total)).toBe(true);
            }
          }
          expect(totals.byScope.map((row) => row.values[index])).toEqual(totals.scopes.map((s) => s.total[index]));
        });
      }),
    );
  });

  it('|E(y)| ≤ |E*(y)| for every measure and year', () => {
    fc.assert(
      fc.property(budgetArbitrary, fc.integer({ min: 2015, max: 2040 }), (budget, year) => {
        const revisions = collectRevisions(budget.followups);
        for (const measure of budget.measures) {
          const effect = effectRangeAt(measure, year, revisions.get(measure.id)).central;
          const full = fullEffectRangeAt(measure, year, revisions.get(measure.id)).central;
          expect(Math.abs(effect)).toBeLessThanOrEqual(Math.abs(full) + 1e-12);
        }
      }),
    );
  });

  it('the phase is monotone without end and without explicit phase', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2040 }),
        fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
        fc.integer({ min: 1990, max: 2060 }),
        fc.integer({ min: 0, max: 30 }),
        (start, ramp, year, step) => {
          const measure = { start, fullEffect: ramp === null ? null : start + ramp, end: null, phase: null };
          const earlier = phaseAt(measure, year);
          const later = phaseAt(measure, year + step);
          expect(earlier).toBeGreaterThanOrEqual(0);
          expect(later).toBeLessThanOrEqual(1);
          expect(earlier).toBeLessThanOrEqual(later);
        },
      ),
    );
  });

  it('projected = baseline − effect per scope, sector and year', () => {
    fc.assert(
      fc.property(budgetArbitrary, (budget) => {
        for (const scope of computeReport(budget).scopes) {
          for (const projectedRow of scope.projected.bySector) {
            const baselineRow = scope.baseline.bySector.find((row) => row.key === projectedRow.key);
            const effectRow = scope.effect.bySector.find((row) => row.key === projectedRow.key);
            projectedRow.values.forEach((value, index) => {
              const expected = (baselineRow?.values[index] ?? Number.NaN) - (effectRow?.values[index] ?? 0);
              expect(close(value, expected)).toBe(true);
            });
          }
          scope.projected.total.forEach((value, index) => {
            expect(close(value, (scope.baseline.total[index] as number) - (scope.effect.total[index] as number))).toBe(
              true,
            );
          });
        }
      }),
    );
  });

  it('low ≤ central ≤ high when the written range is ordered', () => {
    fc.assert(
      fc.property(budgetArbitrary, (budget) => {
        for (const measure of computeReport(budget).measures) {
          measure.effect.forEach((central, index) => {
            expect(measure.effectLow[index] as number).toBeLessThanOrEqual(central + 1e-9);
            expect(measure.effectHigh[index] as number).toBeGreaterThanOrEqual(central - 1e-9);
          });
        }
      }),
    );
  });

  it('the scope effect is the sum of the counted measures of the scope', () => {
    fc.assert(
      fc.property(budgetArbitrary, (budget) => {
        const report = computeReport(budget);
        for (const scope of report.scopes) {
          const counted = report.measures.filter((measure) => measure.counted && measure.scope === scope.scope);
          scope.effect.years.forEach((year, index) => {
            const column = report.years.indexOf(year);
            if (column < 0) return;
            const sum = counted.reduce((total, measure) => total + (measure.effect[column] as number), 0);
            expect(close(scope.effect.total[index] as number, sum)).toBe(true);
          });
        }
      }),
    );
  });

  it('renders JSON that parses, without NaN or Infinity, identically on a second run', () => {
    fc.assert(
      fc.property(budgetArbitrary, (budget) => {
        const text = renderJson(computeReport(budget), budget.manifest.language);
        expect(() => JSON.parse(text)).not.toThrow();
        expect(text).not.toMatch(/NaN|Infinity/);
        expect(renderJson(computeReport(budget), budget.manifest.language)).toBe(text);
      }),
      { numRuns: 30 },
    );
  });

  it("a diff of measures moves the sums by the sum of the measures' changes, and a budget equals itself", () => {
    const edit = fc.constantFrom('keep', 'drop', 'status', 'scale');
    fc.assert(
      fc.property(budgetArbitrary, fc.array(edit, { minLength: 12, maxLength: 12 }), (written, edits) => {
        // The diff's effect total exists for measures of one scope (tonnes of several are never added).
        const budget = { ...written, measures: written.measures.map((m) => ({ ...m, scope: 'territorial' as const })) };
        const writtenReport = computeReport(written);
        const mixed = diffReports(writtenReport, writtenReport);
        if (writtenReport.totals.scopes.length > 1)
          expect(mixed.effect.every((value) => value.old === null && value.new === null)).toBe(true);
        const measures = budget.measures.flatMap((measure, index): Measure[] => {
          const change = index === 0 ? 'keep' : edits[index];
          if (change === 'drop') return [];
          if (change === 'status')
            return [{ ...measure, status: measure.status === 'adopted' ? 'proposed' : 'adopted' }];
          if (change === 'scale' && measure.effect !== null) {
            return [{ ...measure, effect: { ...measure.effect, tCo2e: measure.effect.tCo2e * 2 } }];
          }
          return [measure];
        });
        const older = computeReport(budget);
        const diff = diffReports(older, computeReport({ ...budget, measures }));
        expect(hasChanges(diffReports(older, computeReport(budget)))).toBe(false);
        for (const [index, year] of diff.years.entries()) {
          const change = (values: readonly { old: number | null; new: number | null }[]) =>
            values.reduce((sum, value) => sum + (value.new ?? 0) - (value.old ?? 0), 0);
          const effectOfMeasures = change(diff.measures.map((measure) => measure.countedEffect[index] as YearValues));
          const costOfMeasures = change(diff.measures.map((measure) => measure.countedCost[index] as YearValues));
          const total = diff.effect[index] as YearValues;
          const cost = diff.cost[index] as YearValues;
          expect(close(effectOfMeasures, (total.new ?? 0) - (total.old ?? 0)), `effect ${year}`).toBe(true);
          expect(close(costOfMeasures, (cost.new ?? 0) - (cost.old ?? 0)), `cost ${year}`).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('renders the HTML report of any budget without holes', async () => {
    await fc.assert(
      fc.asyncProperty(budgetArbitrary, async (budget) => {
        const html = await renderHtmlReport(computeReport(budget), {
          factors,
          language: budget.manifest.language,
          version: 'test',
        });
        expect(html).toMatch(/<\/html>\n$/);
        expect(html).not.toMatch(/NaN|undefined|Infinity|\[object Object\]/);
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});
