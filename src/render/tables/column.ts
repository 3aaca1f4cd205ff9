import type { HeaderText } from '../../i18n/labels.js';
import type { CellType, CellValue, Column } from '../table.js';

/** Builds a column from its id, its header labels and its type, plus optional fields. */
export function column(
  id: string,
  header: HeaderText,
  type: CellType,
  extra: Omit<Column, 'id' | 'header' | 'type' | 'shortHeader'> = {},
): Column {
  return {
    id,
    header: header.full,
    type,
    ...(header.short === undefined ? {} : { shortHeader: header.short }),
    ...extra,
  };
}

/** Lays out a row's values (by column id) in the columns' order; a missing value is null. */
export function cellsOf(columns: readonly Column[], values: Readonly<Record<string, CellValue>>): CellValue[] {
  return columns.map((item) => values[item.id] ?? null);
}
