import type { BudgetReport } from '../../compute/budget-report.js';
import { factorValueAt } from '../../compute/factor-value.js';
import { labelsFor } from '../../i18n/index.js';
import type { EmissionFactor } from '../../model/budget.js';
import { numberFormatFor } from '../number-format.js';
import type { Table } from '../table.js';
import { column } from './column.js';
import { compareText } from './measures.js';
import type { TableOptions } from './table-options.js';

/**
 * Builds the table of emission factors in use (the built-in library and local ones) sorted by id,
 * with the value in the plan's first year, basis, source and the measures using each; `search`
 * keeps the factors whose id, name or source contains it (case-insensitive).
 */
export function buildFactorsTable(
  report: BudgetReport,
  factors: readonly EmissionFactor[],
  options: TableOptions,
): Table {
  const labels = labelsFor(options.language);
  const numbers = numberFormatFor(options.language);
  const { columns } = labels.factors;
  const year = report.planPeriod.start;
  const usedBy = new Map<string, string[]>();
  for (const measure of report.measures) {
    for (const factorId of new Set(measure.factors)) {
      const users = usedBy.get(factorId);
      if (users === undefined) usedBy.set(factorId, [measure.id]);
      else users.push(measure.id);
    }
  }
  const search = options.search?.toLocaleLowerCase('en');
  const shown = factors
    .filter(
      (factor) =>
        search === undefined ||
        [factor.id, factor.name.nb, factor.name.en, factor.source ?? ''].some((text) =>
          text.toLocaleLowerCase('en').includes(search),
        ),
    )
    .sort((a, b) => compareText(a.id, b.id));
  const notes = shown.flatMap((factor) => {
    if (factor.values === null || factor.values.size === 0) return [];
    const values = [...factor.values].map(([valueYear, kg]) => `${valueYear}: ${numbers.format(kg, 'number')}`);
    return [labels.factors.valuesNote(factor.id, values.join(', '))];
  });
  if (shown.length === 0 && options.search !== undefined) notes.push(labels.factors.noMatch(options.search));
  return {
    id: 'factors',
    title: labels.factors.title,
    caption: labels.factors.caption,
    columns: [
      column('id', columns.id, 'id'),
      column('name', columns.name, 'text', { priority: 2 }),
      column('unit', columns.unit, 'text'),
      column('kg_co2e', labels.factors.kgIn(year), 'number'),
      column('basis', columns.basis, 'text', { priority: 4 }),
      column('source', columns.source, 'text', { priority: 3 }),
      column('url', columns.url, 'text', { priority: 6 }),
      column('local', columns.local, 'boolean', { priority: 5 }),
      column('used_by', columns.used_by, 'text', { priority: 3 }),
    ],
    rows: shown.map((factor) => ({
      cells: [
        factor.id,
        options.language === 'en' ? factor.name.en : factor.name.nb,
        factor.unit,
        factorValueAt(factor, year),
        factor.basis === null ? null : labels.basis[factor.basis],
        factor.source,
        factor.url,
        !factor.builtin,
        usedBy.get(factor.id)?.join(', ') ?? null,
      ],
    })),
    notes,
  };
}
