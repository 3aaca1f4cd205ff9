import type { SourcesColumn } from '../../i18n/labels.js';
import type { EmissionFactor } from '../../model/budget.js';
import type { Table } from '../table.js';
import { type Catalogue, type View, viewTable } from './catalogue.js';
import { factorName, factorNote, factorUsers } from './factors.js';
import { compareText } from './measures.js';
import { type SheetContext, sheetCaption } from './sheet-context.js';

/** One source behind the numbers: its kind and what it is about, then what is known of it. */
type SourceRow = { kind: string } & Partial<Record<Exclude<SourcesColumn, 'kind'>, string | null>>;

/** The columns of the source subject: each reads its own field of a row (missing is empty). */
const sourceColumns: Catalogue<SourcesColumn, SourceRow, null> = {
  kind: { type: 'text', value: (row) => row.kind },
  subject: { type: 'text', value: (row) => row.subject ?? null },
  source: { type: 'text', value: (row) => row.source ?? null },
  vintage: { type: 'text', value: (row) => row.vintage ?? null },
  gwp: { type: 'text', value: (row) => row.gwp ?? null },
  file: { type: 'text', value: (row) => row.file ?? null },
  url: { type: 'text', value: (row) => row.url ?? null },
  note: { type: 'text', value: (row) => row.note ?? null },
};

const sheetView: View<SourcesColumn> = {
  kind: 'sheet',
  ids: ['kind', 'subject', 'source', 'vintage', 'gwp', 'file', 'url', 'note'],
};

/**
 * Builds the Kilder sheet: every source behind the numbers: the inventory files (source, vintage,
 * GWP), the baseline of each scope, the factors the measures use and the local ones, and each
 * measure's references and assumptions.
 */
export function sourcesSheet(context: SheetContext, factors: Iterable<EmissionFactor>): Table {
  const text = context.words.sources;
  return {
    id: 'workbook-sources',
    title: text.title,
    caption: sheetCaption(context, text.caption),
    ...viewTable(sourceColumns, sheetView, text.columns, sourceRows(context, factors), null),
  };
}

/** The sources in the sheet's order: inventories and baseline per scope, factors, measures. */
function sourceRows({ report, language, labels, words }: SheetContext, factors: Iterable<EmissionFactor>): SourceRow[] {
  const text = words.sources;
  const rows: SourceRow[] = [];
  for (const scope of report.scopes) {
    const subject = labels.scope[scope.scope];
    for (const { source, vintage, gwp, file } of scope.inventoryFiles) {
      rows.push({ kind: text.inventory, subject, source, vintage, gwp, file });
    }
    const note = text.baselineMethod(words.baselineMethods[scope.baselineMethod]);
    rows.push({ kind: text.baseline, subject, source: scope.baselineSource, note });
  }
  const usedBy = factorUsers(report);
  const shownFactors = [...factors]
    .filter((factor) => usedBy.has(factor.id) || !factor.builtin)
    .sort((a, b) => compareText(a.id, b.id));
  for (const factor of shownFactors) {
    const subject = `${factor.id} (${factorName(factor, language)})`;
    rows.push({
      kind: text.factor,
      subject,
      source: factor.source,
      url: factor.url,
      note: factorNote(factor, language),
    });
  }
  for (const measure of report.measures) {
    for (const reference of measure.references)
      rows.push({ kind: text.reference, subject: measure.id, source: reference });
    if (measure.assumptions !== null) {
      rows.push({ kind: text.assumption, subject: measure.id, note: measure.assumptions });
    }
  }
  return rows;
}
