/**
 * `categories:` in the manifest (SPEC §2.1, §4.1): own categories of the own_operations and
 * indirect scopes, usable as the sector of that scope's inventory and measures, labelled per
 * language, sorted after the built-in sectors in declared order, never clashing with a sector id.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeReport } from '../src/compute/report.js';
import { loadBudget } from '../src/load/load-budget.js';
import { listingTables } from '../src/render/tables/index.js';

const root = mkdtempSync(join(tmpdir(), 'klimabudsjett-categories-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let count = 0;
/** Writes a budget folder: a manifest with `categories`, an indirect inventory and measures. */
function budgetWith(categories: string, measures: string, inventory = '2024: { goods: 500, food: 300, other: 10 }') {
  const dir = join(root, `b${count++}`);
  mkdirSync(join(dir, 'inventory'), { recursive: true });
  mkdirSync(join(dir, 'measures'), { recursive: true });
  writeFileSync(
    join(dir, 'budget.yaml'),
    `schema_version: 1
municipality: { name: Testvik }
language: en
plan_period: { start: 2026, end: 2029 }
categories:
${categories}
targets:
  - { id: ind, scope: indirect, base_year: 2024, year: 2030, reduction_pct: 20 }
`,
  );
  writeFileSync(
    join(dir, 'inventory', 'indirect.yaml'),
    `schema_version: 1\nscope: indirect\nyears:\n  ${inventory}\n`,
  );
  writeFileSync(join(dir, 'measures', 'm.yaml'), `schema_version: 1\nmeasures:\n${measures}`);
  return loadBudget(dir, { cwd: dir });
}

const foodAndGoods = `  indirect:
    - { id: food, nb: Mat, en: Food }
    - { id: goods, nb: Varer, nn: Varer, en: Goods }`;

const measure = (id: string, sector: string, scope = 'indirect') =>
  `  - { id: ${id}, title: ${id}, sector: ${sector}, scope: ${scope}, responsible: X, status: adopted, start: 2026, effect: { t_co2e: 10 } }\n`;

describe('categories of a scope', () => {
  it('are sectors of their scope, sorted after the built-in ids in declared order, with labels per language', () => {
    const result = budgetWith(foodAndGoods, measure('A', 'goods') + measure('B', 'food') + measure('C', 'other'));
    expect(result.diagnostics.filter((item) => item.severity === 'error')).toEqual([]);
    const report = computeReport(result.budget as NonNullable<typeof result.budget>);
    expect(report.scopes[0]?.sectors).toEqual(['other', 'food', 'goods']);
    expect(report.measures.map((item) => item.id)).toEqual(['C', 'B', 'A']);
    const bySector = listingTables.measures(report, { language: 'en', by: 'sector' })[0];
    expect(bySector?.rows.map((row) => row.cells[0])).toEqual(['Other', 'Food', 'Goods', 'Total']);
    const nn = listingTables.measures(report, { language: 'nn', by: 'sector' })[0];
    // nn falls back to the nb label when not given.
    expect(nn?.rows.map((row) => row.cells[0])).toEqual(['Anna', 'Mat', 'Varer', 'Sum']);
  });

  it('a category id that is a sector id is a duplicate-id error at the id', () => {
    const result = budgetWith(
      `  indirect:\n    - { id: heating, nb: Varme }\n    - { id: other, nb: Annet }`,
      measure('A', 'other'),
    );
    const clashes = result.diagnostics.filter((item) => item.code === 'duplicate-id');
    expect(clashes.map((item) => [item.file, item.range?.start.line, item.severity])).toEqual([
      ['budget.yaml', 7, 'error'],
      ['budget.yaml', 8, 'error'],
    ]);
    expect(clashes[0]?.message).toContain('"heating" is already a sector id');
  });

  it('a category declared twice for a scope is a duplicate-id error', () => {
    const result = budgetWith(
      `  indirect:\n    - { id: food, nb: Mat }\n    - { id: food, nb: Mat igjen }`,
      measure('A', 'food'),
    );
    expect(
      result.diagnostics.filter((item) => item.code === 'duplicate-id').map((item) => item.range?.start.line),
    ).toEqual([8]);
  });

  it('belong to their scope only; an unknown sector is hinted with the categories', () => {
    const result = budgetWith(foodAndGoods, measure('A', 'food', 'own_operations') + measure('B', 'fod'));
    const unknown = result.diagnostics.filter((item) => item.code === 'unknown-sector');
    expect(unknown).toHaveLength(2);
    expect(unknown[0]?.message).toBe('"food" is a category of the indirect scope, not of the own_operations scope.');
    expect(unknown[1]?.hint).toContain('"food"');
  });

  it('the schema refuses a category without an id or with an unknown key', () => {
    const result = budgetWith(`  indirect:\n    - { nb: Mat, colour: red }`, measure('A', 'other'));
    expect(result.diagnostics.filter((item) => item.code === 'schema').length).toBeGreaterThanOrEqual(2);
  });
});
