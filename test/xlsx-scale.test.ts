/**
 * Scale: the workbook of a generated 10 000-measure budget goes through exceljs's streaming writer
 * without being asked. Timing and memory are `npm run bench`'s business (scripts/bench.js).
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
import { projectRoot } from './helpers/run-cli.js';
import { xlsxToText } from './helpers/xlsx-to-text.js';

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
