import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/report.js';
import { renderOverviewHtml } from '../../src/render/html/overview-page.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { buildCountyTable, buildOverviewTable, overviewFigures } from '../../src/render/tables/overview.js';
import { makeBudget, makeMeasure, makeTarget } from '../fixtures/budgets.js';

/** Testvik: 1000 t in 2015, 900 t in 2024, a 50 % cut by 2030, one measure of 50 t. */
const report = computeReport(
  makeBudget({
    manifest: { municipality: { name: 'Testvik <a|b>', number: '9999' } },
    inventory: { territorial: { 2015: { road_traffic: 1000 }, 2024: { road_traffic: 900 } } },
    measures: [makeMeasure({ id: 'A', effect: 50 })],
    targets: [
      makeTarget({ id: 'past', year: 2025, reductionPct: 20 }),
      makeTarget({ id: 't2030', year: 2030, reductionPct: 50 }),
    ],
  }),
);

describe("report's overview", () => {
  const table = buildOverviewTable(
    [
      { dir: 'budsjett/testvik', name: 'Testvik (ny) ø', report },
      { dir: 'budsjett/broken', name: 'broken' },
    ],
    'en',
  );
  const values = (row: number) =>
    Object.fromEntries(table.columns.map((column, index) => [column.id, table.rows[row]?.cells[index]]));

  it('shows the figures of the target the plan works towards, in the last plan year', () => {
    const target = report.targets.find((item) => item.id === 't2030');
    const last = target?.years.indexOf(2029) ?? -1;
    expect(values(0)).toMatchObject({
      municipality: 'Testvik <a|b>',
      number: '9999',
      plan: '2026–2029',
      target: 't2030',
      target_year: 2030,
      latest_year: 2024,
      latest: 900,
      change_pct: -10,
      level: 500,
      gap: target?.gap[last],
      coverage: target?.coverage[last],
      measures: 1,
      status: 'written',
      html: 'Testvik (ny) ø.html',
    });
    expect(table.caption).toBe('1 of 2 budgets written. Tonnes CO2e.');
  });

  it('lists a failed folder by its path, with nothing but its status', () => {
    const cells = table.rows[1]?.cells ?? [];
    expect(cells.filter((cell) => cell !== null)).toEqual(['budsjett/broken', 'failed: not written']);
  });

  it('has a status column only when a folder failed, and a number column only when a budget has a number', () => {
    const allWritten = buildOverviewTable([{ dir: 'a', name: 'a', report }], 'nb');
    expect(allWritten.columns.map((column) => column.id)).not.toContain('status');
    expect(table.columns.map((column) => column.id)).toContain('status');
    const unnumbered = { ...report, municipality: { name: 'Testvik', number: null } };
    const withoutNumbers = buildOverviewTable([{ dir: 'a', name: 'a', report: unnumbered }], 'nb');
    expect(withoutNumbers.columns.map((column) => column.id)).not.toContain('number');
    expect(allWritten.columns.map((column) => column.id)).toContain('number');
  });

  it('links the name and the documents, percent-encoded, in Markdown and HTML, and escapes the text', () => {
    const markdown = renderMarkdown([table], { language: 'en' });
    expect(markdown).toContain('| [Testvik \\<a\\|b\\>](Testvik%20%28ny%29%20%C3%B8.html) | 9999 |');
    expect(markdown).toContain('[Testvik (ny) ø.xlsx](Testvik%20%28ny%29%20%C3%B8.xlsx)');
    expect(markdown).toMatch(/\| budsjett\/broken \|/);
    const html = renderOverviewHtml(table, 'en', '0.0.0');
    expect(html).toContain('<td><a href="Testvik%20%28ny%29%20%C3%B8.html">Testvik &#60;a|b&#62;</a></td>');
    expect(html).toContain('<td>budsjett/broken</td>');
    expect(html).not.toMatch(/<script|https?:/);
  });
});

describe("report's county totals", () => {
  /** A budget of a municipality with 1100 t in 2015, 1000 t in 2024 (two sectors) and a 50 % target for 2030. */
  const budget = (number: string, sectors: 'all' | readonly string[] = 'all') =>
    computeReport(
      makeBudget({
        manifest: { municipality: { name: `Kommune ${number}`, number } },
        inventory: {
          territorial: { 2015: { road_traffic: 1000, heating: 100 }, 2024: { road_traffic: 900, heating: 100 } },
        },
        measures: [makeMeasure({ id: 'A', effect: 50 })],
        targets: [makeTarget({ id: 't2030', year: 2030, reductionPct: 50, sectors })],
      }),
    );
  const values = (table: ReturnType<typeof buildCountyTable>, row: number) =>
    Object.fromEntries((table?.columns ?? []).map((column, index) => [column.id, table?.rows[row]?.cells[index]]));

  it('sums the budgets of a county (from the municipality number) per scope', () => {
    // Porsgrunn (4001) and Skien (4003) are in Telemark; a failed folder is left out.
    const table = buildCountyTable(
      [
        { dir: 'a', name: 'a', figures: overviewFigures(budget('4001')) },
        { dir: 'b', name: 'b', report: budget('4003') },
        { dir: 'c', name: 'c' },
      ],
      'en',
    );
    expect(values(table, 0)).toMatchObject({
      county: 'Telemark',
      scope: 'Territorial',
      budgets: 2,
      latest: 2000,
      level: 1100,
    });
    expect(table?.rows).toHaveLength(1);
  });

  it('says why it does not add budgets whose targets cover different sectors', () => {
    const table = buildCountyTable(
      [
        { dir: 'a', name: 'a', report: budget('4001') },
        { dir: 'b', name: 'b', report: budget('4003', ['road_traffic']) },
      ],
      'en',
    );
    expect(values(table, 0)).toMatchObject({ budgets: 2, latest: null, gap: null });
    expect(String(values(table, 0).note)).toMatch(/^Not summed: the targets cover different sectors/);
  });

  it('keeps the overview figures small: the same row from the figures as from the report', () => {
    const report = budget('4001');
    const fromReport = buildOverviewTable([{ dir: 'a', name: 'a', report }], 'nb');
    const fromFigures = buildOverviewTable([{ dir: 'a', name: 'a', figures: overviewFigures(report) }], 'nb');
    expect(fromFigures).toEqual(fromReport);
    expect(JSON.stringify(overviewFigures(report)).length).toBeLessThan(1000);
  });
});
