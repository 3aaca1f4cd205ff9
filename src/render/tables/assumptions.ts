import type { Table } from '../table.js';
import { discountRateName } from './costs.js';
import { type SheetContext, sheetCaption } from './sheet-context.js';

/**
 * Builds the Forutsetninger sheet: every assumption a workbook formula reads, as a labelled input
 * cell with a defined name (today the discount rate, read by the annualised cost on the Tiltak and
 * Kostnader sheets), so a controller can test another value in one cell. The cell holds the
 * budget's value, so nothing changes for a reader until the cell is changed.
 */
export function assumptionsSheet(context: SheetContext): Table {
  const { report, words } = context;
  const text = words.assumptions;
  return {
    id: 'workbook-assumptions',
    title: text.title,
    caption: sheetCaption(context, text.caption),
    columns: [
      { id: 'assumption', header: text.columns.assumption.full, type: 'text' },
      { id: 'value', header: text.columns.value.full, type: 'ratio' },
      { id: 'used', header: text.columns.used.full, type: 'text' },
    ],
    rows: [{ cells: [text.discountRate, report.discountRate, text.discountRateUse] }],
    notes: [text.note],
    names: [{ name: discountRateName, row: 0, column: 'value', input: true, between: discountRateRange }],
  };
}

/**
 * The discount rates the budget's schema takes (budget.schema.json, `discount_rate`): the cell
 * refuses others, so a rate typed as 4 (for 4 %) or -1 does not turn every cost into #DIV/0!.
 */
const discountRateRange: readonly [number, number] = [0, 0.5];
