/**
 * SPEC §5.6: tonnes of different scopes are never added together, in any output. examples/asker
 * counts measures of all three scopes; every sum row, total and chart of every output is checked
 * against the sums per scope: each summed tonne figure must be one scope's sum, never a sum over
 * several scopes.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeReport } from '../src/compute/report.js';
import { loadBudget } from '../src/load/load-budget.js';
import { type Scope, scopes } from '../src/model/budget.js';
import { renderHtmlReport } from '../src/render/html/html-report.js';
import { renderJson } from '../src/render/json.js';
import type { Row, Table } from '../src/render/table.js';
import { listingTables, toTables } from '../src/render/tables/index.js';
import { workbookTables } from '../src/render/tables/workbook.js';
import { projectRoot, runCli } from './helpers/run-cli.js';

const dir = join(projectRoot, 'examples', 'asker');
const loaded = loadBudget(dir, { cwd: projectRoot });
if (loaded.budget === undefined) throw new Error('examples/asker does not load');
const budget = loaded.budget;
const report = computeReport(budget);

type Pick = 'effect' | 'effectLow' | 'effectHigh';

/** Σ of the counted measures of each scope, per report year. */
function scopeSums(pick: Pick): Map<Scope, number[]> {
  const sums = new Map<Scope, number[]>();
  for (const measure of report.measures) {
    if (!measure.counted) continue;
    const row = sums.get(measure.scope) ?? report.years.map(() => 0);
    measure[pick].forEach((value, index) => {
      row[index] = (row[index] as number) + value;
    });
    sums.set(measure.scope, row);
  }
  return new Map(scopes.filter((scope) => sums.has(scope)).map((scope) => [scope, sums.get(scope) as number[]]));
}

/** Every sum over two or more scopes, per report year: figures no output may show. */
function crossScopeSums(sums: Map<Scope, number[]>): Set<number>[] {
  const keys = [...sums.keys()];
  return report.years.map((_, index) => {
    const found = new Set<number>();
    for (let mask = 1; mask < 1 << keys.length; mask++) {
      const members = keys.filter((_, bit) => mask & (1 << bit));
      if (members.length < 2) continue;
      const sum = members.reduce((total, scope) => total + ((sums.get(scope) as number[])[index] as number), 0);
      found.add(Math.round(sum * 1e6) / 1e6);
    }
    return found;
  });
}

const central = scopeSums('effect');
const forbidden = crossScopeSums(central);
const forbiddenLow = crossScopeSums(scopeSums('effectLow'));
const forbiddenHigh = crossScopeSums(scopeSums('effectHigh'));

/** The figure of each summed tonne column of a sum row, with the year index and the column id. */
function summedTonnes(table: Table, row: Row): { id: string; index: number; value: number }[] {
  return table.columns.flatMap((column, position) => {
    const value = row.cells[position];
    if (column.type !== 'tonnes' || typeof value !== 'number') return [];
    const year = Number(/(\d{4})$/.exec(column.id)?.[1] ?? report.planPeriod.end);
    return [{ id: column.id, index: report.years.indexOf(year), value }];
  });
}

function expectNoCrossScopeSum(table: Table): void {
  for (const row of table.rows) {
    if (row.role !== 'total' && row.role !== 'summary') continue;
    for (const { id, index, value } of summedTonnes(table, row)) {
      if (index < 0) continue;
      const rounded = Math.round(value * 1e6) / 1e6;
      const sets = id === 'low' ? forbiddenLow : id === 'high' ? forbiddenHigh : forbidden;
      expect(sets[index]?.has(rounded), `${table.id} ${id}: ${value} adds scopes`).toBe(false);
    }
  }
}

