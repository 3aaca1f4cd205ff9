import { strToU8, zipSync } from 'fflate';
import type { Language } from '../model/budget.js';
import { type CsvDialect, renderCsvTable } from './csv.js';
import type { Table } from './table.js';
import { pinZipTimestamps } from './xlsx/zip-timestamps.js';

/**
 * Every table as `<table id>.csv` in one zip archive (SPEC §7 `.csv`: a zip of CSVs), in the given
 * CSV dialect (default RFC 4180). Entries carry the given date in UTC (fflate would stamp it in
 * local time), so the same input gives the same bytes in any time zone.
 */
export function zipCsvTables(
  tables: readonly Table[],
  options: { language: Language; created: Date; dialect?: CsvDialect },
): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const csv = { language: options.language, ...(options.dialect ? { dialect: options.dialect } : {}) };
  for (const table of tables) files[`${table.id}.csv`] = strToU8(renderCsvTable(table, csv));
  const bytes = zipSync(files, { level: 6, mtime: options.created });
  pinZipTimestamps(bytes, options.created);
  return bytes;
}
