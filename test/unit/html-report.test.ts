import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/report.js';
import { renderHtmlReport } from '../../src/render/html/html-report.js';
import { makeBudget, makeMeasure, makeTarget } from '../fixtures/budgets.js';

describe('the key figures of the HTML report', () => {
  it('show each target in or after the plan period at the last plan year, or at its target year if earlier', async () => {
    const report = computeReport(
      makeBudget({
        inventory: { territorial: { 2015: { road_traffic: 1000 }, 2024: { road_traffic: 900 } } },
        measures: [makeMeasure({ id: 'A', effect: 50 })],
        targets: [
          makeTarget({ id: 'past', year: 2025, reductionPct: 20 }),
          makeTarget({ id: 'soon', year: 2027, reductionPct: 30 }),
          makeTarget({ id: 'later', year: 2030, reductionPct: 50 }),
        ],
      }),
    );
    const html = await renderHtmlReport(report, { factors: [], language: 'en', version: '0.0.0' });
    const cards = [...html.matchAll(/<div class="target"><h3>([^<]+)<\/h3>.*?<div class="label">([^<]+)<\/div>/g)].map(
      (match) => [match[1], match[2]],
    );
    expect(cards).toEqual([
      ['soon', 'Gap 2027 with decided measures'],
      ['later', 'Gap 2029 with decided measures'],
    ]);
  });

  it('show the gap with decided measures beside the gap with proposals', async () => {
    const report = computeReport(
      makeBudget({
        manifest: { planPeriod: { start: 2026, end: 2029 } },
        inventory: { territorial: { 2015: { road_traffic: 1000 }, 2024: { road_traffic: 900 } } },
        measures: [makeMeasure({ id: 'A', effect: 50 }), makeMeasure({ id: 'P', status: 'proposed', effect: 30 })],
        targets: [makeTarget({ id: 't', year: 2030, reductionPct: 50 })],
      }),
    );
    const [target] = report.targets;
    const at2029 = (values: readonly number[] | undefined) => values?.[target?.years.indexOf(2029) ?? -1];
    const html = await renderHtmlReport(report, { factors: [], language: 'en', version: '0.0.0' });
    const cards = [...html.matchAll(/<div class="value">([^<]+)<\/div><div class="label">([^<]+)<\/div>/g)]
      .slice(0, 2)
      .map((match) => [match[2], match[1]]);
    expect(cards).toEqual([
      ['Gap 2029 with decided measures', `${Math.round(at2029(target?.decided.gap) ?? Number.NaN)} t`],
      ['Gap 2029 with proposals', `${Math.round(at2029(target?.gap) ?? Number.NaN)} t`],
    ]);
    // The proposal's 30 t is the difference.
    expect((at2029(target?.decided.gap) ?? 0) - (at2029(target?.gap) ?? 0)).toBeCloseTo(30, 9);
  });
});
