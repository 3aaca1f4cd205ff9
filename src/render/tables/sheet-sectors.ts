import { sectorLabel } from '../../model/sectors.js';
import type { Table } from '../table.js';
import { type SheetContext, sheetCaption, sheetColumn } from './sheet-context.js';

/**
 * Builds the Sektorer sheet: the effect of counted measures per sector (all scopes) in each report
 * year, with a total row that sums the sectors (SUM in the workbook).
 */
export function sectorsSheet(context: SheetContext): Table {
  const { report, words } = context;
  const text = words.sectors;
  const { totals } = report;
  return {
    id: 'workbook-sectors',
    title: text.title,
    caption: sheetCaption(context, text.caption),
    columns: [
      sheetColumn('sector', text.sector, 'text'),
      sheetColumn('sector_id', text.sectorId, 'id'),
      ...totals.years.map((year) => sheetColumn(`effect_${year}`, String(year), 'tonnes')),
    ],
    rows: [
      ...totals.bySector.map((row) => ({
        cells: [sectorLabel(row.key, report.language), row.key, ...row.values],
      })),
      { role: 'total', cells: [text.total, null, ...totals.total] },
    ],
  };
}
