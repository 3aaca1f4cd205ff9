import { strToU8, zipSync } from 'fflate';
import type { Language } from '../model/budget.js';
import { renderCsvTable } from './csv.js';
import type { Table } from './table.js';
import { pinZipTimestamps } from './xlsx/zip-timestamps.js';

/**
 * Every table as `<table id>.csv` in one zip archive (SPEC §7 `.csv`: a zip of CSVs). Entries carry
 * the given date in UTC (fflate would stamp it in local time), so the same input gives the same
 * bytes in any time zone.
 */
export function zipCsvTables(tables: readonly Table[], options: { language: Language; created: Date }): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const table of tables) files[`${table.id}.csv`] = strToU8(renderCsvTable(table, { language: options.language }));
  const bytes = zipSync(files, { level: 6, mtime: options.created });
  pinZipTimestamps(bytes, options.created);
  return bytes;
}
