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
  const names = entryNames(tables);
  tables.forEach((table, index) => {
    files[names[index] as string] = strToU8(renderCsvTable(table, csv));
  });
  const bytes = zipSync(files, { level: 6, mtime: options.created });
  pinZipTimestamps(bytes, options.created);
  return bytes;
}

/**
 * The entry of each table: `<table id>.csv`, with a counter where an earlier entry has the same
 * name but for case (targets `x` and `X`): macOS and Windows would unpack one over the other.
 */
function entryNames(tables: readonly Table[]): string[] {
  const taken = new Set<string>();
  return tables.map((table) => {
    let name = `${table.id}.csv`;
    for (let counter = 2; taken.has(name.toLowerCase()); counter++) name = `${table.id}-${counter}.csv`;
    taken.add(name.toLowerCase());
    return name;
  });
}
