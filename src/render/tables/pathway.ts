import type { BudgetReport, ScopeReport, TargetReport } from '../../compute/budget-report.js';
import { labelsFor } from '../../i18n/index.js';
import type { Labels, PathwayColumn } from '../../i18n/labels.js';
import { numberFormatFor } from '../number-format.js';
import type { CellValue, Row, Table } from '../table.js';
import { type CellsById, cellsCatalogue, type View, viewColumns, viewReader } from './catalogue.js';
import { inventoryNotes } from './inventory-note.js';
import { type SheetContext, sheetCaption, valueAt } from './sheet-context.js';
import type { TableOptions } from './table-options.js';

/**
 * Builds one pathway table per target: per year from the base year, the actual emissions of the
 * target's sectors, then from the year after the latest inventory year the baseline, the measures'
 * effect, the projected emissions (tiltaksbane), the path (utslippsramme), the gap with decided
 * measures and with proposals too, the need and the coverage. Without targets, one table per scope with the actuals, baseline, effect and
 * projection.
 */
export function buildPathwayTables(report: BudgetReport, options: TableOptions): Table[] {
  const labels = labelsFor(options.language);
  if (report.targets.length === 0) return report.scopes.map((scope) => buildScopeTable(scope, labels));
  return report.targets.map((target) =>
    buildTargetTable(
      target,
      report.scopes.filter((scope) => scope.scope === target.scope),
      labels,
    ),
  );
}

/**
 * The arithmetic of SPEC §5.4 between the columns of a pathway row, written once for every table
 * that shows it (the workbook keeps them as live formulas): tiltaksbane, gap, tiltaksbehov and
 * coverage.
 */
export const pathwayFormulas = {
  projected: '{baseline} - {effect}',
  gap: '{projected} - {path}',
  need: '{baseline} - {path}',
  coverage: 'IF({need} > 0, {effect} / {need}, "")',
} as const;

/** One year of a pathway: its figures by column id (a figure the year does not have is absent). */
type PathwayRow = CellsById<PathwayColumn>;

/** The columns of the pathway subject, said once for the pathway tables and the Utslippsbane sheet. */
const pathwayColumns = cellsCatalogue<PathwayColumn>({
  target: { type: 'id' },
  year: { type: 'year' },
  actual: { type: 'tonnes' },
  baseline: { type: 'tonnes' },
  effect: { type: 'tonnes' },
  effect_low: { type: 'tonnes' },
  effect_high: { type: 'tonnes' },
  projected: { type: 'tonnes', formula: pathwayFormulas.projected },
  path: { type: 'tonnes' },
  // The decided view (SPEC §5.4): the gap without the measures only proposed.
  gap_decided: { type: 'tonnes', formula: '{gap} + {effect} - {effect_decided}', colorBy: 'gap' },
  gap: { type: 'tonnes', formula: pathwayFormulas.gap, colorBy: 'gap' },
  // A narrow terminal leaves out need (baseline − path), then coverage, to keep both gaps.
  need: { type: 'tonnes', formula: pathwayFormulas.need, priority: 3 },
  coverage: { type: 'ratio', formula: pathwayFormulas.coverage, priority: 2 },
  effect_decided: { type: 'tonnes' },
  coverage_decided: { type: 'ratio', formula: 'IF({need} > 0, {effect_decided} / {need}, "")' },
});

const targetView: View<PathwayColumn> = {
  kind: 'listing',
  ids: ['year', 'actual', 'baseline', 'effect', 'projected', 'path', 'gap_decided', 'gap', 'need', 'coverage'],
};

const scopeView: View<PathwayColumn> = { kind: 'listing', ids: ['year', 'actual', 'baseline', 'effect', 'projected'] };

const sheetView: View<PathwayColumn> = {
  kind: 'sheet',
  ids: [
    ...['target', 'year', 'actual', 'baseline', 'effect', 'effect_low', 'effect_high', 'projected', 'path', 'gap'],
    ...['need', 'coverage', 'effect_decided', 'gap_decided', 'coverage_decided'],
  ] as PathwayColumn[],
};

/** The rows of a view, by id. */
const viewRows = (view: View<PathwayColumn>, rows: readonly PathwayRow[]): Row[] => {
  const cellsOfRow = viewReader(pathwayColumns, view);
  return rows.map((row) => ({ cells: cellsOfRow(row, null) }));
};

