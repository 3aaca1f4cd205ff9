import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ChecksColumn, WorkbookLabels } from '../../i18n/labels.js';
import type { Table } from '../table.js';
import { type Catalogue, type View, viewTable } from './catalogue.js';
import { type SheetContext, sheetCaption } from './sheet-context.js';

/** The columns of a diagnostic: where it is, what it says and what to do. */
const checkColumns: Catalogue<ChecksColumn, Diagnostic, WorkbookLabels> = {
  severity: { type: 'text', value: (diagnostic, words) => words.severities[diagnostic.severity] },
  code: { type: 'id', value: (diagnostic) => diagnostic.code },
  file: { type: 'text', value: (diagnostic) => diagnostic.file },
  line: { type: 'integer', value: (diagnostic) => diagnostic.range?.start.line ?? null },
  column: { type: 'integer', value: (diagnostic) => diagnostic.range?.start.column ?? null },
  message: { type: 'text', value: (diagnostic) => diagnostic.message },
  hint: { type: 'text', value: (diagnostic) => diagnostic.hint ?? null },
};

const sheetView: View<ChecksColumn> = {
  kind: 'sheet',
  ids: ['severity', 'code', 'file', 'line', 'column', 'message', 'hint'],
};

/** Builds the Kontroll sheet: the diagnostics of the budget, in the order `validate` prints them. */
export function checksSheet(context: SheetContext, diagnostics: readonly Diagnostic[]): Table {
  const { words } = context;
  return {
    id: 'workbook-checks',
    title: words.checks.title,
    caption: sheetCaption(context, words.checks.caption),
    ...viewTable(checkColumns, sheetView, words.checks.columns, diagnostics, words),
    notes: diagnostics.length === 0 ? [words.checks.none] : [],
  };
}
