import type { Language } from '../model/budget.js';
import { type CsvDialect, renderCsvTable } from '../render/csv.js';
import { renderJson } from '../render/json.js';
import type { Table } from '../render/table.js';
import { toTables } from '../render/tables/index.js';
import { renderTerminal } from '../render/terminal.js';
import { workbookDate } from '../render/xlsx/workbook-date.js';
import { type ComputedBudget, htmlDocument, markdownDocument, workbookDocument } from './documents.js';
import type { ExportFormat } from './export-formats.js';

/** What an exporter needs beside the budget: the caller's choices, resolved. */
export interface ExportOptions {
  language: Language;
  /** The environment, for SOURCE_DATE_EPOCH (the dates in the workbook and the zip). */
  env: Readonly<Record<string, string | undefined>>;
  dialect: CsvDialect;
  /** table: ANSI colours. */
  color: boolean;
  /** table: the width to fit. */
  width: number;
  /** csv: the one table of all to write (a CSV file holds one table). */
  chooseTable: (tables: readonly Table[]) => Table;
}

/** Writes the whole computed budget in one format: text, or the bytes of a binary file. */
export type Exporter = (
  computed: ComputedBudget,
  options: ExportOptions,
) => string | Uint8Array | Promise<Uint8Array | string>;

/** The exporter of each format of `export`; exceljs, vega and fflate load only when theirs runs. */
export const exporters: Record<ExportFormat, Exporter> = {
  table: (computed, options) =>
    renderTerminal(exportTables(computed, options.language), {
      language: options.language,
      color: options.color,
      width: options.width,
    }),
  csv: (computed, options) =>
    renderCsvTable(options.chooseTable(exportTables(computed, options.language)), {
      language: options.language,
      dialect: options.dialect,
    }),
  md: (computed, options) => markdownDocument(computed, options.language),
  json: (computed) => renderJson(computed.report, computed.budget.manifest.language),
  xlsx: (computed, options) => workbookDocument(computed, options.language, options.env),
  zip: async (computed, options) => {
    const { zipCsvTables } = await import('../render/csv-zip.js');
    return zipCsvTables(exportTables(computed, options.language), {
      language: options.language,
      created: workbookDate(options.env),
      dialect: options.dialect,
    });
  },
  html: (computed, options) => htmlDocument(computed, options.language),
};

/** Every table of the budget, as the terminal, CSV and the zip show them. */
function exportTables(computed: ComputedBudget, language: Language): Table[] {
  return toTables(computed.report, { language, factors: [...computed.budget.factors.values()] });
}
