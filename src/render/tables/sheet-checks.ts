import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Table } from '../table.js';
import { type SheetContext, sheetCaption, sheetColumn } from './sheet-context.js';

/** Builds the Kontroll sheet: the diagnostics of the budget, in the order `validate` prints them. */
export function checksSheet(context: SheetContext, diagnostics: readonly Diagnostic[]): Table {
  const text = context.words.checks;
  return {
    id: 'workbook-checks',
    title: text.title,
    caption: sheetCaption(context, text.caption),
    columns: [
      sheetColumn('severity', text.severity, 'text'),
      sheetColumn('code', text.code, 'id'),
      sheetColumn('file', text.file, 'text'),
      sheetColumn('line', text.line, 'integer'),
      sheetColumn('column', text.column, 'integer'),
      sheetColumn('message', text.message, 'text'),
      sheetColumn('hint', text.hint, 'text'),
    ],
    rows: diagnostics.map((diagnostic) => ({
      cells: [
        context.words.severities[diagnostic.severity],
        diagnostic.code,
        diagnostic.file,
        diagnostic.range?.start.line ?? null,
        diagnostic.range?.start.column ?? null,
        diagnostic.message,
        diagnostic.hint ?? null,
      ],
    })),
    notes: diagnostics.length === 0 ? [text.none] : [],
  };
}
