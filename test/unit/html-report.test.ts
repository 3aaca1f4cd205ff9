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
    const html = await renderHtmlReport(report, { factors: [], version: '0.0.0' });
    const cards = [...html.matchAll(/<div class="target"><h3>([^<]+)<\/h3>.*?<div class="label">([^<]+)<\/div>/g)].map(
      (match) => [match[1], match[2]],
    );
    expect(cards).toEqual([
      ['soon', 'Gap 2027'],
      ['later', 'Gap 2029'],
    ]);
  });
});