function buildTargetTable(target: TargetReport, scopes: readonly ScopeReport[], labels: Labels): Table {
  const numbers = numberFormatFor(labels.language);
  const latestYear = target.progress.latestYear ?? Number.POSITIVE_INFINITY;
  const rows: PathwayRow[] = [];
  target.actual.years.forEach((year, index) => {
    if (year < target.baseYear || year > latestYear) return;
    rows.push({ year, actual: target.actual.values[index] ?? null });
  });
  target.years.forEach((year, index) => {
    const at = (values: readonly (number | null)[]): CellValue => values[index] ?? null;
    rows.push({
      year,
      baseline: at(target.baseline),
      effect: at(target.effect),
      projected: at(target.projected),
      path: at(target.path),
      gap_decided: at(target.decided.gap),
      gap: at(target.gap),
      need: at(target.need),
      coverage: at(target.coverage),
    });
  });
  return {
    id: `pathway-${target.id}`,
    title: labels.pathway.titleFor(target.id),
    caption: labels.pathway.captionFor({
      title: target.title,
      base: numbers.format(target.base, 'tonnes'),
      baseYear: target.baseYear,
      level: numbers.format(target.level, 'tonnes'),
      year: target.year,
      pct: target.reductionPct === null ? null : numbers.format(-target.reductionPct, 'percent'),
    }),
    columns: viewColumns(pathwayColumns, targetView, labels.pathway.columns),
    rows: viewRows(targetView, rows),
    notes: [
      labels.pathway.pathNote(
        target.trajectory === 'linear_from_latest' ? 'latest' : 'base',
        target.milestones.map((milestone) => milestone.year),
      ),
      labels.pathway.coverageNote,
      labels.pathway.decidedNote,
      ...inventoryNotes(scopes, labels),
    ],
  };
}

function buildScopeTable(scope: ScopeReport, labels: Labels): Table {
  const rows: PathwayRow[] = [];
  scope.actual.years.forEach((year, index) => {
    rows.push({ year, actual: scope.actual.total[index] ?? null });
  });
  scope.baseline.years.forEach((year, index) => {
    rows.push({
      year,
      baseline: scope.baseline.total[index] ?? null,
      effect: scope.effect.total[index] ?? null,
      projected: scope.projected.total[index] ?? null,
    });
  });
  return {
    id: `pathway-${scope.scope}`,
    title: labels.pathway.scopeTitleFor(labels.scope[scope.scope]),
    caption: labels.units.tonnes,
    columns: viewColumns(pathwayColumns, scopeView, labels.pathway.columns),
    rows: viewRows(scopeView, rows),
    notes: inventoryNotes([scope], labels),
  };
}

/**
 * Builds the Utslippsbane sheet: for each target, one row per year of its inventory and of its
 * path (latest year + 1 … target year) with actual, baseline, effect (and its range), projected,
 * path, gap, need and coverage, then the effect, gap and coverage of the decided measures. Projected,
 * the gaps, need and the coverages are formulas of the row.
 */
export function pathwaySheet(context: SheetContext): Table {
  const text = context.words.pathway;
  return {
    id: 'workbook-pathway',
    title: text.title,
    caption: sheetCaption(context, text.caption),
    columns: viewColumns(pathwayColumns, sheetView, context.labels.pathway.columns),
    rows: viewRows(sheetView, context.report.targets.flatMap(targetSheetRows)),
  };
}

/** A target's years on the sheet: those of its inventory and of its path. */
function targetSheetRows(target: TargetReport): PathwayRow[] {
  const years = [...new Set([...target.actual.years, ...target.years])].sort((a, b) => a - b);
  return years.map((year) => {
    const at = (values: readonly (number | null)[]): CellValue => valueAt(target.years, values, year);
    return {
      target: target.id,
      year,
      actual: valueAt(target.actual.years, target.actual.values, year),
      baseline: at(target.baseline),
      effect: at(target.effect),
      effect_low: at(target.effectLow),
      effect_high: at(target.effectHigh),
      projected: at(target.projected),
      path: at(target.path),
      gap: at(target.gap),
      need: at(target.need),
      coverage: at(target.coverage),
      effect_decided: at(target.decided.effect),
      gap_decided: at(target.decided.gap),
      coverage_decided: at(target.decided.coverage),
    };
  });
}
