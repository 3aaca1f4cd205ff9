import type { EmissionFactor } from '../../model/budget.js';
import type { CellValue, Row, Table } from '../table.js';
import { factorName, factorNote, factorUsers } from './factors.js';
import { compareText } from './measures.js';
import { type SheetContext, sheetCaption, sheetColumn } from './sheet-context.js';

/**
 * Builds the Kilder sheet: every source behind the numbers: the inventory files (source, vintage,
 * GWP), the baseline of each scope, the factors the measures use and the local ones, and each
 * measure's references and assumptions.
 */
export function sourcesSheet(context: SheetContext, factors: Iterable<EmissionFactor>): Table {
  const { report, language, labels, words } = context;
  const text = words.sources;
  const rows: Row[] = [];
  const add = (cells: CellValue[]) => rows.push({ cells });
  for (const scope of report.scopes) {
    const scopeName = labels.scope[scope.scope];
    for (const file of scope.inventoryFiles) {
      add([text.inventory, scopeName, file.source, file.vintage, file.gwp, file.file, null, null]);
    }
    add([
      text.baseline,
      scopeName,
      scope.baselineSource,
      null,
      null,
      null,
      null,
      text.baselineMethod(words.baselineMethods[scope.baselineMethod]),
    ]);
  }
  const usedBy = factorUsers(report);
  const shownFactors = [...factors]
    .filter((factor) => usedBy.has(factor.id) || !factor.builtin)
    .sort((a, b) => compareText(a.id, b.id));
  for (const factor of shownFactors) {
    const name = factorName(factor, language);
    add([
      text.factor,
      `${factor.id} (${name})`,
      factor.source,
      null,
      null,
      null,
      factor.url,
      factorNote(factor, language),
    ]);
  }
  for (const measure of report.measures) {
    for (const reference of measure.references)
      add([text.reference, measure.id, reference, null, null, null, null, null]);
    if (measure.assumptions !== null) {
      add([text.assumption, measure.id, null, null, null, null, null, measure.assumptions]);
    }
  }
  return {
    id: 'workbook-sources',
    title: text.title,
    caption: sheetCaption(context, text.caption),
    columns: [
      sheetColumn('kind', text.kind, 'text'),
      sheetColumn('subject', text.subject, 'text'),
      sheetColumn('source', text.source, 'text'),
      sheetColumn('vintage', text.vintage, 'text'),
      sheetColumn('gwp', text.gwp, 'text'),
      sheetColumn('file', text.file, 'text'),
      sheetColumn('url', text.url, 'text'),
      sheetColumn('note', text.note, 'text'),
    ],
    rows,
  };
}