describe('examples/asker: measures of three scopes', () => {
  it('counts measures of every scope, so cross-scope sums would be visible', () => {
    expect([...central.keys()]).toEqual(scopes);
    expect(forbidden.every((set) => set.size > 0)).toBe(true);
  });

  it('no listing table (terminal, CSV, Markdown, JSON: one table model) adds tonnes of several scopes', () => {
    const language = 'en' as const;
    const tables: Table[] = [
      ...toTables(report, { language }),
      ...Object.values(listingTables).flatMap((build) => build(report, { language })),
      ...(['sector', 'responsible', 'status', 'scope'] as const).flatMap((by) =>
        listingTables.measures(report, { language, by }),
      ),
      ...listingTables.measures(report, { language, year: 2027, sort: 'effect' }),
    ];
    for (const table of tables) expectNoCrossScopeSum(table);
    // …and each scope's own sum is there, on its own row.
    const measures = tables.find((table) => table.id === 'measures') as Table;
    const end = report.years.indexOf(report.planPeriod.end);
    const sums = measures.rows
      .filter((row) => row.role === 'total' || row.role === 'summary')
      .flatMap((row) => summedTonnes(measures, row).filter((cell) => cell.id === `effect_${report.planPeriod.end}`))
      .map((cell) => cell.value);
    expect(sums).toEqual([...central.values()].map((row) => row[end]));
  });

  it('the summary lists each target with its own measures and shares of its own effect', () => {
    const top = listingTables.summary(report, { language: 'en' }).find((table) => table.id === 'summary-top') as Table;
    const targetAt = top.columns.findIndex((column) => column.id === 'target');
    const idAt = top.columns.findIndex((column) => column.id === 'id');
    const shareAt = top.columns.findIndex((column) => column.id === 'share');
    for (const target of report.targets) {
      const rows = top.rows.filter((row) => row.cells[targetAt] === target.id);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const measure = report.measures.find((candidate) => candidate.id === row.cells[idAt]);
        expect(measure?.scope).toBe(target.scope);
      }
      const shares = rows.reduce((sum, row) => sum + (row.cells[shareAt] as number), 0);
      expect(shares).toBeCloseTo(1, 9);
    }
  });

  it('the JSON report keeps each scope apart and has no total over scopes', () => {
    const json = JSON.parse(renderJson(report, budget.manifest.language)) as {
      totals: Record<
        string,
        {
          total: unknown;
          low: unknown;
          high: unknown;
          by_sector: Record<string, unknown>;
          by_responsible: Record<string, unknown>;
          scopes: Record<string, { total: number }>;
        }
      >;
    };
    // Keys shared by two scopes (road traffic, the property unit) have no flat figure; the others keep theirs.
    const first = json.totals[String(report.planPeriod.start)];
    expect(first?.by_sector.road_traffic).toBeNull();
    expect(first?.by_responsible.Eiendom).toBeNull();
    expect(first?.by_sector.food).toBe(750);
    report.years.forEach((year, index) => {
      const totals = json.totals[String(year)];
      expect(totals?.total).toBeNull();
      expect(totals?.low).toBeNull();
      expect(totals?.high).toBeNull();
      for (const [scope, row] of central) expect(totals?.scopes[scope]?.total).toBeCloseTo(row[index] as number, 9);
      const numbers = JSON.stringify(totals).match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? [];
      for (const text of numbers) expect(forbidden[index]?.has(Number(text)), `totals.${year}: ${text}`).toBe(false);
    });
  });

  it('no workbook sum (a live SUM formula) spans the rows of two scopes', () => {
    for (const table of workbookTables(report, [], {
      factors: budget.factors.values(),
      language: budget.manifest.language,
    })) {
      expectNoCrossScopeSum(table);
      const scopeAt = table.columns.findIndex((column) => column.id === 'scope');
      if (scopeAt < 0) continue;
      let group: unknown[] = [];
      for (const row of table.rows) {
        if (row.role === 'total') {
          expect(new Set(group).size, `${table.id}: a SUM over several scopes`).toBeLessThanOrEqual(1);
          group = [];
        } else if (row.role !== 'summary') group.push(row.cells[scopeAt]);
      }
    }
  });

  it('the HTML report draws a sector chart and a cost curve per scope and shows no cross-scope sum', async () => {
    const html = await renderHtmlReport(report, {
      factors: [...budget.factors.values()],
      language: budget.manifest.language,
      version: 'test',
    });
    const sectors = /<section[^>]*id="sectors"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(sectors.match(/<svg /g)).toHaveLength(3);
    const text = html.replace(/[\u00a0\u202f]/g, ' ');
    const end = report.years.indexOf(report.planPeriod.end);
    for (const sum of forbidden[end] ?? []) {
      const formatted = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 }).format(sum).replace(/\s/g, ' ');
      expect(text.includes(`>${formatted}<`), `HTML shows ${formatted}`).toBe(false);
    }
  });

  it('the CLI listings say the same in every format', async () => {
    for (const format of ['csv', 'md', 'json', 'table']) {
      const result = await runCli(['measures', dir, '--format', format, '--by', 'sector', '--lang', 'en'], projectRoot);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Indirect: total');
      expect(result.stdout).not.toMatch(/\b18[ ,]?150\b/);
    }
  });
});
