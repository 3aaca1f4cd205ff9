/**
 * CSV in two dialects. The default is RFC 4180, for scripts: `,` between fields, CRLF line ends,
 * fields quoted when they hold a comma, a quote or a line break, UTF-8 without a byte-order mark,
 * plain machine numbers (`.` decimal sign, no grouping). The Excel dialect (`--excel-csv`) is for a
 * double-click in a Norwegian spreadsheet: a UTF-8 byte-order mark (or Excel reads the file as
 * Windows-1252), `;` between fields, a decimal comma in nb/nn (a point in en), CRLF. In both, the
 * first row holds the column headers in the report's language (the table as the other formats show
 * it); absent values are empty, statuses and yes/no in words. Text that a spreadsheet would take for
 * a formula (beginning with =, +, -, @, tab or CR) gets a leading ' (OWASP), so it is never run.
 * Only the table itself is written: no title, caption or notes.
 */
import { labelsFor } from '../i18n/index.js';
import type { Language } from '../model/budget.js';
import { machineCellText } from './cell-text.js';
import { safeTable } from './safe-table.js';
import type { Table } from './table.js';

/** `rfc4180`: the plain CSV (the default); `excel`: BOM, `;`, decimal comma in nb/nn. */
export type CsvDialect = 'rfc4180' | 'excel';

export interface CsvOptions {
  language: Language;
  /** Default `rfc4180`. */
  dialect?: CsvDialect;
}

interface Syntax {
  separator: string;
  decimal: string;
  bom: string;
  needsQuotes: RegExp;
}

const lineEnd = '\r\n';
const formulaStart = /^[=+\-@\t\r]/;

function syntaxOf(options: CsvOptions): Syntax {
  if (options.dialect !== 'excel') return { separator: ',', decimal: '.', bom: '', needsQuotes: /[",\r\n]/ };
  return {
    separator: ';',
    decimal: options.language === 'en' ? '.' : ',',
    bom: '\uFEFF',
    needsQuotes: /[";\r\n]/,
  };
}

/** Renders one table as CSV. */
export function renderCsvTable(table: Table, options: CsvOptions): string {
  const syntax = syntaxOf(options);
  return syntax.bom + tableLines(table, options.language, syntax);
}

function tableLines(unsafe: Table, language: Language, syntax: Syntax): string {
  const table = safeTable(unsafe);
  const labels = labelsFor(language);
  const lines = [table.columns.map((column) => field(column.header, syntax.needsQuotes))];
  for (const row of table.rows) {
    lines.push(
      table.columns.map((column, index) => {
        const value = row.cells[index] ?? null;
        const text = machineCellText(value, column, labels);
        if (typeof value !== 'number') return field(text, syntax.needsQuotes);
        return syntax.decimal === '.' ? text : text.replace('.', syntax.decimal);
      }),
    );
  }
  return lines.map((line) => line.join(syntax.separator) + lineEnd).join('');
}

/**
 * Renders tables as CSV: one table is one CSV document; several are written one after another,
 * a blank line apart (the command line writes one table per output). The Excel dialect has one
 * byte-order mark, at the start.
 */
export function renderCsv(tables: readonly Table[], options: CsvOptions): string {
  const syntax = syntaxOf(options);
  return syntax.bom + tables.map((table) => tableLines(table, options.language, syntax)).join(lineEnd);
}

/** A text field: defused against formula injection, then quoted when needed. */
export function field(text: string, needsQuotes: RegExp = /[",\r\n]/): string {
  const safe = formulaStart.test(text) ? `'${text}` : text;
  return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
