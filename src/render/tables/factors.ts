import type { BudgetReport } from '../../compute/budget-report.js';
import { factorValueAt } from '../../compute/factor-value.js';
import { labelsFor } from '../../i18n/index.js';
import type { FactorsColumn, Labels } from '../../i18n/labels.js';
import type { EmissionFactor, Language } from '../../model/budget.js';
import { numberFormatFor } from '../number-format.js';
import type { Table } from '../table.js';
import { type Catalogue, type View, viewCells, viewColumns } from './catalogue.js';
import { compareText } from './measures.js';
import { type SheetContext, sheetCaption } from './sheet-context.js';
import type { TableOptions } from './table-options.js';

/** A factor at one year: the listing's plan start, or each year the sheet lists. */
interface FactorRow {
  factor: EmissionFactor;
  year: number | null;
  kgCo2e: number | null;
}

interface FactorContext {
  language: Language;
  labels: Labels;
  /** The ids of the measures using each factor. */
  usedBy: ReadonlyMap<string, readonly string[]>;
}

/** The columns of the factor subject, said once for the listing and the Faktorer sheet. */
const factorColumns: Catalogue<FactorsColumn, FactorRow, FactorContext> = {
  id: { type: 'id', value: ({ factor }) => factor.id },
  name: { type: 'text', priority: 2, value: ({ factor }, { language }) => factorName(factor, language) },
  unit: { type: 'text', value: ({ factor }) => factor.unit },
  year: { type: 'year', value: ({ year }) => year },
  kg_co2e: { type: 'number', value: ({ kgCo2e }) => kgCo2e },
  basis: {
    type: 'text',
    priority: 4,
    value: ({ factor }, { labels }) => (factor.basis === null ? null : labels.basis[factor.basis]),
  },
  gases: {
    type: 'text',
    value: ({ factor }) => (factor.gases === null ? null : factor.gases.toUpperCase().replace('CO2E', 'CO2e')),
  },
  builtin: { type: 'boolean', value: ({ factor }) => factor.builtin },
  local: { type: 'boolean', priority: 5, value: ({ factor }) => !factor.builtin },
  used_by: { type: 'text', priority: 3, value: ({ factor }, { usedBy }) => usedBy.get(factor.id)?.join(', ') ?? null },
  source: { type: 'text', priority: 3, value: ({ factor }) => factor.source },
  url: { type: 'text', priority: 6, value: ({ factor }) => factor.url },
  note: { type: 'text', value: ({ factor }, { language }) => factorNote(factor, language) },
};

const listingView: View<FactorsColumn> = {
  kind: 'listing',
  ids: ['id', 'name', 'unit', 'kg_co2e', 'basis', 'source', 'url', 'local', 'used_by'],
};

const sheetView: View<FactorsColumn> = {
  kind: 'sheet',
  ids: ['id', 'name', 'unit', 'year', 'kg_co2e', 'basis', 'gases', 'builtin', 'used_by', 'source', 'url', 'note'],
};

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
  const { language } = options;
  const labels = labelsFor(language);
  const numbers = numberFormatFor(language);
  const context: FactorContext = { language, labels, usedBy: factorUsers(report) };
  const year = report.planPeriod.start;
  const search = options.search?.toLocaleLowerCase('en');
  const shown = factors
    .filter(
      (factor) =>
        search === undefined ||
        [factor.id, factor.name.nb, factor.name.nn, factor.name.en, factor.source ?? ''].some((text) =>
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
  const headers = { ...labels.factors.columns, kg_co2e: labels.factors.kgIn(year) };
  return {
    id: 'factors',
    title: labels.factors.title,
    caption: labels.factors.caption,
    columns: viewColumns(factorColumns, listingView, headers),
    rows: shown.map((factor) => ({
      cells: viewCells(factorColumns, listingView, { factor, year, kgCo2e: factorValueAt(factor, year) }, context),
    })),
    notes,
  };
}

/**
 * Builds the Faktorer sheet: every emission factor of the budget's library (built-in and local),
 * sorted by id, with its unit, value (one row per listed year when the value depends on the year),
 * basis, origin, the measures that use it and its source.
 */
export function factorsSheet(sheet: SheetContext, factors: Iterable<EmissionFactor>): Table {
  const { report, language, labels, words } = sheet;
  const context: FactorContext = { language, labels, usedBy: factorUsers(report) };
  const rows = [...factors]
    .sort((a, b) => compareText(a.id, b.id))
    .flatMap((factor) => {
      const values: [number | null, number | null][] = factor.values
        ? [...factor.values.entries()]
        : [[null, factor.kgCo2e]];
      return values.map(([year, kgCo2e]) => ({
        cells: viewCells(factorColumns, sheetView, { factor, year, kgCo2e }, context),
      }));
    });
  return {
    id: 'workbook-factors',
    title: words.factors.title,
    caption: sheetCaption(sheet, words.factors.caption),
    columns: viewColumns(factorColumns, sheetView, labels.factors.columns),
    rows,
  };
}

/** A factor's caveats in a language: a built-in factor's in each, a local factor's as written. */
export function factorNote(factor: EmissionFactor, language: Language): string | null {
  return factor.notes?.[language] ?? factor.note ?? null;
}

/** A factor's name in a language (a local factor's as written in each). */
export function factorName(factor: EmissionFactor, language: Language): string {
  return factor.name[language];
}

/** The ids of the measures that use each factor, in the report's measure order. */
export function factorUsers(report: BudgetReport): Map<string, string[]> {
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
