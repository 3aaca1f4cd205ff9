/**
 * Scale: the workbook of a generated 10 000-measure budget goes through exceljs's streaming writer
 * without being asked, and one of 2 000 targets names its figures in seconds. Timing and memory
 * are otherwise `npm run bench`'s business (scripts/bench.js).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { computeReport } from '../src/compute/report.js';
import { checkBudget } from '../src/load/check-budget.js';
import { canCompute } from '../src/load/load-budget.js';
import { workbookTables } from '../src/render/tables/workbook.js';
import { fixedWorkbookDate } from '../src/render/xlsx/workbook-date.js';
import { usesStreaming, writeXlsx } from '../src/render/xlsx/write-xlsx.js';
import { makeBudget, makeTarget } from './fixtures/budgets.js';
import { projectRoot } from './helpers/run-cli.js';
import { loadWorkbook, xlsxToText } from './helpers/xlsx-to-text.js';
import { workbookOfBudget } from './helpers/xlsx-workbook.js';

const work = mkdtempSync(join(tmpdir(), 'klimabudsjett-xlsx-scale-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function generatedTables(measures: number) {
  const dir = join(work, `generated-${measures}`);
  const generated = spawnSync(process.execPath, [
    join(projectRoot, 'scripts', 'generate-budget.js'),
    dir,
    '--measures',
    String(measures),
    '--files',
    String(Math.max(1, Math.round(measures / 100))),
  ]);
  expect(generated.status, String(generated.stderr)).toBe(0);
  const loaded = checkBudget('.', { cwd: dir });
  if (!canCompute(loaded)) throw new Error('the generated budget has errors');
  const report = computeReport(loaded.budget);
  return {
    tables: workbookTables(report, loaded.diagnostics, {
      factors: loaded.budget.factors.values(),
      language: loaded.budget.manifest.language,
    }),
    language: loaded.budget.manifest.language,
  };
}

// The streaming writer yields to the event loop between batches of rows; the cells must not notice.
it('streams a few hundred rows a sheet into the same cells as the document model', async () => {
  const { tables, language } = generatedTables(300);
  expect(tables.find((table) => table.id === 'workbook-measures')?.rows.length).toBeGreaterThan(300);
  const options = { language, created: fixedWorkbookDate };
  const streamed = await writeXlsx(tables, { ...options, streaming: true });
  const documentModel = await writeXlsx(tables, { ...options, streaming: false });
  expect(await xlsxToText(streamed)).toBe(await xlsxToText(documentModel));
  const again = await writeXlsx(tables, { ...options, streaming: true });
  expect(Buffer.from(again).equals(Buffer.from(streamed))).toBe(true);
}, 60_000);

it('writes the workbook of a 10 000-measure budget through the streaming writer', async () => {
  const { tables, language } = generatedTables(10_000);
  expect(usesStreaming(tables, {})).toBe(true);
  const bytes = await writeXlsx(tables, { language, created: fixedWorkbookDate });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  // [Content_Types], rels, workbook, styles, theme, shared strings, core, app and one part per sheet
  expect(view.getUint16(end + 10, true)).toBeGreaterThanOrEqual(tables.length + 8);
  expect(tables.find((table) => table.id === 'workbook-measures')?.rows.length).toBeGreaterThan(10_000);
}, 180_000);

/** A budget of `count` targets (a summary block each, 17 defined names each over four plan years). */
function manyTargets(count: number) {
  return makeBudget({
    inventory: { territorial: { 2015: { road_traffic: 1000 }, 2024: { road_traffic: 900 } } },
    targets: Array.from({ length: count }, (_, index) => makeTarget({ id: `t${index}`, year: 2030 + (index % 20) })),
  });
}

it('names the figures of each of 100 targets on its own block', async () => {
  const { bytes } = await workbookOfBudget(manyTargets(100));
  const workbook = await loadWorkbook(bytes);
  const summary = workbook.worksheets[0];
  for (const index of [0, 42, 99]) {
    const [range] = workbook.definedNames.getRanges(`Target_level_t${index}`).ranges;
    const row = Number((range as string).replace(/^.*\$/, ''));
    // The block's heading (the target's id) stands a few rows above its target level.
    const headings = [1, 2, 3, 4, 5, 6, 7].map((above) => summary?.getCell(row - above, 1).value);
    expect(headings).toContain(`t${index}`);
  }
  expect(workbook.definedNames.model.filter(({ name }) => name.startsWith('Gap_2029_')).length).toBe(100);
}, 60_000);

// exceljs's own bookkeeping of defined names walks every row above a name's cell for each name:
// 2 000 targets took about 50 s to write; handed over as a list, about 2 s.
it('writes the workbook of 2 000 targets (34 000 defined names) in seconds, not minutes', async () => {
  const report = computeReport(manyTargets(2000));
  const tables = workbookTables(report, [], { factors: [], language: 'en' });
  expect(tables[0]?.names?.length).toBeGreaterThan(30_000);
  const started = performance.now();
  await writeXlsx(tables, { language: 'en', created: fixedWorkbookDate });
  expect(performance.now() - started).toBeLessThan(20_000);
}, 120_000);
