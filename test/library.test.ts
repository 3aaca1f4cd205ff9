/** The library API (src/index.ts → dist/bundle/index.js, the package's "exports"): usable without the CLI. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot } from './helpers/run-cli.js';

/** The module the package's "exports" name for `import 'klimabudsjett'`. */
const entry = join(
  projectRoot,
  JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).exports['.'].default,
);

it('checks, computes and renders a budget through the built package entry', async () => {
  const library = await import(entry);
  const checked = library.checkBudget('examples/porsgrunn', { cwd: projectRoot });
  expect(checked.diagnostics).toEqual([]);
  const json = JSON.parse(library.renderJson(checked.report, checked.budget.manifest.language));
  const target = json.targets.find((candidate: { id: string }) => candidate.id === 'kep-2025');
  expect(target.progress.achieved_pct).toBeCloseTo(17.8688, 3);
  const tables = library.toTables(checked.report, { language: 'en', factors: [...checked.budget.factors.values()] });
  expect(library.renderMarkdown(tables, { language: 'en', documentTitle: 'Porsgrunn' })).toContain('| VT-1 ');
});

it('compares two computed budgets through the package entry', async () => {
  const library = await import(entry);
  const { report } = library.checkBudget('examples/porsgrunn', { cwd: projectRoot });
  const diff = library.diffReports(report, report);
  expect(library.hasChanges(diff)).toBe(false);
  const sides = { old: { kind: 'folder', name: 'a' }, new: { kind: 'folder', name: 'b' } };
  expect(JSON.parse(library.renderDiffJson(diff, sides))).toMatchObject({ changed: false, measures: [] });
});

it('renders the HTML report through the package entry', async () => {
  const library = await import(entry);
  const { report, budget } = library.checkBudget('examples/porsgrunn', { cwd: projectRoot });
  const html = await library.renderHtmlReport(report, {
    factors: budget.factors.values(),
    language: budget.manifest.language,
    version: 'test',
  });
  expect(html).toMatch(/^<!DOCTYPE html>/);
  expect(html).toContain('Laget med klimabudsjett test.');
});

it("renders a batch's overview through the package entry", async () => {
  const library = await import(entry);
  const { report } = library.checkBudget('examples/porsgrunn', { cwd: projectRoot });
  const table = library.buildOverviewTable([{ dir: 'examples/porsgrunn', name: 'porsgrunn', report }], 'en');
  expect(library.renderMarkdown([table], { language: 'en' })).toContain('| [Porsgrunn](porsgrunn.html) | 4001 |');
  expect(library.renderOverviewHtml(table, 'en', 'test')).toContain('<a href="porsgrunn.xlsx">porsgrunn<wbr>.xlsx</a>');
});
