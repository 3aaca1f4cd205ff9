import type { EmissionFactor } from '../../model/budget.js';
import type { Row, Table } from '../table.js';
import { type SheetContext, sheetCaption, sheetColumn } from './sheet-context.js';

/**
 * Builds the Faktorer sheet: every emission factor of the budget's library (built-in and local),
 * sorted by id, with its unit, value (one row per listed year when the value depends on the year),
 * basis, origin, the measures that use it and its source.
 */
export function factorsSheet(context: SheetContext, factors: Iterable<EmissionFactor>): Table {
  const { report, language, labels, words } = context;
  const text = words.factors;
  const usedBy = factorUsers(context);
  const rows: Row[] = [...factors]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .flatMap((factor) => {
      const values: [number | null, number | null][] = factor.values
        ? [...factor.values.entries()]
        : [[null, factor.kgCo2e]];
      return values.map(([year, kgCo2e]) => ({
        cells: [
          factor.id,
          language === 'en' ? factor.name.en : factor.name.nb,
          factor.unit,
          year,
          kgCo2e,
          factor.basis === null ? null : labels.basis[factor.basis],
          factor.gases === null ? null : factor.gases.toUpperCase().replace('CO2E', 'CO2e'),
          factor.builtin,
          usedBy.get(factor.id)?.join(', ') ?? null,
          factor.source,
          factor.url,
          factor.note ?? null,
        ],
      }));
    });
  return {
    id: 'workbook-factors',
    title: text.title,
    caption: sheetCaption(context, text.caption),
    columns: [
      sheetColumn('id', text.id, 'id'),
      sheetColumn('name', text.name, 'text'),
      sheetColumn('unit', text.unit, 'text'),
      sheetColumn('year', text.year, 'year'),
      sheetColumn('kg_co2e', text.kgCo2e, 'number'),
      sheetColumn('basis', text.basis, 'text'),
      sheetColumn('gases', text.gases, 'text'),
      sheetColumn('builtin', text.builtin, 'boolean'),
      sheetColumn('used_by', text.usedBy, 'text'),
      sheetColumn('source', text.source, 'text'),
      sheetColumn('url', text.url, 'text'),
      sheetColumn('note', text.note, 'text'),
    ],
    rows,
  };
}

/** The ids of the measures that use each factor, in the report's measure order. */
export function factorUsers({ report }: SheetContext): Map<string, string[]> {
  const users = new Map<string, string[]>();
  for (const measure of report.measures) {
    for (const factor of new Set(measure.factors)) {
      const list = users.get(factor);
      if (list === undefined) users.set(factor, [measure.id]);
      else list.push(measure.id);
    }
  }
  return users;
}
