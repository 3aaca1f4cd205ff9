import { sectorLabel } from '../../model/sectors.js';
import type { Row, Table } from '../table.js';
import { type SheetContext, sheetCaption, sheetColumn } from './sheet-context.js';

/**
 * Builds the Sektorer sheet: the effect of counted measures per sector in each report year, with a
 * total row that sums the sectors (SUM in the workbook). Tonnes of different scopes are never added
 * together (SPEC §5.6): with measures of several scopes, a scope column and one total per scope.
 */
export function sectorsSheet(context: SheetContext): Table {
  const { report, language, words, labels } = context;
  const text = words.sectors;
  const { totals } = report;
  const multi = totals.scopes.length > 1;
  const rows: Row[] = totals.scopes.flatMap((scopeTotals) => {
    const scopeCells = multi ? [labels.scope[scopeTotals.scope]] : [];
    return [
      ...scopeTotals.bySector.map((row) => ({
        cells: [...scopeCells, sectorLabel(row.key, language, report.categories), row.key, ...row.values],
      })),
      {
        role: 'total' as const,
        cells: [
          ...scopeCells,
          multi ? labels.words.totalFor(labels.scope[scopeTotals.scope]) : text.total,
          null,
          ...scopeTotals.total,
        ],
      },
    ];
  });
  if (rows.length === 0) rows.push({ role: 'total', cells: [text.total, null, ...totals.years.map(() => 0)] });
  return {
    id: 'workbook-sectors',
    title: text.title,
    caption: sheetCaption(context, text.caption),
    columns: [
      ...(multi
        ? [sheetColumn('scope', labels.measures.columns.scope.sheet ?? labels.measures.columns.scope.full, 'text')]
        : []),
      sheetColumn('sector', text.sector, 'text'),
      sheetColumn('sector_id', text.sectorId, 'id'),
      ...totals.years.map((year) => sheetColumn(`effect_${year}`, String(year), 'tonnes')),
    ],
    rows,
    ...(multi ? { notes: [labels.words.scopesApart] } : {}),
  };
}
