/**
 * The charts' compiled shapes and their Views are reused (src/render/html/chart-render.ts): a chart
 * drawn from a shape compiled, and a View run, for another budget's data must be byte for byte the
 * chart compiled whole — also for data that changes a chart's look (no actuals, one sector, huge
 * or negative numbers, names with markup, a budget's own categories).
 */
import { describe, expect, it } from 'vitest';
import type { BudgetReport } from '../../src/compute/budget-report.js';
import { computeReport } from '../../src/compute/report.js';
import { labelsFor } from '../../src/i18n/index.js';
import type { Language } from '../../src/model/budget.js';
import { sectorCatalogue } from '../../src/model/sectors.js';
import { renderCharts, type Spec, separateValues } from '../../src/render/html/chart-render.js';
import { abatementSpec, bridgeSpec, bridgeYears, pathwaySpec, sectorEffectSpec } from '../../src/render/html/charts.js';
import { type BudgetSpec, makeBudget, makeCost, makeMeasure, makeTarget } from '../fixtures/budgets.js';

/** Every chart of a report, as the HTML report draws them. */
function chartSpecs(report: BudgetReport, language: Language): Spec[] {
  const words = labelsFor(language).html;
  const scopes = [...new Set(report.totals.scopes.map((scope) => scope.scope))];
  return [
    ...report.targets.map((target) => pathwaySpec(target, words)),
    ...scopes.map((scope) => sectorEffectSpec(report, words, scope, language)),
    ...scopes.map((scope) => abatementSpec(report, words, scope, language)),
    ...report.targets
      .filter((target) => bridgeYears(report, target).length > 0)
      .map((target) => bridgeSpec(report, target, words, language)),
  ];
}

/** Two sectors with measures and costs, emissions known to 2024, a milestone; `scale` multiplies every figure. */
function budget(scale = 1, spec: BudgetSpec = {}): BudgetSpec {
  return {
    inventory: {
      territorial: {
        2015: { road_traffic: 1000 * scale, heating: 400 * scale },
        2024: { road_traffic: 900 * scale, heating: 300 * scale },
      },
    },
    measures: [
      makeMeasure({ id: 'H-1', sector: 'heating', effect: 50 * scale, cost: makeCost({ annual: 5000 * scale }) }),
      makeMeasure({ id: 'R-1', sector: 'road_traffic', effect: 120 * scale, cost: makeCost({ annual: 3000 }) }),
    ],
    targets: [makeTarget({ id: 't', year: 2030, reductionPct: 50, milestones: [{ year: 2026, reductionPct: 20 }] })],
    ...spec,
  };
}

const markup = '<script>alert("x")</script> & \'q\' ]]> {{y}}';
const hostile: Record<string, BudgetSpec> = {
  'the usual budget': budget(),
  'huge numbers': budget(1e9),
  'tiny numbers': budget(1e-6),
  'measures that raise emissions': budget(1, {
    measures: [
      makeMeasure({ id: 'H-1', sector: 'heating', effect: -400, cost: makeCost({ annual: -5000 }) }),
      makeMeasure({ id: 'R-1', sector: 'road_traffic', effect: 20, cost: makeCost({ annual: 3000 }) }),
    ],
  }),
  'no actuals': budget(1, { inventory: {} }),
  'one sector': budget(1, {
    inventory: { territorial: { 2015: { heating: 400 }, 2024: { heating: 300 } } },
    measures: [makeMeasure({ id: 'H-1', sector: 'heating', effect: 50, cost: makeCost({ annual: 5000 }) })],
  }),
  'no measures': budget(1, { measures: [] }),
  'a target a year ahead and no milestones': budget(1, {
    targets: [makeTarget({ id: 't', year: 2025, reductionPct: 5 })],
  }),
  'names with markup and an own category': budget(1, {
    manifest: {
      municipality: { name: markup, number: null },
      sectors: sectorCatalogue([{ id: 'own', scope: 'own_operations', nb: markup, nn: markup, en: markup }]),
    },
    inventory: {
      territorial: { 2015: { heating: 400 }, 2024: { heating: 300 } },
      own_operations: { 2015: { own: 1000, heating: 40 }, 2024: { own: 900, heating: 30 } },
    },
    measures: [
      makeMeasure({
        id: markup,
        sector: 'own',
        scope: 'own_operations',
        effect: 500,
        cost: makeCost({ annual: 5000 }),
      }),
      makeMeasure({ id: 'H-1', sector: 'heating', effect: 50, cost: makeCost({ annual: 3000 }) }),
    ],
    targets: [
      makeTarget({ id: 't', year: 2030, reductionPct: 50 }),
      makeTarget({ id: 'o', scope: 'own_operations', year: 2030, reductionPct: 60 }),
    ],
  }),
};

describe('charts drawn from a reused shape', () => {
  for (const language of ['en', 'nb'] as const) {
    it(`are the charts compiled whole, for every hostile budget in turn (${language})`, async () => {
      const shapes = new Map<string, Set<string>>();
      for (const [name, spec] of Object.entries(hostile)) {
        const specs = chartSpecs(computeReport(makeBudget(spec)), language);
        expect(specs.length, name).toBeGreaterThan(0);
        const whole = await renderCharts(specs, language, { reuse: false });
        // Twice: the first may compile the shape, the second draws from it.
        expect(await renderCharts(specs, language), name).toEqual(whole);
        expect(await renderCharts(specs, language), name).toEqual(whole);
        for (const chart of specs) {
          const { shape, values } = separateValues(chart);
          const key = JSON.stringify(shape);
          shapes.set(key, (shapes.get(key) ?? new Set()).add(JSON.stringify(values)));
        }
      }
      // The reuse was put to the test: shapes drawn with different data.
      expect(Math.max(...[...shapes.values()].map((data) => data.size))).toBeGreaterThan(3);
      // The markup reached the charts as text, escaped.
      const marked = await renderCharts(
        chartSpecs(computeReport(makeBudget(hostile['names with markup and an own category'])), language),
        language,
      );
      expect(marked.join('')).toContain('&lt;script&gt;');
      expect(marked.join('')).not.toContain('<script>');
    });
  }

  it('are the charts compiled whole whatever budget a reused View drew before', async () => {
    // A View is reused per shape: every hostile budget drawn right after every other one.
    const language = 'nb';
    const specs = Object.values(hostile).map((spec) => chartSpecs(computeReport(makeBudget(spec)), language));
    const whole = await Promise.all(specs.map((charts) => renderCharts(charts, language, { reuse: false })));
    for (const [before, earlier] of specs.entries()) {
      for (const [index, charts] of specs.entries()) {
        if (index === before) continue;
        await renderCharts(earlier, language);
        expect(await renderCharts(charts, language), `${index} after ${before}`).toEqual(whole[index]);
      }
    }
  });

  it('take every inline data source out, and only those', () => {
    const spec = {
      data: { values: [{ a: 1 }] },
      layer: [
        { data: { values: [] }, mark: 'line' },
        { data: { url: 'x.csv' }, mark: 'bar' },
      ],
      spec: { data: { values: [{ b: 2 }] } },
    };
    expect(separateValues(spec)).toEqual({
      shape: {
        data: { name: 'kb_values_0' },
        layer: [
          { data: { name: 'kb_values_1' }, mark: 'line' },
          { data: { url: 'x.csv' }, mark: 'bar' },
        ],
        spec: { data: { name: 'kb_values_2' } },
      },
      values: [[{ a: 1 }], [], [{ b: 2 }]],
    });
  });
});
