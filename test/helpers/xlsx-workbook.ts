import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { computeReport } from '../../src/compute/report.js';
import { checkBudget } from '../../src/load/check-budget.js';
import { canCompute } from '../../src/load/load-budget.js';
import type { Budget } from '../../src/model/budget.js';
import type { Table } from '../../src/render/table.js';
import { workbookTables, workbookTitle } from '../../src/render/tables/workbook.js';
import { fixedWorkbookDate } from '../../src/render/xlsx/workbook-date.js';
import { writeXlsx, type XlsxOptions } from '../../src/render/xlsx/write-xlsx.js';
import { projectRoot } from './run-cli.js';
import { conformanceCases } from './shared.js';

/** A workbook as the export writes it, with the tables it was written from. */
export interface ExportedWorkbook {
  tables: Table[];
  bytes: Uint8Array;
  options: XlsxOptions;
}

/** The budgets whose workbooks are tested: every example and every conformance case, by name. */
export function workbookBudgets(): { name: string; dir: string }[] {
  const examples = join(projectRoot, 'examples');
  return [
    ...readdirSync(examples)
      .filter((name) => statSync(join(examples, name)).isDirectory())
      .sort()
      .map((name) => ({ name, dir: join(examples, name) })),
    ...conformanceCases('cases').map((dir) => ({ name: `conformance-${dir.split(/[/\\]/).pop()}`, dir })),
  ];
}

/** Loads, checks and computes a budget folder, then writes its workbook (paths relative to the folder). */
export async function exportWorkbook(dir: string, options: Partial<XlsxOptions> = {}): Promise<ExportedWorkbook> {
  const result = checkBudget('.', { cwd: dir });
  if (!canCompute(result)) throw new Error(`${dir} has errors: ${JSON.stringify(result.diagnostics[0])}`);
  return workbookOfBudget(result.budget, result.diagnostics, options);
}

/** Computes a budget built in memory and writes its workbook. */
export async function workbookOfBudget(
  budget: Budget,
  diagnostics: Parameters<typeof workbookTables>[1] = [],
  options: Partial<XlsxOptions> = {},
): Promise<ExportedWorkbook> {
  const report = computeReport(budget);
  const tables = workbookTables(report, diagnostics, {
    factors: budget.factors.values(),
    language: budget.manifest.language,
  });
  const xlsxOptions: XlsxOptions = {
    language: budget.manifest.language,
    created: fixedWorkbookDate,
    title: workbookTitle(report, budget.manifest.language),
    ...options,
  };
  return { tables, bytes: await writeXlsx(tables, xlsxOptions), options: xlsxOptions };
}
