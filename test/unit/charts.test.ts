/**
 * The HTML report's charts (issue 15): one colour per sector id and per series in every chart, the
 * pathway's lines from the latest actual year, and the gap bridge whose steps add up.
 */
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/report.js';
import { valueInYear } from '../../src/compute/years.js';
import { labelsFor } from '../../src/i18n/index.js';
import {
  abatementSpec,
  bridgeSteps,
  bridgeYears,
  pathwaySpec,
  sectorColours,
  sectorEffectSpec,
  seriesColours,
} from '../../src/render/html/charts.js';
import { makeBudget, makeCost, makeMeasure, makeTarget } from '../fixtures/budgets.js';

const words = labelsFor('en').html;

/** Two sectors with measures; the target excludes industry; a milestone; emissions known to 2024. */
function report(targetYear = 2030) {
  return computeReport(
    makeBudget({
      inventory: {
        territorial: {
          2015: { road_traffic: 1000, heating: 400, industry: 5000 },
          2024: { road_traffic: 900, heating: 300, industry: 5000 },
        },
      },
      measures: [
        makeMeasure({ id: 'H-1', sector: 'heating', effect: 50, cost: makeCost({ annual: 5000 }) }),
        makeMeasure({ id: 'R-1', sector: 'road_traffic', effect: 120, cost: makeCost({ annual: 3000 }) }),
      ],
      targets: [
        makeTarget({
          id: 't',
          year: targetYear,
          reductionPct: 50,
          sectors: ['heating', 'road_traffic'],
          ...(targetYear > 2026 ? { milestones: [{ year: 2026, reductionPct: 20 }] } : {}),
        }),
      ],
    }),
  );
}

type Layer = {
  data?: { values: Record<string, unknown>[] };
  encoding?: Record<string, { scale?: { range?: string[] } }>;
};

describe('chart colours', () => {
  it('are one per sector id, the same in the effect chart and the cost curve, and all distinct', () => {
    const computed = report();
    const effect = sectorEffectSpec(computed, words, 'territorial', 'en') as { encoding: Layer['encoding'] };
    const curve = abatementSpec(computed, words, 'territorial', 'en') as { layer: Layer[] };
    const effectRange = effect.encoding?.color?.scale?.range;
    // Heating before road traffic in sector order, each its own fixed colour.
    expect(effectRange).toEqual([sectorColours.heating, sectorColours.road_traffic]);
    const curveRange = curve.layer[0]?.encoding?.color?.scale?.range ?? [];
    for (const colour of curveRange) expect(effectRange).toContain(colour);
    const palette = Object.values(sectorColours);
    expect(new Set(palette).size).toBe(palette.length);
    expect(new Set(Object.values(seriesColours)).size).toBe(Object.values(seriesColours).length);
  });
});

describe('the pathway', () => {
  const seriesOf = (spec: { layer: Layer[] }, series: string) =>
    spec.layer
      .flatMap((layer) => layer.data?.values ?? [])
      .filter((row) => row.series === series)
      .map((row) => row.year);

  it('starts the limit, the baseline and both projections at the latest actual year', () => {
    const spec = pathwaySpec(report().targets[0] as never, words) as { layer: Layer[] };
    for (const series of [words.series.path, words.series.baseline, words.series.projected, words.series.decided]) {
      expect(seriesOf(spec, series)[0], series).toBe(2024);
    }
    // Milestones and the target marked.
    const marks = spec.layer.at(-1)?.data?.values ?? [];
    expect(marks.map((mark) => [mark.year, mark.mark])).toEqual([
      [2026, words.series.milestone],
      [2030, words.series.target],
    ]);
  });

  it('draws a target one year ahead as a line, not a lone dot', () => {
    const spec = pathwaySpec(report(2025).targets[0] as never, words) as { layer: Layer[] };
    expect(seriesOf(spec, words.series.path)).toEqual([2024, 2025]);
  });
});

describe('the gap bridge', () => {
  it('goes from the baseline by each sector of the target to the projection, and ends at the gap', () => {
    const computed = report();
    const target = computed.targets[0];
    if (target === undefined) throw new Error('no target');
    expect(bridgeYears(computed, target)).toEqual([2029, 2030]);
    for (const year of bridgeYears(computed, target)) {
      const steps = bridgeSteps(computed, target, year, words, 'en');
      const [baseline, ...rest] = steps;
      const sectors = rest.slice(0, -3);
      // Industry is outside the target: no step of its own.
      expect(sectors.map((step) => step.step)).toEqual(['Heating', 'Road traffic']);
      const projected = steps.at(-3)?.value ?? Number.NaN;
      expect((baseline?.value ?? 0) + sectors.reduce((sum, step) => sum + step.value, 0)).toBeCloseTo(projected, 6);
      expect(steps.at(-1)?.value).toBeCloseTo(valueInYear(target.years, target.gap, year) ?? Number.NaN, 6);
      expect(steps.at(-1)?.from).toBe(steps.at(-2)?.value);
    }
  });
});
